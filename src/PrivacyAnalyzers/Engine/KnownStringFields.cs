using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Values of well-known <c>static readonly</c> string fields that name personal data but are not
    /// compile-time constants, so value-aware sources can still read them.
    /// https://learn.microsoft.com/dotnet/api/microsoft.net.http.headers.headernames
    /// </summary>
    internal static class KnownStringFields
    {
        public static bool TryGetValue(IFieldSymbol field, out string? value)
        {
            value = null;
            if (field.ContainingType is not { Name: "HeaderNames" } type
                || !IsNamespace(type.ContainingNamespace, "Microsoft", "Net", "Http", "Headers"))
            {
                return false;
            }

            value = field.Name switch
            {
                "UserAgent" => "User-Agent",
                "Referer" => "Referer",
                "Cookie" => "Cookie",
                "XForwardedFor" => "X-Forwarded-For",
                "AcceptLanguage" => "Accept-Language",
                "Authorization" => "Authorization",
                _ => null,
            };
            return value != null;
        }

        private static bool IsNamespace(INamespaceSymbol? ns, params string[] parts)
        {
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                if (ns is null || ns.Name != parts[i])
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns is { IsGlobalNamespace: true };
        }
    }
}
