using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The rules about collection sites, in one pass over the operations: PRIV001 (undeclared
    /// collection) and PRIV007 (the inventory of every site, off by default). One pass, because the
    /// expensive part, finding the sites, is the same for both.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CollectionSiteAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UndeclaredCollection, Descriptors.CollectionSite);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Privacy is like security: data collected in generated code is still collected.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var index = SourceIndex.Create(context.Compilation, SourceCatalog.All);
            if (index.IsEmpty)
            {
                return;
            }

            context.RegisterOperationAction(operationContext => AnalyzeOperation(operationContext, index), SiteDetector.OperationKinds);
        }

        private static void AnalyzeOperation(OperationAnalysisContext context, SourceIndex index)
        {
            if (!SiteDetector.TryGetSite(context.Operation, index, out var site))
            {
                return;
            }

            var coverage = Coverage.Find(site.Operation, context.ContainingSymbol, site.Category, index.Annotations);
            if (coverage.State == CoverageState.InsideSource)
            {
                return;
            }

            var location = site.Operation.Syntax.GetLocation();
            var categoryName = TaxonomyIndex.CategoryDisplayName(site.Category);
            if (coverage.State == CoverageState.Undeclared)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UndeclaredCollection,
                    location,
                    ImmutableDictionary<string, string?>.Empty.Add(Descriptors.CategoryProperty, site.Category),
                    site.ApiName,
                    categoryName,
                    site.Category,
                    ScopeNames.WhereToDeclare(coverage.Innermost)));
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CollectionSite,
                location,
                additionalLocations: DeclarationLocation(coverage.Declaration),
                properties: InventoryProperties(site, coverage, context.ContainingSymbol),
                site.ApiName,
                categoryName,
                site.Category));
        }

        private static ImmutableDictionary<string, string?> InventoryProperties(in CollectionSite site, in Coverage coverage, ISymbol containingSymbol)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder.Add(Descriptors.CategoryProperty, site.Category);
            builder.Add(Descriptors.SourceProperty, site.Source.MemberId);
            builder.Add(Descriptors.PlatformProperty, site.Source.Platform);
            builder.Add(Descriptors.MemberProperty, ScopeNames.MemberName(containingSymbol));
            if (coverage.Declaration is { } declaration)
            {
                builder.Add(Descriptors.DeclaredCategoryProperty, AnnotationTypes.FirstStringArgument(declaration));
                builder.Add(Descriptors.PurposesProperty, string.Join(",", AnnotationTypes.Purposes(declaration)));
            }

            return builder.ToImmutable();
        }

        private static Location[]? DeclarationLocation(AttributeData? declaration)
            => declaration?.ApplicationSyntaxReference is { } reference
                ? new[] { Location.Create(reference.SyntaxTree, reference.Span) }
                : null;
    }
}
