using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The rules about declarations as written: PRIV006 (an unknown category or purpose id) and
    /// PRIV002 (a purpose the privacy policy does not allow for the category), reported at the
    /// argument at fault.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DeclarationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.PurposeNotAllowed, Descriptors.UnknownId);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var annotations = new AnnotationTypes(context.Compilation);
            if (!annotations.SourcesPossible)
            {
                return; // The annotations are not referenced: there is nothing to check.
            }

            var policy = PolicyFiles.FindPolicy(context).Policy;
            context.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, annotations, policy), SyntaxKind.Attribute);
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, AnnotationTypes annotations, PrivacyPolicy? policy)
        {
            var declaration = DeclarationSyntax.TryRead((AttributeSyntax)context.Node, context.SemanticModel, annotations, context.CancellationToken);
            if (declaration is null)
            {
                return;
            }

            var category = declaration.Category.Id;
            var categoryKnown = policy?.IsKnownCategory(category)
                ?? (KnownIds.IsCategory(category) || KnownIds.IsAcceptableExtension(category, DataCategoryTable.All, KnownIds.IsCategory));
            if (!categoryKnown)
            {
                ReportUnknown(context, declaration.Category, "category", KnownIds.Nearest(category, DataCategoryTable.All));
            }

            foreach (var purpose in declaration.Purposes)
            {
                var purposeKnown = policy?.IsKnownPurpose(purpose.Id)
                    ?? (KnownIds.IsPurpose(purpose.Id) || KnownIds.IsAcceptableExtension(purpose.Id, PurposeTable.All, KnownIds.IsPurpose));
                if (!purposeKnown)
                {
                    ReportUnknown(context, purpose, "purpose", KnownIds.Nearest(purpose.Id, PurposeTable.All));
                    continue;
                }

                // A category the policy does not mention at all is PRIV003's business, at the sites.
                if (policy != null && categoryKnown && policy.Relates(category) && !policy.AllowsDeclaration(category, purpose.Id))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.PurposeNotAllowed,
                        purpose.Expression.GetLocation(),
                        ImmutableDictionary<string, string?>.Empty
                            .Add(Descriptors.CategoryProperty, category)
                            .Add(Descriptors.PurposeProperty, purpose.Id),
                        purpose.Id,
                        category));
                }
            }
        }

        private static void ReportUnknown(SyntaxNodeAnalysisContext context, IdArgument argument, string kind, (string Id, int Distance)? nearest)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            var suggestion = string.Empty;
            if (nearest is { } found)
            {
                properties = properties.Add(Descriptors.NearestProperty, found.Id);
                suggestion = ": did you mean '" + found.Id + "'?";
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownId, argument.Expression.GetLocation(), properties, argument.Id, kind, suggestion));
        }
    }
}
