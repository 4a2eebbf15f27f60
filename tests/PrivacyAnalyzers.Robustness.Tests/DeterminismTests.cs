using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Robustness.Tests;

/// <summary>
/// Never lose data to a race: analysis of a multi-file code base with concurrent execution reports
/// the same diagnostics (id, location, message, properties, additional locations) run after run, and
/// the same as a sequential analysis. The analyzers are reused across runs, as an IDE reuses them
/// across compilations, so state leaking from one compilation into the next shows too.
/// </summary>
public sealed class DeterminismTests
{
    private const int ConcurrentRuns = 5;

    private const int SeedCopies = 9;

    [Fact]
    public async Task ConcurrentAnalysisIsDeterministicAndMatchesSequentialAnalysis()
    {
        var trees = Trees();
        Assert.True(trees.Length >= 50, $"the corpus has only {trees.Length} files");
        var files = ImmutableArray.Create(AdditionalInputs.PolicyFile(), AdditionalInputs.SourcesFile());
        var analyzers = Plugins.Analyzers();

        var runs = new List<IReadOnlyList<string>>();
        for (var i = 0; i < ConcurrentRuns; i++)
        {
            // A fresh compilation over the same trees: nothing bound, nothing cached.
            var run = await Analysis.RunAsync(Analysis.Compile(trees), files, concurrent: true, analyzers: analyzers);
            Analysis.AssertSound(run, $"concurrent run {i + 1}");
            runs.Add(Describe(run.Diagnostics));
        }

        Assert.True(runs[0].Count > 100, $"only {runs[0].Count} diagnostics: the corpus does not exercise the rules");
        for (var i = 1; i < runs.Count; i++)
        {
            AssertSame(runs[0], runs[i], $"concurrent run {i + 1}");
        }

        var sequential = await Analysis.RunAsync(Analysis.Compile(trees), files, concurrent: false, analyzers: Plugins.Analyzers());
        AssertSame(runs[0], Describe(sequential.Diagnostics), "the sequential run");
    }

    /// <summary>
    /// The generated enterprise code base (tests/Shared/CorpusGenerator.cs), dense in sites, and copies
    /// of the seed programs in their own namespaces (they raise every rule, PRIV002 to PRIV008 included).
    /// </summary>
    private static ImmutableArray<SyntaxTree> Trees()
    {
        var generated = CorpusGenerator.Generate(new CorpusOptions(Seed: 5150, TargetLines: 1_000, MethodsPerSite: 5, DeclaredFraction: 0.5))
            .Files.Select(f => (Path: "/repo/generated/" + f.Path, f.Text));
        var seeds = Corpora.Seeds.Where(p => p.OutputKind == OutputKind.DynamicallyLinkedLibrary).SelectMany(p => p.Files).ToList();
        var copies = Enumerable.Range(0, SeedCopies).SelectMany(copy => seeds.Select(f => (
            Path: f.Path.Replace("/Corpus/", $"/Corpus/copy{copy}/", StringComparison.Ordinal),
            Text: copy == 0 ? f.Text : f.Text.Replace("namespace Seeds.", $"namespace Copy{copy}.Seeds.", StringComparison.Ordinal).Replace("using Seeds.", $"using Copy{copy}.Seeds.", StringComparison.Ordinal))));
        return generated.Concat(copies).Select(f => CSharpSyntaxTree.ParseText(f.Text, Analysis.ParseOptions, f.Path)).ToImmutableArray();
    }

    private static IReadOnlyList<string> Describe(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics
            .Select(d => string.Join(
                " | ",
                d.Id,
                d.Severity,
                Describe(d.Location),
                d.GetMessage(),
                string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)),
                string.Join(";", d.AdditionalLocations.Select(Describe))))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

    private static string Describe(Location location) => $"{location.GetLineSpan().Path}{location.SourceSpan}";

    private static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        var missing = expected.Except(actual).Take(5).ToList();
        var extra = actual.Except(expected).Take(5).ToList();
        Assert.Fail($"{what} differs from the first concurrent run ({expected.Count} vs {actual.Count} diagnostics).\nMissing:\n  {string.Join("\n  ", missing)}\nExtra:\n  {string.Join("\n  ", extra)}");
    }
}
