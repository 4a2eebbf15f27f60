using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>One timed run of one configuration.</summary>
/// <param name="WallMs">Wall time of the whole analysis (or compilation).</param>
/// <param name="CpuMs">CPU time of this process meanwhile, all threads: less disturbed than wall time by other load on the machine.</param>
/// <param name="CallbackMs">PrivacyAnalyzers' own callback time, when execution time was logged; else 0.</param>
/// <param name="FloorCallbackMs">The no-op floor's callback time in the same run: what the driver and its
/// stopwatch charge for callbacks that do nothing.</param>
/// <param name="Diagnostics">Diagnostics reported, compiler and analyzers.</param>
/// <param name="Privacy">Diagnostics whose id starts with PRIV.</param>
/// <param name="Errors">Compiler errors: a corpus that does not compile measures less than it seems to.</param>
/// <param name="PerAnalyzerMs">When execution time was logged: each of PrivacyAnalyzers' analyzers' own callback time, by type name.</param>
internal sealed record Sample(double WallMs, double CpuMs, double CallbackMs, int Diagnostics, int Privacy, int Errors, double FloorCallbackMs = 0, IReadOnlyDictionary<string, double>? PerAnalyzerMs = null);

/// <summary>A configuration: what runs on a fresh compilation of the corpus.</summary>
internal sealed record Configuration(string Name, Func<CorpusInput, Task<Sample>> Run);

/// <summary>IDE-like timings of one analyzer set in one round.</summary>
/// <param name="First">Wall ms of the first, smallest document: includes the compilation-start actions.</param>
/// <param name="Each">Wall ms of each of the largest documents.</param>
/// <param name="Cpu">CPU ms of this process over the largest documents.</param>
internal sealed record DocumentTimes(double First, double[] Each, double Cpu)
{
    public double Total => Each.Sum();
}

/// <summary>The IDE-like timings of one round, for the no-op floor and for ours.</summary>
internal sealed record DocumentRound(DocumentTimes NoOp, DocumentTimes Ours);

/// <summary>Everything measured on one corpus.</summary>
internal sealed record CorpusResult(
    CorpusInput Corpus,
    RegistrationShape Shape,
    IReadOnlyList<string> Configurations,
    IReadOnlyList<IReadOnlyDictionary<string, Sample>> Rounds,
    IReadOnlyList<DocumentRound> Documents,
    IReadOnlyList<string> DocumentNames,
    TimeSpan Elapsed)
{
    /// <summary>The dense-flow corpus's members, slowest flow analysis first (<see cref="MemberCosts"/>); null elsewhere.</summary>
    public IReadOnlyList<MemberCost>? Members { get; init; }
}

/// <summary>
/// The configurations, and the interleaved runner: each round runs every configuration once, on a
/// fresh compilation, in an order rotated from round to round, after a full garbage collection;
/// the report takes medians over rounds, and ratios both of medians and, pairwise, within rounds.
/// </summary>
internal sealed class Suite
{
    public const string CompileOnly = "compile only";
    public const string NoOp = "no-op floor (operation actions)";
    public const string NoOpAll = "no-op floor (all of ours' registrations)";
    public const string Ours = "PrivacyAnalyzers";
    public const string OursTimed = "PrivacyAnalyzers + no-op floor, callback time logged";
    public const string Net = "NetAnalyzers";
    public const string NetAndOurs = "NetAnalyzers + PrivacyAnalyzers";
    public const string Meziantou = "Meziantou.Analyzer";
    public const string ReportingEmpty = "reporting floor, reporting nothing";
    public const string Reporting = "reporting floor (ours' diagnostics, no analysis)";

    private readonly ImmutableArray<DiagnosticAnalyzer> ours;
    private readonly ImmutableArray<DiagnosticAnalyzer> noOp;
    private readonly LoadedAnalyzers? net;
    private readonly LoadedAnalyzers? meziantou;
    private readonly ImmutableDictionary<string, ReportDiagnostic> severities;

    public Suite(ImmutableArray<DiagnosticAnalyzer> ours, LoadedAnalyzers? net, LoadedAnalyzers? meziantou, ImmutableDictionary<string, ReportDiagnostic> severities)
    {
        this.ours = ours;
        noOp = ImmutableArray.Create<DiagnosticAnalyzer>(NoOpAnalyzer.MirroringPrivacyAnalyzers());
        this.net = net;
        this.meziantou = meziantou;
        this.severities = severities;
    }

    /// <summary>
    /// What PrivacyAnalyzers registers on this corpus (operation kinds, syntax kinds, symbol kinds,
    /// compilation end), recorded by running their initialization on it.
    /// </summary>
    public RegistrationShape Shape(CorpusInput corpus) => RegistrationRecorder.Record(PrivacyAnalyzerSet.CreateAll(), corpus.Compile(severities));

    /// <summary>
    /// Our diagnostics on this corpus, from one build-like run of ours (the compiler's own diagnostics left in):
    /// what the reporting floor replays.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> RecordAsync(CorpusInput corpus)
        => (await AnalysisTimer.BuildAsync(corpus.Compile(severities), ours).ConfigureAwait(false)).Diagnostics;

    public IReadOnlyList<Configuration> Configurations(RegistrationShape shape, ImmutableArray<Diagnostic> recorded)
    {
        var noOpAll = ImmutableArray.Create<DiagnosticAnalyzer>(NoOpAnalyzer.Mirroring(shape));
        var reportingEmpty = ImmutableArray.Create<DiagnosticAnalyzer>(ReportingFloorAnalyzer.Empty(ours));
        var reporting = ImmutableArray.Create<DiagnosticAnalyzer>(ReportingFloorAnalyzer.Replaying(ours, recorded));
        var list = new List<Configuration>
        {
            new(CompileOnly, corpus => Task.FromResult(ToSample(AnalysisTimer.CompileOnly(corpus.Compile(severities)), null))),
            new(NoOp, corpus => BuildAsync(corpus, noOp)),
            new(NoOpAll, corpus => BuildAsync(corpus, noOpAll)),
            new(Ours, corpus => BuildAsync(corpus, ours)),
            new(ReportingEmpty, corpus => BuildAsync(corpus, reportingEmpty)),
            new(Reporting, corpus => BuildAsync(corpus, reporting)),
            new(OursTimed, async corpus =>
            {
                // The floor runs beside ours: its callback time is the telemetry's own cost per callback.
                var timed = await AnalysisTimer.CallbackTimesAsync(corpus.Compile(severities), ours.AddRange(noOp)).ConfigureAwait(false);
                return ToSample(timed, ours) with
                {
                    FloorCallbackMs = timed.CallbackTime(noOp).TotalMilliseconds,
                    PerAnalyzerMs = ours.ToDictionary(a => a.GetType().Name, a => timed.CallbackTime(new[] { a }).TotalMilliseconds, StringComparer.Ordinal),
                };
            }),
        };
        if (net != null)
        {
            list.Add(new(Net, corpus => BuildAsync(corpus, net.Analyzers)));
            list.Add(new(NetAndOurs, corpus => BuildAsync(corpus, net.Analyzers.AddRange(ours))));
        }

        if (meziantou != null)
        {
            list.Add(new(Meziantou, corpus => BuildAsync(corpus, meziantou.Analyzers)));
        }

        return list;
    }

    public async Task<CorpusResult> RunAsync(CorpusInput corpus, int runs, int documents, bool warmUp, Action<string> log)
    {
        var stopwatch = Stopwatch.StartNew();
        var shape = Shape(corpus);
        log("  PrivacyAnalyzers register: " + shape);
        var recorded = await RecordAsync(corpus).ConfigureAwait(false);
        var configurations = Configurations(shape, recorded);

        // Run order: ours right after the no-op floor, so that the pair the budget is judged on runs back to back in
        // every round (a rotation keeps them adjacent but in one round in N); the tables keep the listed order.
        var order = configurations.Where(c => c.Name != Ours).ToList();
        if (configurations.FirstOrDefault(c => c.Name == Ours) is { } oursConfiguration)
        {
            order.Insert(order.FindIndex(c => c.Name == NoOp) + 1, oursConfiguration);
        }

        if (warmUp)
        {
            log($"  warm-up on {corpus.Name}");
            foreach (var configuration in configurations)
            {
                await configuration.Run(corpus).ConfigureAwait(false);
            }
        }

        var rounds = new List<IReadOnlyDictionary<string, Sample>>();
        for (var round = 0; round < runs; round++)
        {
            var samples = new Dictionary<string, Sample>();
            foreach (var configuration in Rotate(order, round))
            {
                AnalysisTimer.Settle();
                samples[configuration.Name] = await configuration.Run(corpus).ConfigureAwait(false);
            }

            rounds.Add(samples);
            log($"  round {round + 1}/{runs}: " + string.Join(", ", configurations.Select(c => $"{Short(c.Name)} {samples[c.Name].WallMs:F0}")) + " ms");
        }

        var largest = corpus.Trees.OrderByDescending(t => t.Length).ThenBy(t => t.FilePath, StringComparer.Ordinal).Take(documents).ToImmutableArray();
        var smallest = corpus.Trees.OrderBy(t => t.Length).ThenBy(t => t.FilePath, StringComparer.Ordinal).First();
        var documentRounds = new List<DocumentRound>();
        if (documents > 0)
        {
            // One warm-up round, then the same number of rounds as above.
            for (var round = -1; round < runs; round++)
            {
                var times = new Dictionary<bool, DocumentTimes>();
                foreach (var isOurs in round % 2 == 0 ? new[] { false, true } : new[] { true, false })
                {
                    AnalysisTimer.Settle();
                    times[isOurs] = await DocumentsAsync(corpus, isOurs ? ours : noOp, smallest, largest).ConfigureAwait(false);
                }

                if (round >= 0)
                {
                    documentRounds.Add(new DocumentRound(times[false], times[true]));
                    log($"  IDE round {round + 1}/{runs}: no-op {times[false].Total:F0} ms, ours {times[true].Total:F0} ms over {largest.Length} documents");
                }
            }
        }

        return new CorpusResult(
            corpus,
            shape,
            configurations.Select(c => c.Name).ToList(),
            rounds,
            documentRounds,
            largest.Select(t => t.FilePath).ToList(),
            stopwatch.Elapsed);
    }

    /// <summary>
    /// For a sampling profiler: PrivacyAnalyzers alone, build-like, <paramref name="runs"/> times on fresh
    /// compilations (after one warm-up run), then once with execution time logged, printing each analyzer's callback time.
    /// </summary>
    public async Task ProfileAsync(CorpusInput corpus, int runs, Action<string> log)
    {
        var ratios = new List<double>();
        for (var round = 0; round <= runs; round++)
        {
            // The no-op floor in the same round gives a ratio that other load on the machine disturbs less than the times.
            AnalysisTimer.Settle();
            var floor = await BuildAsync(corpus, noOp).ConfigureAwait(false);
            AnalysisTimer.Settle();
            var sample = await BuildAsync(corpus, ours).ConfigureAwait(false);
            log($"  {(round == 0 ? "warm-up" : "run " + round)}: ours {sample.WallMs:F0} ms wall, {sample.CpuMs:F0} ms CPU, {sample.Privacy} PRIV diagnostics; "
                + $"no-op {floor.WallMs:F0} ms wall, {floor.CpuMs:F0} ms CPU");
            if (round > 0)
            {
                ratios.Add(sample.CpuMs / floor.CpuMs);
            }
        }

        log($"  ours / no-op, build CPU time, median of {ratios.Count} rounds: {AnalysisTimer.Median(ratios):F3}");

        var timed = await AnalysisTimer.CallbackTimesAsync(corpus.Compile(severities), ours).ConfigureAwait(false);
        foreach (var analyzer in ours)
        {
            log($"  callback time {analyzer.GetType().Name}: {timed.CallbackTime(new[] { analyzer }).TotalMilliseconds:F0} ms");
        }
    }

    /// <summary>
    /// The IDE's first document after an edit, alone: per round, for the no-op floor, all of ours and each of our
    /// analyzers alone (in an order rotated from round to round), a fresh compilation with declarations bound, then
    /// the smallest document, timed. Prints the medians and each one's median ratio to the floor of the same round.
    /// </summary>
    public async Task ProfileStartAsync(CorpusInput corpus, int runs, Action<string> log)
    {
        var smallest = corpus.Trees.OrderBy(t => t.Length).ThenBy(t => t.FilePath, StringComparer.Ordinal).First();
        var sets = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)> { ("no-op", noOp), ("PrivacyAnalyzers", ours) };
        sets.AddRange(ours.Select(a => (a.GetType().Name, ImmutableArray.Create(a))));
        var times = sets.ToDictionary(s => s.Name, _ => new List<double>(), StringComparer.Ordinal);
        var ratios = sets.ToDictionary(s => s.Name, _ => new List<double>(), StringComparer.Ordinal);
        for (var round = 0; round <= runs; round++)
        {
            var sample = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (name, analyzers) in Rotate(sets, round))
            {
                AnalysisTimer.Settle();
                sample[name] = await FirstDocumentAsync(corpus, analyzers, smallest).ConfigureAwait(false);
            }

            if (round == 0)
            {
                continue; // warm-up
            }

            foreach (var (name, _) in sets)
            {
                times[name].Add(sample[name]);
                ratios[name].Add(sample[name] / sample["no-op"]);
            }
        }

        log($"  first document ({Path.GetFileName(smallest.FilePath)}), median of {runs} rounds:");
        foreach (var (name, _) in sets)
        {
            log($"  {name,-28} {AnalysisTimer.Median(times[name]),8:F2} ms   / no-op (paired) {AnalysisTimer.Median(ratios[name]):F3}");
        }
    }

    private async Task<double> FirstDocumentAsync(CorpusInput corpus, ImmutableArray<DiagnosticAnalyzer> analyzers, SyntaxTree smallest)
    {
        var compilation = corpus.Compile(severities);
        compilation.GetDeclarationDiagnostics();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, AnalysisTimer.Options(logExecutionTime: false));
        var stopwatch = Stopwatch.StartNew();
        await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(smallest), null, analyzers, CancellationToken.None).ConfigureAwait(false);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// IDE-like: a fresh compilation whose declarations are already bound (the IDE's background
    /// compilation), then semantic analysis of one document at a time, as the IDE asks for the open
    /// files. The first, smallest document also pays the compilation-start actions (which run again
    /// after every edit); each of the largest documents is then timed on its own.
    /// </summary>
    private async Task<DocumentTimes> DocumentsAsync(CorpusInput corpus, ImmutableArray<DiagnosticAnalyzer> analyzers, SyntaxTree smallest, ImmutableArray<SyntaxTree> largest)
    {
        var compilation = corpus.Compile(severities);
        compilation.GetDeclarationDiagnostics();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, AnalysisTimer.Options(logExecutionTime: false));
        var stopwatch = Stopwatch.StartNew();
        await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(smallest), null, analyzers, CancellationToken.None).ConfigureAwait(false);
        var first = stopwatch.Elapsed.TotalMilliseconds;
        var each = new double[largest.Length];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < largest.Length; i++)
        {
            var model = compilation.GetSemanticModel(largest[i]);
            stopwatch.Restart();
            await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, analyzers, CancellationToken.None).ConfigureAwait(false);
            each[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        return new DocumentTimes(first, each, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private async Task<Sample> BuildAsync(CorpusInput corpus, ImmutableArray<DiagnosticAnalyzer> analyzers)
        => ToSample(await AnalysisTimer.BuildAsync(corpus.Compile(severities), analyzers).ConfigureAwait(false), null);

    private static Sample ToSample(TimedAnalysis result, ImmutableArray<DiagnosticAnalyzer>? timed)
        => new(
            result.Wall.TotalMilliseconds,
            result.Cpu.TotalMilliseconds,
            timed is { } analyzers ? result.CallbackTime(analyzers).TotalMilliseconds : 0,
            result.Diagnostics.Length,
            result.Diagnostics.Count(d => d.Id.StartsWith("PRIV", StringComparison.Ordinal)),
            result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)));

    private static IEnumerable<T> Rotate<T>(IReadOnlyList<T> items, int by)
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return items[(i + by) % items.Count];
        }
    }

    private static string Short(string name) => name switch
    {
        CompileOnly => "compile",
        NoOp => "no-op",
        NoOpAll => "no-op(all)",
        Ours => "ours",
        OursTimed => "ours(timed)",
        Net => "net",
        NetAndOurs => "net+ours",
        Meziantou => "mez",
        ReportingEmpty => "report(none)",
        Reporting => "report",
        _ => name,
    };
}
