using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The cookies a compilation reads back from requests, by name, so that a write of one of them
    /// (<c>Response.Cookies.Append("customerCookie", id)</c>) is not a second site of the same datum: setting a cookie is a
    /// write (issue 14: "writes … are not collection"), and the value comes back from the browser as request data where the
    /// app reads it (<c>Request.Cookies["customerCookie"]</c>), which is the site. A cookie the app sets and never reads
    /// (an identifier a script or another service reads) stays a site where it is set: that is where it reaches the device.
    /// Decided once per compilation from the syntax, and only when a cookie write asks: a read is an indexer,
    /// <c>TryGetValue</c> or <c>ContainsKey</c> on a member named <c>Cookies</c>, keyed by a string literal or by a named
    /// constant (compared by its name: <c>Constants.BASKET_COOKIENAME</c>).
    /// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.iresponsecookies.append
    /// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.irequestcookiecollection
    /// </summary>
    internal sealed class CookieReads
    {
        /// <summary>The catalogued response cookies, whose <c>Append</c> sets a cookie.</summary>
        public const string ResponseCookies = "P:Microsoft.AspNetCore.Http.HttpResponse.Cookies";

        private readonly Lazy<Keys> keys;

        public CookieReads(Compilation compilation)
            => keys = new Lazy<Keys>(() => Collect(compilation), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>
        /// Whether <paramref name="cookies"/> (a read of <c>Response.Cookies</c>) is the receiver of an <c>Append</c> of a cookie
        /// the compilation reads back by the same name.
        /// </summary>
        public bool IsWriteReadBack(IOperation cookies)
        {
            if (cookies.Parent is not IInvocationOperation { TargetMethod.Name: "Append" } append || append.Instance != cookies
                || KeyArgument(append) is not { } key)
            {
                return false;
            }

            var read = keys.Value;
            return (ConstantName(key) is { } value && read.Values.Contains(value))
                || (LastIdentifier(key.Syntax) is { } name && read.Names.Contains(name));
        }

        private static IOperation? KeyArgument(IInvocationOperation append)
        {
            foreach (var argument in append.Arguments)
            {
                if (argument.Parameter is { Ordinal: 0 })
                {
                    var value = argument.Value;
                    while (value is IConversionOperation conversion)
                    {
                        value = conversion.Operand;
                    }

                    return value;
                }
            }

            return null;
        }

        /// <summary>The key's string: a constant, or a local that is initialised with a literal (<c>string key = "AnonymousUser"</c>).</summary>
        private static string? ConstantName(IOperation key)
        {
            if (key.ConstantValue is { HasValue: true, Value: string constant })
            {
                return constant;
            }

            return key is ILocalReferenceOperation { Local.DeclaringSyntaxReferences: { Length: 1 } references }
                && references[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal }
                && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal.Token.ValueText
                : null;
        }

        private static string? LastIdentifier(SyntaxNode syntax) => syntax switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };

        private static Keys Collect(Compilation compilation)
        {
            var values = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    ExpressionSyntax? key = node switch
                    {
                        ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element when NamesCookies(element.Expression)
                            => element.ArgumentList.Arguments[0].Expression,
                        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TryGetValue" or "ContainsKey" } call, ArgumentList.Arguments.Count: > 0 } invocation
                            when NamesCookies(call.Expression) => invocation.ArgumentList.Arguments[0].Expression,
                        _ => null,
                    };
                    if (key is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        values.Add(literal.Token.ValueText);
                    }
                    else if (key != null && LastIdentifier(key) is { } name)
                    {
                        names.Add(name);
                    }
                }
            }

            return new Keys(values.ToImmutable(), names.ToImmutable());
        }

        private static bool NamesCookies(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == "Cookies",
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "Cookies",
            _ => false,
        };

        private sealed class Keys(ImmutableHashSet<string> values, ImmutableHashSet<string> names)
        {
            /// <summary>Cookie names read as literals.</summary>
            public ImmutableHashSet<string> Values { get; } = values;

            /// <summary>Names of the constants cookies are read by.</summary>
            public ImmutableHashSet<string> Names { get; } = names;
        }
    }
}
