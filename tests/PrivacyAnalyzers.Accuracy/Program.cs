using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using PrivacyAnalyzers.Accuracy;
using PrivacyAnalyzers.Testing;

// The accuracy runner: scan each corpus repository with the privacy tool, score the manifest against the
// labels. Usage (docs/accuracy.md):
//   dotnet run -c Release --project tests/PrivacyAnalyzers.Accuracy -- [--corpus DIR] [--cli PrivacyAnalyzers.Cli.dll]
//       [--only a,b] [--work DIR] [--reuse] [--markdown FILE] [--quiet]
var options = Options.Parse(args);
var root = RepositoryRoot();
var corpus = CorpusEntry.Parse(File.ReadAllText(Path.Combine(root, "tests", "Accuracy", "corpus.tsv")));
var scores = new List<Score>();
var output = new StringBuilder();
foreach (var entry in corpus)
{
    if (options.Only.Count > 0 && !options.Only.Contains(entry.Name))
    {
        continue;
    }

    var labelPath = Path.Combine(root, "tests", "Accuracy", "labels", entry.Name + ".tsv");
    var folder = Path.Combine(options.Corpus, entry.Name);
    if (!File.Exists(labelPath) || !Directory.Exists(folder))
    {
        Console.Error.WriteLine($"{entry.Name}: skipped ({(File.Exists(labelPath) ? "no folder " + folder + "; fetch it at " + entry.Commit : "no label file")})");
        continue;
    }

    var manifestPath = Path.Combine(options.Work, entry.Name + ".json");
    var seconds = 0.0;
    if (!options.Reuse || !File.Exists(manifestPath))
    {
        var target = entry.Mode == "folder" ? Staging.CopySources(folder, Path.Combine(options.Work, "staged", entry.Name)) : folder;
        var watch = Stopwatch.StartNew();
        var result = await ChildProcess.DotNetAsync(target, [options.Cli, "scan", target, "--format", "json", "--output", manifestPath, "--verbosity", "quiet"], timeout: TimeSpan.FromMinutes(30));
        seconds = watch.Elapsed.TotalSeconds;
        if (!File.Exists(manifestPath))
        {
            Console.Error.WriteLine($"{entry.Name}: the scan wrote no manifest{Environment.NewLine}{result}");
            continue;
        }
    }

    var json = File.ReadAllText(manifestPath);
    var score = Scorer.Score(entry.Name, LabelFile.Parse(File.ReadAllText(labelPath), entry.Name + ".tsv"), ManifestReader.Sites(json));
    scores.Add(score);
    Console.WriteLine($"{entry.Name}: {Report.Line(score)}{(seconds > 0 ? string.Create(CultureInfo.InvariantCulture, $"  ({seconds:0.0} s)") : string.Empty)}");
    if (!options.Quiet)
    {
        Report.Details(score, Console.Out);
    }
}

var total = Score.Sum("overall", scores);
Console.WriteLine($"overall: {Report.Line(total)}");
foreach (var group in scores.GroupBy(s => corpus.First(c => c.Name == s.Name).Platform.StartsWith("aspnetcore", StringComparison.Ordinal) || corpus.First(c => c.Name == s.Name).Platform == "library" ? "server and library" : "mobile, game and desktop"))
{
    Console.WriteLine($"{group.Key}: {Report.Line(Score.Sum(group.Key, group))}");
}

if (options.Markdown != null)
{
    File.WriteAllText(options.Markdown, Report.Table(scores, total));
}

return 0;

static string RepositoryRoot()
{
    var recorded = typeof(Scorer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
    return recorded ?? throw new InvalidOperationException("The runner was built without its RepositoryRoot.");
}

/// <summary>The runner's command line.</summary>
internal sealed record Options(string Corpus, string Cli, string Work, IReadOnlySet<string> Only, bool Reuse, string? Markdown, bool Quiet)
{
    public static Options Parse(string[] args)
    {
        var corpus = Environment.GetEnvironmentVariable("PRIVACY_ACCURACY_CORPUS") ?? "/work/corpus";
        string? cli = null;
        var work = Path.Combine(Path.GetTempPath(), "privacy-accuracy");
        var only = new HashSet<string>(StringComparer.Ordinal);
        var reuse = false;
        var quiet = false;
        string? markdown = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--corpus": corpus = Path.GetFullPath(Next()); break;
                case "--cli": cli = Path.GetFullPath(Next()); break;
                case "--work": work = Path.GetFullPath(Next()); break;
                case "--only": only.UnionWith(Next().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--reuse": reuse = true; break;
                case "--quiet": quiet = true; break;
                case "--markdown": markdown = Path.GetFullPath(Next()); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        Directory.CreateDirectory(work);
        return new Options(corpus, cli ?? DefaultCli(), work, only, reuse, markdown, quiet);
    }

    /// <summary>The tool built from this tree (Release first), as docs/accuracy.md builds it.</summary>
    private static string DefaultCli()
    {
        var root = typeof(Scorer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var path = Path.Combine(root, "src", "PrivacyAnalyzers.Cli", "bin", configuration, "net10.0", "PrivacyAnalyzers.Cli.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new ArgumentException("no built privacy tool: build src/PrivacyAnalyzers.Cli or pass --cli PrivacyAnalyzers.Cli.dll");
    }
}
