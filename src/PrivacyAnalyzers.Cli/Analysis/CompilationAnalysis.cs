using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>What running the analyzers over one compilation produced.</summary>
    internal sealed record CompilationResult(
        ImmutableArray<Diagnostic> PrivacyDiagnostics,
        ImmutableArray<Diagnostic> CompileErrors,
        ImmutableArray<Diagnostic> Unresolved,
        ImmutableArray<string> AnalyzerFailures,
        int Documents);

    /// <summary>
    /// Runs the analyzers over a compilation in one pass (compiler and analyzer diagnostics together,
    /// so the code is bound once) with PRIV007, the inventory rule, switched on.
    /// </summary>
    internal static class CompilationAnalysis
    {
        /// <summary>Compiler diagnostics that mean a reference did not resolve.</summary>
        public static readonly ImmutableHashSet<string> UnresolvedIds = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "CS0246", // type or namespace not found
            "CS0103", // name does not exist in the current context
            "CS0234", // type or namespace does not exist in the namespace
            "CS0400", // type or namespace not found in the global namespace
            "CS0012", // type defined in an assembly that is not referenced
            "CS0518", // predefined type not defined or imported
            "CS1069", // type forwarded to an assembly that is not referenced
            "CS1061", // no member (often a missing extension method's assembly)
            "CS0117"); // type has no such member

        public static async Task<CompilationResult> AnalyzeAsync(
            Compilation compilation,
            AnalyzerOptions analyzerOptions,
            AnalyzerSet analyzers,
            Action<int>? documentAnalysed,
            CancellationToken cancellationToken)
        {
            compilation = WithInventoryEnabled(compilation);
            var failures = new ConcurrentBag<string>();
            var withAnalyzers = compilation.WithAnalyzers(
                documentAnalysed is null ? analyzers.Analyzers : analyzers.Analyzers.Add(new DocumentCounter(documentAnalysed)),
                new CompilationWithAnalyzersOptions(
                    analyzerOptions,
                    onAnalyzerException: (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name} failed: {exception.GetType().Name}: {exception.Message}"),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: false));

            var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

            var privacy = ImmutableArray.CreateBuilder<Diagnostic>();
            var errors = ImmutableArray.CreateBuilder<Diagnostic>();
            var unresolved = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var diagnostic in all)
            {
                Sort(diagnostic, privacy, errors, unresolved, failures);
            }

            return new CompilationResult(
                privacy.ToImmutable(),
                errors.ToImmutable(),
                unresolved.ToImmutable(),
                failures.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToImmutableArray(),
                compilation.SyntaxTrees.Count());
        }

        /// <summary>
        /// Runs the analyzers over some trees of a compilation only (a preprocessor pass of folder mode, whose other
        /// trees the default pass analysed): their semantic diagnostics, and the trees' own compile errors. No
        /// compilation-end diagnostics: those belong to the default pass.
        /// </summary>
        public static async Task<CompilationResult> AnalyzeTreesAsync(
            Compilation compilation,
            AnalyzerOptions analyzerOptions,
            AnalyzerSet analyzers,
            IReadOnlyList<SyntaxTree> trees,
            CancellationToken cancellationToken)
        {
            compilation = WithInventoryEnabled(compilation);
            var failures = new ConcurrentBag<string>();
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers.Analyzers,
                new CompilationWithAnalyzersOptions(
                    analyzerOptions,
                    onAnalyzerException: (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name} failed: {exception.GetType().Name}: {exception.Message}"),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: false));

            var privacy = ImmutableArray.CreateBuilder<Diagnostic>();
            var errors = ImmutableArray.CreateBuilder<Diagnostic>();
            var unresolved = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var tree in trees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var model = compilation.GetSemanticModel(tree);
                foreach (var diagnostic in await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, cancellationToken).ConfigureAwait(false))
                {
                    Sort(diagnostic, privacy, errors, unresolved, failures);
                }

                foreach (var diagnostic in model.GetDiagnostics(cancellationToken: cancellationToken))
                {
                    Sort(diagnostic, privacy, errors, unresolved, failures);
                }
            }

            return new CompilationResult(
                privacy.ToImmutable(),
                errors.ToImmutable(),
                unresolved.ToImmutable(),
                failures.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToImmutableArray(),
                trees.Count);
        }

        /// <summary>One diagnostic to its place: ours, an analyzer failure (AD0001), a compile error (and an unresolved reference).</summary>
        private static void Sort(
            Diagnostic diagnostic,
            ImmutableArray<Diagnostic>.Builder privacy,
            ImmutableArray<Diagnostic>.Builder errors,
            ImmutableArray<Diagnostic>.Builder unresolved,
            ConcurrentBag<string> failures)
        {
            if (diagnostic.Id.StartsWith("PRIV", StringComparison.Ordinal))
            {
                privacy.Add(diagnostic);
            }
            else if (diagnostic.Id == "AD0001")
            {
                failures.Add(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                errors.Add(diagnostic);
                if (UnresolvedIds.Contains(diagnostic.Id))
                {
                    unresolved.Add(diagnostic);
                }
            }
        }

        /// <summary>
        /// PRIV007 is off by default; the tool turns it on through the compilation's specific diagnostic
        /// options. A project's .editorconfig outranks those, so a wrapper keeps an editorconfig entry
        /// for PRIV007 from switching the inventory off again (the IDE setting stays the IDE's).
        /// </summary>
        public static Compilation WithInventoryEnabled(Compilation compilation)
        {
            var options = compilation.Options;
            options = options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions
                .SetItem(RuleIds.CollectionSite, ReportDiagnostic.Info)
                .SetItem(RuleIds.RequiredReasonDeclaration, ReportDiagnostic.Info)
                .SetItem(RuleIds.FlowInventory, ReportDiagnostic.Info));
            if (options.SyntaxTreeOptionsProvider is { } provider)
            {
                options = options.WithSyntaxTreeOptionsProvider(new InventoryFirstOptionsProvider(provider));
            }

            return compilation.WithOptions(options);
        }

        /// <summary>Defers to the project's per-tree options for every id but PRIV007.</summary>
        private sealed class InventoryFirstOptionsProvider : SyntaxTreeOptionsProvider
        {
            private readonly SyntaxTreeOptionsProvider inner;

            public InventoryFirstOptionsProvider(SyntaxTreeOptionsProvider inner) => this.inner = inner;

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
                => inner.IsGenerated(tree, cancellationToken);

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                if (diagnosticId is RuleIds.CollectionSite or RuleIds.RequiredReasonDeclaration or RuleIds.FlowInventory)
                {
                    severity = default;
                    return false;
                }

                return inner.TryGetDiagnosticValue(tree, diagnosticId, cancellationToken, out severity);
            }

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                if (diagnosticId is RuleIds.CollectionSite or RuleIds.RequiredReasonDeclaration or RuleIds.FlowInventory)
                {
                    severity = default;
                    return false;
                }

                return inner.TryGetGlobalDiagnosticValue(diagnosticId, cancellationToken, out severity);
            }
        }

        /// <summary>
        /// Progress only: counts documents as the driver finishes binding them. It reports nothing and
        /// detects nothing; it is added only when a terminal shows the progress.
        /// </summary>
    #pragma warning disable RS1001, RS2008 // a progress probe inside the tool, never shipped or registered as an analyzer
        private sealed class DocumentCounter : DiagnosticAnalyzer
        {
            /// <summary>Never reported; an analyzer with no enabled rule would be skipped by the driver.</summary>
            private static readonly DiagnosticDescriptor Probe = new(
                "TOOLPROGRESS", "Progress", "Progress", "Tool", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            private readonly Action<int> documentAnalysed;
            private int count;

            public DocumentCounter(Action<int> documentAnalysed) => this.documentAnalysed = documentAnalysed;

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Probe);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
                context.RegisterSemanticModelAction(_ => documentAnalysed(Interlocked.Increment(ref count)));
            }
        }
    #pragma warning restore RS1001, RS2008
    }
}
