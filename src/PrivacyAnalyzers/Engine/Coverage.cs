using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>How a collection site stands against the declarations around it.</summary>
    internal enum CoverageState
    {
        /// <summary>No enclosing declaration covers the site's category.</summary>
        Undeclared,

        /// <summary>A <c>[CollectsPersonalData]</c> on an enclosing scope covers it.</summary>
        Declared,

        /// <summary>The site is inside a <c>[PersonalDataSource]</c> member: its callers are the sites.</summary>
        InsideSource,
    }

    /// <summary>The result of a coverage check: the state, the covering attribute and where to declare.</summary>
    internal readonly struct Coverage
    {
        public Coverage(CoverageState state, AttributeData? declaration, ISymbol? innermost)
        {
            State = state;
            Declaration = declaration;
            Innermost = innermost;
        }

        public CoverageState State { get; }

        /// <summary>The covering <c>[CollectsPersonalData]</c>, when declared.</summary>
        public AttributeData? Declaration { get; }

        /// <summary>The innermost scope that may carry a declaration (lambda, local function, member, type).</summary>
        public ISymbol? Innermost { get; }

        /// <summary>
        /// Walks the scopes around a site, innermost first: lambdas and local functions, the member
        /// (and the property of an accessor), the enclosing types, then the assembly.
        /// Only called for matched sites, so reading attributes here is off the hot path.
        /// </summary>
        public static Coverage Find(IOperation? site, ISymbol containingSymbol, string category, AnnotationTypes annotations, AnalyzerSettings settings)
        {
            ISymbol? innermost = null;
            AttributeData? declaration = null;

            for (var current = site?.Parent; current != null; current = current.Parent)
            {
                var function = current switch
                {
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    ILocalFunctionOperation local => local.Symbol,
                    _ => null,
                };

                if (function != null)
                {
                    innermost ??= function;
                    if (Check(function, category, annotations, ref declaration))
                    {
                        return new Coverage(CoverageState.InsideSource, null, innermost);
                    }
                }
            }

            for (var scope = containingSymbol; scope != null; scope = scope.ContainingSymbol)
            {
                if (scope.Kind is SymbolKind.Namespace or SymbolKind.NetModule or SymbolKind.Assembly)
                {
                    break;
                }

                if (!scope.IsImplicitlyDeclared && !IsTopLevelEntryPoint(scope))
                {
                    innermost ??= scope;
                }

                // A team may forbid blanket declarations: then types are walked for sources only.
                var counts = scope.Kind != SymbolKind.NamedType || settings.AllowTypeDeclarations;
                if (Check(scope, category, annotations, ref declaration, counts))
                {
                    return new Coverage(CoverageState.InsideSource, null, innermost);
                }

                if (scope is IMethodSymbol { AssociatedSymbol: { } property }
                    && Check(property, category, annotations, ref declaration))
                {
                    return new Coverage(CoverageState.InsideSource, null, innermost);
                }
            }

            Check(containingSymbol.ContainingAssembly, category, annotations, ref declaration, settings.AllowAssemblyDeclarations);
            return new Coverage(declaration is null ? CoverageState.Undeclared : CoverageState.Declared, declaration, innermost);
        }

        /// <summary>
        /// The synthesized <c>Main</c> of top-level statements and its <c>Program</c> type, unless the
        /// user also declared <c>partial class Program</c>: neither can carry an attribute otherwise.
        /// </summary>
        private static bool IsTopLevelEntryPoint(ISymbol scope)
        {
            if (scope is IMethodSymbol { MethodKind: MethodKind.Ordinary, CanBeReferencedByName: false })
            {
                return true;
            }

            if (scope is not INamedTypeSymbol type || type.GetMembers(WellKnownMemberNames.TopLevelStatementsEntryPointMethodName).Length == 0)
            {
                return false;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax().RawKind != (int)SyntaxKind.CompilationUnit)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Records the covering declaration of the innermost scope that has one, the most specific
        /// when a scope has several; returns true when the scope is a source.
        /// </summary>
        private static bool Check(ISymbol? scope, string category, AnnotationTypes annotations, ref AttributeData? declaration, bool declarationsCount = true)
        {
            if (scope is null)
            {
                return false;
            }

            var found = declaration != null;
            AttributeData? best = null;
            var bestLength = -1;
            foreach (var attribute in scope.GetAttributes())
            {
                if (annotations.IsPersonalDataSource(attribute.AttributeClass))
                {
                    return true;
                }

                if (!found
                    && declarationsCount
                    && annotations.IsCollectsPersonalData(attribute.AttributeClass)
                    && AnnotationTypes.FirstStringArgument(attribute) is { } declared
                    && TaxonomyIndex.CoversDeclared(declared, category)
                    && declared.Length > bestLength)
                {
                    best = attribute;
                    bestLength = declared.Length;
                }
            }

            declaration ??= best;
            return false;
        }
    }
}
