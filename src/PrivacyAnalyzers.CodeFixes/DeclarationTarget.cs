using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>Where a fix puts a declaration. The names are part of the equivalence keys (<c>PRIV001|Member|…</c>).</summary>
    internal enum DeclarationScope
    {
        /// <summary>
        /// The innermost function around the site: a lambda (C# 10 and later), a local function or the
        /// member; for top-level statements outside any of those, the assembly. What a user writes
        /// first, and what <c>dotnet format</c> applies.
        /// </summary>
        Member,

        /// <summary>The innermost type.</summary>
        Type,

        /// <summary>
        /// The member around the lambda or local function that <see cref="Member"/> chose (the assembly
        /// for top-level statements): offered only when it differs from <see cref="Member"/>'s target.
        /// </summary>
        Enclosing,
    }

    /// <summary>Finds the syntax that receives a declaration for a site.</summary>
    internal static class DeclarationTarget
    {
        /// <summary>The scopes a fix offers, in the order the light bulb shows them.</summary>
        public static readonly ImmutableArray<DeclarationScope> Offered = ImmutableArray.Create(DeclarationScope.Member, DeclarationScope.Enclosing, DeclarationScope.Type);

        /// <summary>
        /// The node to attribute for <paramref name="scope"/>, or null when that scope has none, or
        /// none whose declaration would count (the team's .editorconfig turned type or assembly
        /// declarations off: a fix that leaves the site flagged is no fix).
        /// </summary>
        public static SyntaxNode? Find(SyntaxNode site, DeclarationScope scope, SemanticModel model, AnalyzerSettings settings)
        {
            var target = scope switch
            {
                DeclarationScope.Type => FindType(site),
                DeclarationScope.Enclosing => FindEnclosing(site, model),
                _ => FindInnermost(site, model),
            };

            return target switch
            {
                null => null,
                CompilationUnitSyntax when !settings.AllowAssemblyDeclarations => null,
                TypeDeclarationSyntax when !settings.AllowTypeDeclarations => null,
                _ => target,
            };
        }

        private static SyntaxNode? FindType(SyntaxNode site)
        {
            for (var node = site; node != null; node = node.Parent)
            {
                if (node is TypeDeclarationSyntax)
                {
                    return node;
                }
            }

            return null;
        }

        private static SyntaxNode? FindInnermost(SyntaxNode site, SemanticModel model)
        {
            for (var node = site; node != null; node = node.Parent)
            {
                if (node is LocalFunctionStatementSyntax || (node is LambdaExpressionSyntax lambda && CanCarryAttribute(lambda, model)))
                {
                    return node;
                }

                var member = MemberOrAssembly(node, out var done);
                if (done)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>The member (or the assembly) around the innermost function, when that function is a lambda or local function.</summary>
        private static SyntaxNode? FindEnclosing(SyntaxNode site, SemanticModel model)
        {
            var innermost = FindInnermost(site, model);
            if (innermost is not (LocalFunctionStatementSyntax or LambdaExpressionSyntax))
            {
                return null;
            }

            for (var node = innermost.Parent; node != null; node = node.Parent)
            {
                var member = MemberOrAssembly(node, out var done);
                if (done)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>The member a node is, the compilation unit for a top-level statement; <paramref name="done"/> when the walk must stop there.</summary>
        private static SyntaxNode? MemberOrAssembly(SyntaxNode node, out bool done)
        {
            done = true;
            switch (node)
            {
                case BaseMethodDeclarationSyntax:
                case BasePropertyDeclarationSyntax:
                case BaseFieldDeclarationSyntax:
                    return node;
                case GlobalStatementSyntax:
                    return node.Parent as CompilationUnitSyntax;
                case BaseTypeDeclarationSyntax:
                    // Reached the type with no member around the site (a primary constructor argument).
                    return null;
                default:
                    done = false;
                    return null;
            }
        }

        /// <summary>
        /// Whether an attribute may go on the lambda: attributes on lambdas came with C# 10, anonymous
        /// methods (<c>delegate { }</c>) never take one, and a lambda converted to an expression tree
        /// may not have one (CS8972: LINQ providers such as EF Core's).
        /// </summary>
        private static bool CanCarryAttribute(LambdaExpressionSyntax lambda, SemanticModel model)
        {
            if (lambda.SyntaxTree.Options is not CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp10 })
            {
                return false;
            }

            var expressionTree = model.Compilation.GetTypeByMetadataName("System.Linq.Expressions.LambdaExpression");
            for (var type = model.GetTypeInfo(lambda).ConvertedType; type != null && expressionTree != null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expressionTree))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The name of a target for a fix title.</summary>
        public static string NameOf(SyntaxNode target) => target switch
        {
            CompilationUnitSyntax => "the assembly",
            LambdaExpressionSyntax => "the lambda",
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
    }
}
