using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// Whole-compilation benchmarks of PrivacyAnalyzers against a no-op floor, the compiler alone and
/// peer analyzers, on generated and real corpora. See docs/performance.md for the budgets.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (UsageException e)
        {
            if (e.Message.Length > 0)
            {
                Console.Error.WriteLine(e.Message);
            }

            Console.Error.WriteLine(BenchmarkOptions.Usage);
            return e.Message.Length > 0 ? 2 : 0;
        }

        if (options.MergeCounts is { } counts)
        {
            return MergeBenchmark.Run(counts, options.Runs, options.Markdown);
        }

        var total = Stopwatch.StartNew();
        var root = CorpusInput.RepositoryRoot();
        var ours = PrivacyAnalyzerSet.CreateAll();
        var environment = new List<string>
        {
            $"- Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, server GC, load average at start {LoadAverage()}",
            $"- Roslyn (harness and analyzers): {PeerAnalyzers.VersionOf(typeof(Compilation).Assembly)}",
            $"- PrivacyAnalyzers: {string.Join(", ", ours.Select(a => a.GetType().Name))} (operation kinds: {string.Join(", ", PrivacyAnalyzerSet.OperationKinds)})",
        };

        LoadedAnalyzers? net = null;
        LoadedAnalyzers? meziantou = null;
        var severities = ImmutableDictionary<string, ReportDiagnostic>.Empty;
        if (!options.NoPeers)
        {
            try
            {
                var sdkAnalyzers = PeerAnalyzers.SdkAnalyzerDirectory(root);
                net = PeerAnalyzers.NetAnalyzers(sdkAnalyzers);
                severities = PeerAnalyzers.SdkDefaultSeverities(sdkAnalyzers);
                environment.Add($"- NetAnalyzers {PeerAnalyzers.FileVersionOf(Path.Combine(sdkAnalyzers, "Microsoft.CodeAnalysis.NetAnalyzers.dll"))} from `{sdkAnalyzers}`: {net.Analyzers.Length} analyzers, SDK default severities (AnalysisLevel 10, mode Default)");
            }
            catch (Exception e) when (e is InvalidOperationException or IOException)
            {
                Console.Error.WriteLine("NetAnalyzers not measured: " + e.Message);
                environment.Add("- NetAnalyzers: not loaded (" + e.Message.Split('\n')[0] + ")");
            }

            try
            {
                meziantou = PeerAnalyzers.Meziantou();
                environment.Add($"- Meziantou.Analyzer {PeerAnalyzers.FileVersionOf(meziantou.Source)} from `{meziantou.Source}`: {meziantou.Analyzers.Length} analyzers");
            }
            catch (Exception e) when (e is InvalidOperationException or IOException)
            {
                Console.Error.WriteLine("Meziantou.Analyzer not measured: " + e.Message);
                environment.Add("- Meziantou.Analyzer: not loaded (" + e.Message.Split('\n')[0] + ")");
            }
        }

        foreach (var line in environment)
        {
            Console.WriteLine(line);
        }

        var suite = new Suite(ours, net, meziantou, severities);

        var results = new List<CorpusResult>();
        var names = options.CorpusDirectory is null ? options.Corpora : options.Corpora.Append("folder");
        CorpusInput Corpus(string name) => name switch
        {
            "generated" => CorpusInput.Generated("generated", CorpusOptions.Realistic(options.GeneratedLines)),
            "dense" => CorpusInput.Generated("dense", CorpusOptions.Dense(options.DenseLines)),
            "flow" => CorpusInput.Flow(options.FlowLines),
            "folder" => CorpusInput.Folder(options.CorpusDirectory!, options.Defines),
            _ => CorpusInput.Self(root),
        };

        if (options.Profile > 0)
        {
            var profiled = Corpus(names.First());
            Console.WriteLine($"profile: corpus '{profiled.Name}': {profiled.Description}");
            await suite.ProfileAsync(profiled, options.Profile, Console.WriteLine);
            return 0;
        }

        if (options.ProfileStart > 0)
        {
            var profiled = Corpus(names.First());
            Console.WriteLine($"profile-start: corpus '{profiled.Name}': {profiled.Description}");
            await suite.ProfileStartAsync(profiled, options.ProfileStart, Console.WriteLine);
            return 0;
        }

        if (options.Csc > 0)
        {
            foreach (var name in names)
            {
                var compiled = Corpus(name);
                Console.WriteLine($"csc: corpus '{compiled.Name}': {compiled.Description}");
                await CscBenchmark.RunAsync(compiled, await suite.RecordAsync(compiled), ours, options.Csc, root, Console.WriteLine);
            }

            Console.WriteLine($"- Load average at end: {LoadAverage()}");
            return 0;
        }

        // Warm-up: JIT every path (compiler, driver, every analyzer) on a small corpus over the same references.
        Console.WriteLine("warm-up");
        var warmUp = CorpusInput.Generated("warm-up", CorpusOptions.Realistic(2_000) with { Seed = 1, MethodsPerSite = 10 });
        await suite.RunAsync(warmUp, runs: 1, documents: 2, warmUp: true, Console.WriteLine);

        foreach (var name in names)
        {
            var corpus = Corpus(name);
            Console.WriteLine($"corpus '{corpus.Name}': {corpus.Description}");

            // The generated corpora share the warm-up's references; the others get a warm-up round of their own.
            var result = await suite.RunAsync(corpus, options.Runs, options.Documents, warmUp: corpus.References != warmUp.References, Console.WriteLine);
            if (name == "flow")
            {
                // Issue 15's worst case: the slowest single member's flow analysis, with its size.
                result = result with { Members = await MemberCosts.MeasureAsync(corpus, ours.First(a => a.GetType().Name == "FlowAnalyzer"), severities) };
            }

            results.Add(result);
            Console.WriteLine();
            Console.WriteLine(Report.Text(result));
        }

        environment.Add($"- Load average at end: {LoadAverage()}; total run time {total.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine(environment[^1]);
        if (options.Markdown != null)
        {
            var command = "dotnet run -c Release --project tests/PrivacyAnalyzers.Benchmarks -- " + string.Join(" ", args);
            File.WriteAllText(options.Markdown, Report.Markdown(results, command.TrimEnd(), string.Join(Environment.NewLine, environment)));
            Console.WriteLine("wrote " + Path.GetFullPath(options.Markdown));
        }

        var missed = results.SelectMany(r => Report.Ratios(r).Where(x => x.Met == false).Select(x => r.Corpus.Name + ": " + x.Name)).ToList();
        Console.WriteLine(missed.Count == 0 ? "all budgets met" : "budgets missed:\n  " + string.Join("\n  ", missed));
        return 0;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
