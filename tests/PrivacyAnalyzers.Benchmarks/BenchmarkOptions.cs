using System.Globalization;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>The command line: <c>[--quick] [--runs N] [--corpus generated|dense|flow|self|all] [--markdown FILE]</c> and a few knobs.</summary>
internal sealed class BenchmarkOptions
{
    public bool Quick { get; private set; }

    /// <summary>Measured rounds per corpus, after the warm-up; every configuration runs once per round.</summary>
    public int Runs { get; private set; } = 5;

    public IReadOnlyList<string> Corpora { get; private set; } = new[] { "generated", "dense", "flow", "self" };

    public string? Markdown { get; private set; }

    /// <summary>A folder of C# sources kept outside the repository, measured as one more corpus.</summary>
    public string? CorpusDirectory { get; private set; }

    /// <summary>Preprocessor symbols for <see cref="CorpusDirectory"/>.</summary>
    public IReadOnlyList<string> Defines { get; private set; } = Array.Empty<string>();

    /// <summary>Lines of the realistic generated corpus.</summary>
    public int GeneratedLines { get; private set; } = 100_000;

    /// <summary>Lines of the dense corpus (1 collecting method in 5).</summary>
    public int DenseLines { get; private set; } = 15_000;

    /// <summary>Lines of the dense-flow corpus (<see cref="FlowCorpus"/>).</summary>
    public int FlowLines { get; private set; } = 15_000;

    /// <summary>How many of the largest documents the IDE-like measurement analyzes per round.</summary>
    public int Documents { get; private set; } = 10;

    /// <summary>Leave out NetAnalyzers and Meziantou (faster; the peer ratios are then not measured).</summary>
    public bool NoPeers { get; private set; }

    /// <summary>Measure <c>privacy merge</c> of generated project manifests instead (MergeBenchmark.cs), at these counts.</summary>
    public IReadOnlyList<int>? MergeCounts { get; private set; }
    /// <summary>
    /// Rounds of PrivacyAnalyzers alone (no other configuration, no tables) on the first chosen corpus, for a
    /// sampling profiler attached to the process (<c>dotnet-trace collect -- dotnet …Benchmarks.dll --profile 10</c>); 0: off.
    /// </summary>
    public int Profile { get; private set; }

    /// <summary>
    /// Rounds of the IDE's first document after an edit alone (a fresh compilation with declarations bound, then
    /// the smallest document, which pays the compilation-start actions), ours and each of our analyzers alone
    /// against the no-op floor, on the first chosen corpus; 0: off.
    /// </summary>
    public int ProfileStart { get; private set; }

    /// <summary>
    /// Rounds of the SDK's own compiler (<c>csc.dll</c>, one process per compilation) on each chosen corpus, ours against
    /// the no-op and reporting floors built into analyzer assemblies (<see cref="CscBenchmark"/>); 0: off.
    /// </summary>
    public int Csc { get; private set; }

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        int? runs = null;
        int? generatedLines = null;
        int? denseLines = null;
        int? flowLines = null;
        string? corpus = null;

        // The options that take a value, each given the index of its value.
        var valued = new Dictionary<string, Action<int>>(StringComparer.Ordinal)
        {
            ["--runs"] = i => runs = PositiveInt(args, i),
            ["--corpus"] = i => corpus = Value(args, i),
            ["--markdown"] = i => options.Markdown = Value(args, i),
            ["--lines"] = i => generatedLines = PositiveInt(args, i),
            ["--dense-lines"] = i => denseLines = PositiveInt(args, i),
            ["--flow-lines"] = i => flowLines = PositiveInt(args, i),
            ["--documents"] = i => options.Documents = PositiveInt(args, i),
            ["--profile"] = i => options.Profile = PositiveInt(args, i),
            ["--profile-start"] = i => options.ProfileStart = PositiveInt(args, i),
            ["--csc"] = i => options.Csc = PositiveInt(args, i),
            ["--corpus-dir"] = i => options.CorpusDirectory = Value(args, i),
            ["--define"] = i => options.Defines = Value(args, i).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ["--merge"] = i => options.MergeCounts = Value(args, i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException("--merge takes positive counts: 250,500,1000")).ToArray(),
        };
        for (var i = 0; i < args.Length; i++)
        {
            if (valued.TryGetValue(args[i], out var set))
            {
                set(++i);
                continue;
            }

            switch (args[i])
            {
                case "--quick":
                    options.Quick = true;
                    break;
                case "--no-peers":
                    options.NoPeers = true;
                    break;
                case "-h":
                case "--help":
                    throw new UsageException(string.Empty);
                default:
                    throw new UsageException("unknown argument: " + args[i]);
            }
        }

        if (options.Quick)
        {
            options.GeneratedLines = 6_000;
            options.DenseLines = 3_000;
            options.FlowLines = 3_000;
            options.Documents = 6;
            options.Corpora = new[] { "generated", "dense", "flow" };

            // Small corpora swing more per round: more rounds keep the paired median's verdict from flipping on one of them.
            options.Runs = 9;
        }

        options.Runs = runs ?? options.Runs;
        options.GeneratedLines = generatedLines ?? options.GeneratedLines;
        options.DenseLines = denseLines ?? options.DenseLines;
        options.FlowLines = flowLines ?? options.FlowLines;
        options.Corpora = corpus switch
        {
            null when options.CorpusDirectory != null => Array.Empty<string>(),
            null => options.Corpora,
            "all" => new[] { "generated", "dense", "flow", "self" },
            "generated" or "dense" or "flow" or "self" => new[] { corpus },
            _ => throw new UsageException("--corpus must be generated, dense, flow, self or all"),
        };
        return options;
    }

    public const string Usage = """
        usage: dotnet run -c Release --project tests/PrivacyAnalyzers.Benchmarks -- [options]
          --quick                 small corpora (6k, 3k and 3k lines) and 9 rounds, for a smoke run of a few minutes
          --runs N                measured rounds per corpus after the warm-up (default 5; --quick: 9)
          --corpus-dir DIR        also measure a real code base kept outside the repository: every .cs file under DIR,
                                  compiled as one library (alone, unless --corpus is given too)
          --define A;B            preprocessor symbols for --corpus-dir
          --corpus NAME           generated | dense | flow | self | all (default: all; --quick: generated, dense and flow)
          --markdown FILE         also write the tables as Markdown
          --merge 250,500,1000    measure merging that many generated project manifests (read, merge, write) instead
          --lines N               lines of the generated corpus (default 100000)
          --dense-lines N         lines of the dense corpus (default 15000)
          --flow-lines N          lines of the dense-flow corpus (default 15000)
          --documents N           largest documents timed IDE-style (default 10)
          --no-peers              skip NetAnalyzers and Meziantou.Analyzer
          --profile N             only run PrivacyAnalyzers N times on the first corpus (for dotnet-trace), print the times
          --profile-start N       only time the IDE's first document after an edit (compilation start), N rounds, ours and
                                  each of our analyzers alone against the no-op floor, on the first corpus
          --csc N                 only the SDK's own compiler (csc.dll, compiler server off), N rounds per chosen corpus:
                                  ours against the no-op and reporting floors, process CPU and wall, paired ratios
        """;

    private static string Value(string[] args, int i)
        => i < args.Length ? args[i] : throw new UsageException(args[i - 1] + " needs a value");

    private static int PositiveInt(string[] args, int i)
        => int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException(args[i - 1] + " needs a positive integer");
}

/// <summary>A command-line mistake: print the usage and stop.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
