using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>What the flow analysis of one member cost, above the floor.</summary>
/// <param name="Member">Type and member name.</param>
/// <param name="Lines">Lines of the member's declaration.</param>
/// <param name="Statements">Statements in its body (nested ones included).</param>
/// <param name="FlowMs">Wall ms of the flow analyzer on this member alone (IDE-like, span-filtered).</param>
/// <param name="FloorMs">Wall ms of a no-op operation-block analyzer on the same member: the driver's own cost (binding, operation tree).</param>
internal sealed record MemberCost(string Member, int Lines, int Statements, double FlowMs, double FloorMs)
{
    public double Above => FlowMs - FloorMs;
}

/// <summary>
/// The worst case for a single member (issue 15): each method of the corpus analyzed alone, the way the IDE asks
/// for one member after an edit (<c>GetAnalyzerSemanticDiagnosticsAsync</c> with the member's span), by
/// PrivacyAnalyzers' flow analyzer and by a no-op operation-block analyzer, each on its own compilation of the
/// corpus with declarations bound. Members are taken in file order, so a callee's summary may already have been
/// computed for an earlier caller (as in a real session); the member's own binding, its flow walk, and the
/// summaries it is the first to need are in its time.
/// </summary>
internal static class MemberCosts
{
    public static async Task<IReadOnlyList<MemberCost>> MeasureAsync(CorpusInput corpus, DiagnosticAnalyzer flow, ImmutableDictionary<string, ReportDiagnostic> severities)
    {
        var floor = new NoOpBlockAnalyzer();
        var flowSide = Prepare(corpus, flow, severities);
        var floorSide = Prepare(corpus, floor, severities);
        var costs = new List<MemberCost>();
        foreach (var tree in flowSide.Compilation.SyntaxTrees)
        {
            var floorTree = floorSide.Compilation.SyntaxTrees.First(t => t.FilePath == tree.FilePath);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                var floorMs = await TimeAsync(floorSide, floorTree, method.Span, floor).ConfigureAwait(false);
                var flowMs = await TimeAsync(flowSide, tree, method.Span, flow).ConfigureAwait(false);
                var lines = tree.GetLineSpan(method.Span);
                var type = method.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "?";
                costs.Add(new MemberCost(
                    type + "." + method.Identifier.ValueText,
                    lines.EndLinePosition.Line - lines.StartLinePosition.Line + 1,
                    method.DescendantNodes().OfType<StatementSyntax>().Count(s => s is not BlockSyntax),
                    flowMs,
                    floorMs));
            }
        }

        return costs.OrderByDescending(c => c.Above).ToList();
    }

    private static (Compilation Compilation, CompilationWithAnalyzers WithAnalyzers) Prepare(CorpusInput corpus, DiagnosticAnalyzer analyzer, ImmutableDictionary<string, ReportDiagnostic> severities)
    {
        var compilation = corpus.Compile(severities);
        compilation.GetDeclarationDiagnostics();
        return (compilation, compilation.WithAnalyzers(ImmutableArray.Create(analyzer), AnalysisTimer.Options(logExecutionTime: false)));
    }

    private static async Task<double> TimeAsync((Compilation Compilation, CompilationWithAnalyzers WithAnalyzers) side, SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span, DiagnosticAnalyzer analyzer)
    {
        var model = side.Compilation.GetSemanticModel(tree);
        var stopwatch = Stopwatch.StartNew();
        await side.WithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, span, ImmutableArray.Create(analyzer), CancellationToken.None).ConfigureAwait(false);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The floor of one member's flow analysis: an operation-block action that does nothing.</summary>
#pragma warning disable RS1001, RS1036 // Not shipped: built by the benchmark only.
    private sealed class NoOpBlockAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
    {
#pragma warning disable RS2008 // No release tracking for a benchmark-only rule.
        private static readonly DiagnosticDescriptor NeverReported = new("NOOP002", "Never reported", "Never reported", "Performance", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(NeverReported);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(PrivacyAnalyzerSet.GeneratedCodeAnalysis);
            context.RegisterCompilationStartAction(start => start.RegisterOperationBlockAction(static _ => { }));
        }
    }
}
