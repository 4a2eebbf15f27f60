using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.TestCorpus;

/// <summary>What one timed analysis saw: wall and process CPU time, the diagnostics, and each analyzer's own callback time.</summary>
public sealed record TimedAnalysis(
    TimeSpan Wall,
    TimeSpan Cpu,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> CallbackTimes)
{
    /// <summary>The callback time of a group of analyzers (zero when execution time was not logged).</summary>
    public TimeSpan CallbackTime(IEnumerable<DiagnosticAnalyzer> analyzers)
        => TimeSpan.FromTicks(analyzers.Sum(a => CallbackTimes.TryGetValue(a, out var time) ? time.Ticks : 0));
}

/// <summary>Times compilations with and without analyzers, the way a build and an IDE run them.</summary>
public static class AnalysisTimer
{
    /// <summary>Compile only: every compiler diagnostic (declarations, binding, flow analysis), no analyzer, no emit.</summary>
    public static TimedAnalysis CompileOnly(Compilation compilation, CancellationToken cancellationToken = default)
    {
        var clock = Clock.Start();
        return clock.Stop(compilation.GetDiagnostics(cancellationToken));
    }

    /// <summary>
    /// Build-like: compiler diagnostics plus analyzer diagnostics, concurrently, as csc runs them
    /// (<see cref="CompilationWithAnalyzers.GetAllDiagnosticsAsync()"/>).
    /// </summary>
    public static async Task<TimedAnalysis> BuildAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        AnalyzerOptions? analyzerOptions = null,
        CancellationToken cancellationToken = default)
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers, Options(logExecutionTime: false, analyzerOptions));
        var clock = Clock.Start();
        return clock.Stop(await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Each analyzer's own callback time: analysis with <c>logAnalyzerExecutionTime: true</c>, then
    /// <see cref="CompilationWithAnalyzers.GetAnalyzerTelemetryInfoAsync"/> per analyzer. The analysis runs
    /// through <see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(CancellationToken)"/>, which records
    /// per-analyzer state in every Roslyn version (after <c>GetAllDiagnosticsAsync</c>, Roslyn 5.9's telemetry reads zero).
    /// The wall time is that of the analyzer diagnostics alone (the compiler binds what analysis needs).
    /// </summary>
    public static async Task<TimedAnalysis> CallbackTimesAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        AnalyzerOptions? analyzerOptions = null,
        CancellationToken cancellationToken = default)
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers, Options(logExecutionTime: true, analyzerOptions));
        var clock = Clock.Start();
        var result = await withAnalyzers.GetAnalysisResultAsync(cancellationToken).ConfigureAwait(false);
        var (wall, cpu) = clock.Stop();
        var times = ImmutableDictionary.CreateBuilder<DiagnosticAnalyzer, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
            times[analyzer] = telemetry.ExecutionTime;
        }

        return new TimedAnalysis(wall, cpu, result.GetAllDiagnostics(), times.ToImmutable());
    }

    /// <summary>The options every timed run uses: concurrent, and an analyzer that throws fails the run.</summary>
    public static CompilationWithAnalyzersOptions Options(bool logExecutionTime, AnalyzerOptions? analyzerOptions = null)
        => new(
            analyzerOptions ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => throw new InvalidOperationException($"{analyzer} threw: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: logExecutionTime);

    /// <summary>Wall time and this process's CPU time (all threads) of a measurement.</summary>
    private readonly record struct Clock(long StartTimestamp, TimeSpan StartCpu)
    {
        public static Clock Start() => new(Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime);

        public (TimeSpan Wall, TimeSpan Cpu) Stop()
            => (Stopwatch.GetElapsedTime(StartTimestamp), Process.GetCurrentProcess().TotalProcessorTime - StartCpu);

        /// <summary>Stops the clock on an analysis that logged no callback times (the diagnostics are computed before the clock stops).</summary>
        public TimedAnalysis Stop(ImmutableArray<Diagnostic> diagnostics)
        {
            var (wall, cpu) = Stop();
            return new TimedAnalysis(wall, cpu, diagnostics, ImmutableDictionary<DiagnosticAnalyzer, TimeSpan>.Empty);
        }
    }

    /// <summary>Collects garbage left by the previous measurement so that it is not charged to the next one.</summary>
    public static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>The median of some durations (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Runs analysis on a compilation made by <paramref name="create"/> and returns weak references to
    /// it and to every compilation the analyzers were handed (the driver hands them a copy with its
    /// event queue), so the caller can check that nothing (an analyzer instance, a static, a cache)
    /// keeps any of them alive.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static WeakReference[] AnalyzeAndForget(Func<Compilation> create, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var witness = new CompilationWitness();
        var compilation = create();
        var withAnalyzers = compilation.WithAnalyzers(analyzers.Add(witness), Options(logExecutionTime: false));
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        GC.KeepAlive(diagnostics);
        if (witness.Seen.IsEmpty)
        {
            throw new InvalidOperationException("the analyzers never started on the compilation");
        }

        return witness.Seen.Append(new WeakReference(compilation)).Append(new WeakReference(withAnalyzers)).ToArray();
    }

    /// <summary>Whether all of <paramref name="references"/> are collected after a few full, blocking collections.</summary>
    public static bool IsCollected(params WeakReference[] references)
    {
        for (var i = 0; i < 10 && references.Any(r => r.IsAlive); i++)
        {
            Settle();
        }

        return !references.Any(r => r.IsAlive);
    }
}

/// <summary>Notes, weakly, each compilation the analyzer driver starts analyzers on.</summary>
#pragma warning disable RS1001 // Test helper, never shipped.
internal sealed class CompilationWitness : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    public ConcurrentBag<WeakReference> Seen { get; } = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        NoOpAnalyzer.MirroringPrivacyAnalyzers().SupportedDiagnostics;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        var seen = Seen;
        context.RegisterCompilationStartAction(start =>
        {
            seen.Add(new WeakReference(start.Compilation));
            start.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
        });
    }
}
