using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.TestCorpus;
using Xunit;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Performance;

/// <summary>Timing tests run alone: no other test of this assembly competes for the two cores meanwhile.</summary>
[CollectionDefinition(nameof(PerformanceCollection), DisableParallelization = true)]
public sealed class PerformanceCollection
{
}

/// <summary>
/// Coarse guards against gross performance regressions, on a small generated corpus (the generator
/// the benchmarks use, tests/Shared/CorpusGenerator.cs). The thresholds are far from today's numbers
/// (see docs/performance.md) so that a loaded machine does not make them flaky: the budgets
/// themselves are checked by tests/PrivacyAnalyzers.Benchmarks, not here.
/// </summary>
[Collection(nameof(PerformanceCollection))]
public sealed class PerformanceRegressionTests
{
    /// <summary>A few thousand lines, one collecting method in ten: enough sites that the detector works.</summary>
    private static readonly CorpusOptions SmallCorpus = new(Seed: 42, TargetLines: 3_000, MethodsPerSite: 10);

    private const int Rounds = 5;

    private readonly ITestOutputHelper output;

    public PerformanceRegressionTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task BuildWithPrivacyAnalyzersStaysWithinThreeTimesTheNoOpFloor()
    {
        var trees = CorpusCompilation.Parse(CorpusGenerator.Generate(SmallCorpus));
        var ours = PrivacyAnalyzerSet.CreateAll();
        var noOp = ImmutableArray.Create<DiagnosticAnalyzer>(NoOpAnalyzer.MirroringPrivacyAnalyzers());

        // Warm-up: JIT the compiler, the driver and both analyzers.
        var warmUp = await AnalysisTimer.BuildAsync(CorpusCompilation.Create("Corpus", trees), ours);
        Assert.Contains(warmUp.Diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
        await AnalysisTimer.BuildAsync(CorpusCompilation.Create("Corpus", trees), noOp);

        var oursMs = new List<double>();
        var noOpMs = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var isOurs in round % 2 == 0 ? new[] { false, true } : new[] { true, false })
            {
                AnalysisTimer.Settle();
                var result = await AnalysisTimer.BuildAsync(CorpusCompilation.Create("Corpus", trees), isOurs ? ours : noOp);
                (isOurs ? oursMs : noOpMs).Add(result.Wall.TotalMilliseconds);
            }
        }

        var ratio = AnalysisTimer.Median(oursMs) / AnalysisTimer.Median(noOpMs);
        output.WriteLine($"build wall time, median of {Rounds}: ours {AnalysisTimer.Median(oursMs):F0} ms, no-op {AnalysisTimer.Median(noOpMs):F0} ms, ratio {ratio:F3}");
        Assert.True(ratio <= 3.0, $"PrivacyAnalyzers took {ratio:F2}× the no-op floor (gross-regression threshold 3×; budget 1.05×, see docs/performance.md)");
    }

    [Fact]
    public async Task CallbackTimeStaysUnderTheCompileTime()
    {
        var trees = CorpusCompilation.Parse(CorpusGenerator.Generate(SmallCorpus));
        var ours = PrivacyAnalyzerSet.CreateAll();
        AnalysisTimer.CompileOnly(CorpusCompilation.Create("Corpus", trees));
        await AnalysisTimer.CallbackTimesAsync(CorpusCompilation.Create("Corpus", trees), ours);

        var shares = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            AnalysisTimer.Settle();
            var compile = AnalysisTimer.CompileOnly(CorpusCompilation.Create("Corpus", trees));
            AnalysisTimer.Settle();
            var analysis = await AnalysisTimer.CallbackTimesAsync(CorpusCompilation.Create("Corpus", trees), ours);
            shares.Add(analysis.CallbackTime(ours).TotalMilliseconds / compile.Wall.TotalMilliseconds);
        }

        var share = AnalysisTimer.Median(shares);
        output.WriteLine($"callback time / compile time, median of {Rounds}: {share:P2}");
        // Callback time is wall time summed over threads, so load on the machine inflates it more than
        // the compile time: the threshold is the whole compile time (a few percent today).
        Assert.True(share <= 1.0, $"PrivacyAnalyzers' callbacks took {share:P0} of the compile time (gross-regression threshold 100%; budget 2%, see docs/performance.md)");
    }

    [Fact]
    public void AnalysisKeepsNoCompilationAlive()
    {
        // The analyzer instances live on, as they do in the IDE and the compiler server.
        var trees = CorpusCompilation.Parse(CorpusGenerator.Generate(SmallCorpus));
        var ours = PrivacyAnalyzerSet.CreateAll();
        var compilations = AnalysisTimer.AnalyzeAndForget(() => CorpusCompilation.Create("Corpus", trees), ours);
        Assert.True(AnalysisTimer.IsCollected(compilations), "a PrivacyAnalyzers analyzer (or a static) still holds the compilation after analysis");
        GC.KeepAlive(ours);
    }

    [Fact]
    public void RetentionProbeDetectsAnAnalyzerThatKeepsItsCompilation()
    {
        var trees = CorpusCompilation.Parse(CorpusGenerator.Generate(SmallCorpus with { TargetLines = 200 }));
        var leaky = new LeakyAnalyzer();
        var compilations = AnalysisTimer.AnalyzeAndForget(() => CorpusCompilation.Create("Corpus", trees), ImmutableArray.Create<DiagnosticAnalyzer>(leaky));
        Assert.False(AnalysisTimer.IsCollected(compilations), "the probe must see a compilation an analyzer holds on to");
        leaky.Forget();
        Assert.True(AnalysisTimer.IsCollected(compilations), "once the analyzer lets go, the compilation must be collected");
    }

    /// <summary>The mistake the retention test guards against: per-compilation state kept in the analyzer.</summary>
#pragma warning disable RS1001 // Test double, never shipped.
    private sealed class LeakyAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        private Compilation? last;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            NoOpAnalyzer.MirroringPrivacyAnalyzers().SupportedDiagnostics;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                last = start.Compilation;
                start.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
            });
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public void Forget() => last = null;
    }
}
