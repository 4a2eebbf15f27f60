using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV001: personal data collected without a declared purpose.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UndeclaredCollectionAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UndeclaredCollection);

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
            if (coverage.State != CoverageState.Undeclared)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UndeclaredCollection,
                site.Operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(Descriptors.CategoryProperty, site.Category),
                site.ApiName,
                TaxonomyIndex.CategoryDisplayName(site.Category),
                site.Category,
                ScopeNames.WhereToDeclare(coverage.Innermost)));
        }
    }
}
