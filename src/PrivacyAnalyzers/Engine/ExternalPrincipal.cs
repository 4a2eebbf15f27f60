using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The principal an external sign-in hands back (<c>AuthenticateResult.Principal</c> of
    /// <c>HttpContext.AuthenticateAsync(externalScheme)</c>, Identity's <c>ExternalLoginInfo.Principal</c>): its
    /// <c>Identity.Name</c> is the provider's Name claim, the person's name at GitHub, Google or Microsoft, not an account
    /// name the app gave them; the app's own signed-in <c>User.Identity.Name</c> stays the account's user name.
    /// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.authentication.authenticateresult.principal
    /// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.externallogininfo
    /// Runs only on matched <c>Identity.Name</c> reads.
    /// </summary>
    internal static class ExternalPrincipal
    {
        /// <summary>The category of a person's name (fideslang), which the provider's Name claim holds.</summary>
        public const string NameCategory = "user.name";

        private const string IdentityName = "P:System.Security.Principal.IIdentity.Name";
        private const string ClaimsIdentityName = "P:System.Security.Claims.ClaimsIdentity.Name";

        public static bool IsIdentityName(string memberId) => memberId == IdentityName || memberId == ClaimsIdentityName;

        /// <summary>Whether a matched <c>….Identity.Name</c> reads the identity of an external sign-in's principal.</summary>
        public static bool ReadsExternalName(IOperation operation)
        {
            if (operation is not IPropertyReferenceOperation { Instance: { } instance })
            {
                return false;
            }

            // principal.Identity?.Name: the conditional access holds the receiver.
            if (instance is IConditionalAccessInstanceOperation && operation.Parent is IConditionalAccessOperation { Operation: { } receiver })
            {
                instance = receiver;
            }

            if (Unwrap(instance) is not IPropertyReferenceOperation { Property.Name: "Identity", Instance: { } principal })
            {
                return false;
            }

            return IsExternalPrincipal(Unwrap(principal), operation);
        }

        private static bool IsExternalPrincipal(IOperation principal, IOperation read)
        {
            if (principal is IPropertyReferenceOperation { Property: { Name: "Principal" } property })
            {
                return IsType(property.ContainingType, "AuthenticateResult", "Authentication") || IsType(property.ContainingType, "ExternalLoginInfo", "Identity");
            }

            // var principal = result.Principal; … principal.Identity?.Name
            return principal is ILocalReferenceOperation { Local: { } local } && InitializerOf(local, read) is { } initializer
                && Unwrap(initializer) is IPropertyReferenceOperation initial && IsExternalPrincipal(initial, read);
        }

        /// <summary>The value a local is declared with, in the body that reads it, when it is never assigned again.</summary>
        private static IOperation? InitializerOf(ILocalSymbol local, IOperation read)
        {
            var root = read;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            IOperation? initializer = null;
            foreach (var descendant in root.Descendants())
            {
                switch (descendant)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        initializer = declarator.Initializer?.Value;
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        return null;
                }
            }

            return initializer;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>Microsoft.AspNetCore.<paramref name="area"/>.<paramref name="name"/>.</summary>
        private static bool IsType(INamedTypeSymbol type, string name, string area)
            => type.Name == name
                && type.ContainingNamespace is { Name: { } ns, ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } }
                && ns == area;
    }
}
