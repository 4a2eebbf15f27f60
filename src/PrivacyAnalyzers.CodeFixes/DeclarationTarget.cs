using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>Where a fix puts a declaration: the enclosing member, or the containing type.</summary>
    internal enum DeclarationScope
    {
        Member,
        Type,
    }

    /// <summary>Finds the syntax that receives a declaration for a site.</summary>
    internal static class DeclarationTarget
    {
        /// <summary>
        /// The node to attribute: for <see cref="DeclarationScope.Member"/> the innermost local function,
        /// member (a property rather than its accessor) or, for top-level statements, the compilation
        /// unit (an assembly attribute); for <see cref="DeclarationScope.Type"/> the innermost type.
        /// Lambdas are skipped: an attribute there is legal but rarely what a team wants.
        /// </summary>
        public static SyntaxNode? Find(SyntaxNode site, DeclarationScope scope)
        {
            for (var node = site; node != null; node = node.Parent)
            {
                if (scope == DeclarationScope.Type)
                {
                    if (node is TypeDeclarationSyntax)
                    {
                        return node;
                    }

                    continue;
                }

                switch (node)
                {
                    case LocalFunctionStatementSyntax:
                    case BaseMethodDeclarationSyntax:
                    case BasePropertyDeclarationSyntax:
                    case BaseFieldDeclarationSyntax:
                        return node;
                    case GlobalStatementSyntax:
                        return node.Parent as CompilationUnitSyntax;
                    case BaseTypeDeclarationSyntax:
                        // Reached the type with no member around the site (a primary constructor argument).
                        return null;
                }
            }

            return null;
        }

        /// <summary>The name of a target for a fix title.</summary>
        public static string NameOf(SyntaxNode target) => target switch
        {
            CompilationUnitSyntax => "the assembly",
            LocalFunctionStatementSyntax local => "'" + local.Identifier.ValueText + "'",
            MethodDeclarationSyntax method => "'" + method.Identifier.ValueText + "'",
            ConstructorDeclarationSyntax constructor => "'" + constructor.Identifier.ValueText + "' constructor",
            PropertyDeclarationSyntax property => "'" + property.Identifier.ValueText + "'",
            EventDeclarationSyntax @event => "'" + @event.Identifier.ValueText + "'",
            IndexerDeclarationSyntax => "the indexer",
            BaseFieldDeclarationSyntax field => "'" + (field.Declaration.Variables.Count > 0 ? field.Declaration.Variables[0].Identifier.ValueText : "field") + "'",
            BaseTypeDeclarationSyntax type => "type '" + type.Identifier.ValueText + "'",
            _ => "the member",
        };

        public static bool IsAssembly(SyntaxNode target) => target.IsKind(SyntaxKind.CompilationUnit);
    }
}
