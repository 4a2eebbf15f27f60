using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Names scopes in messages without display-string formatting.</summary>
    internal static class ScopeNames
    {
        /// <summary>The message's "add it to …" part for the innermost scope of a site.</summary>
        public static string WhereToDeclare(ISymbol? innermost) => innermost switch
        {
            null => "the assembly",
            IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => "the lambda or an enclosing scope",
            IMethodSymbol { MethodKind: MethodKind.LocalFunction } local => "local function '" + local.Name + "' or an enclosing scope",
            INamedTypeSymbol type => "type '" + type.Name + "' or the assembly",
            _ => "'" + Qualified(innermost) + "' or an enclosing type",
        };

        /// <summary>The member a site is in, as <c>Type.Member</c>, for inventories.</summary>
        public static string MemberName(ISymbol member) => Qualified(member);

        private static string Qualified(ISymbol member)
        {
            var name = member is IMethodSymbol { AssociatedSymbol: { } property } ? property.Name
                : member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ? member.ContainingType.Name
                : member.Name;
            return member.ContainingType is null ? name : member.ContainingType.Name + "." + name;
        }
    }
}
