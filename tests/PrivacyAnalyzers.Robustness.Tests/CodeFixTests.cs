using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PrivacyAnalyzers.Robustness.Tests;

/// <summary>
/// Never break the user's code: every fixer (found by reflection) is applied to real projects, the
/// first action it offers, one diagnostic at a time until nothing fixable is left. The result must
/// compile with no new error, keep the code around each edit as it was, be stable (fixing again
/// changes nothing), and equal what Fix All in solution scope produces for the same action.
/// </summary>
public sealed class CodeFixTests
{
    private static readonly ConcurrentDictionary<string, Task<(Solution Solution, IReadOnlyList<FixStep> Steps)>> OneByOne = new(StringComparer.Ordinal);

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var project in Corpora.Samples.Concat(Corpora.Seeds))
        {
            data.Add(project.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task FixesCompileAndLeaveTheCodeAroundThemAlone(string name)
    {
        var solution = Solution(name);
        var (fixedSolution, steps) = await FixAsync(name);

        var problems = new List<string>();
        foreach (var step in steps)
        {
            problems.AddRange((await EditCheck.ViolationsAsync(step)).Select(v => $"{step}:\n{v}"));
        }

        var newErrors = Except(await FixHarness.CompilerErrorsAsync(fixedSolution), await FixHarness.CompilerErrorsAsync(solution));
        problems.AddRange(newErrors.Select(e => "new compiler error: " + e));
        Assert.True(problems.Count == 0, $"{name}, {steps.Count} fixes applied:\n" + string.Join("\n\n", problems.Take(8)));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task FixingAgainChangesNothing(string name)
    {
        var (fixedSolution, steps) = await FixAsync(name);
        var texts = await FixHarness.TextsAsync(fixedSolution);

        // One by one: nothing left to offer.
        var (_, again) = await FixHarness.FixOneByOneAsync(fixedSolution, Plugins.Fixers(), maxSteps: 5);
        Assert.True(again.Count == 0, "a second pass still fixed: " + string.Join("; ", again));

        // Fix All with every action used: no change either.
        foreach (var (fixer, key) in steps.Select(s => (s.Fixer, s.Action.EquivalenceKey!)).DistinctBy(s => (s.Fixer.GetType(), s.Item2)))
        {
            var refixed = await FixHarness.FixAllAsync(fixedSolution, fixer, key);
            AssertSameTexts(texts, await FixHarness.TextsAsync(refixed), $"Fix All '{key}' on the fixed code");
        }
    }

    /// <summary>
    /// Fix All for an action's equivalence key does what applying that action to each diagnostic does.
    /// The texts must be equal; where they are not, because one fix made another diagnostic go away
    /// (a declaration of <c>user.device</c> covers the cookie id fixed next), the two results must leave
    /// the same diagnostics, and Fix All must leave the code around its edits alone.
    /// </summary>
    [Theory]
    [MemberData(nameof(Projects))]
    public async Task FixAllInSolutionScopeEqualsFixingOneByOne(string name)
    {
        var solution = Solution(name);
        var baseline = await FixHarness.CompilerErrorsAsync(solution);
        var original = await DiagnosticsAsync(solution);
        var compared = 0;
        foreach (var fixer in Plugins.Fixers())
        {
            foreach (var key in await FirstKeysAsync(solution, fixer))
            {
                var what = $"{fixer.GetType().Name} '{key}'";
                var (oneByOne, _) = await FixHarness.FixOneByOneAsync(solution, ImmutableArray.Create(fixer), actions => actions.FirstOrDefault(a => a.EquivalenceKey == key));
                var fixAll = await FixHarness.FixAllAsync(solution, fixer, key);
                Assert.Empty(Except(await FixHarness.CompilerErrorsAsync(fixAll), baseline));
                var targeted = original.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToList();
                var violations = await EditCheck.ViolationsAsync(solution, fixAll, targeted);
                Assert.True(violations.Count == 0, $"{what}: Fix All changed the code around its edits:\n" + string.Join("\n", violations.Take(5)));

                var expectedTexts = await FixHarness.TextsAsync(oneByOne);
                var actualTexts = await FixHarness.TextsAsync(fixAll);
                if (!expectedTexts.SequenceEqual(actualTexts))
                {
                    var left = Describe(await DiagnosticsAsync(oneByOne));
                    var right = Describe(await DiagnosticsAsync(fixAll));
                    Assert.True(
                        left.SequenceEqual(right),
                        $"{what}: Fix All and one-by-one leave different diagnostics.\nOnly after one by one:\n  {string.Join("\n  ", left.Except(right))}\nOnly after Fix All:\n  {string.Join("\n  ", right.Except(left))}\n"
                        + string.Join("\n", expectedTexts.Where(t => t.Value != actualTexts[t.Key]).Select(t => $"{t.Key} (- one by one, + Fix All):\n{EditCheck.Diff(t.Value, actualTexts[t.Key])}")));
                }

                compared++;
            }
        }

        if (name.Contains("Corpus", StringComparison.Ordinal))
        {
            Assert.True(compared > 0, "the seed project offers no fix at all");
        }
    }

    /// <summary>The seed programs must keep every fixer busy, so a fixer added later is tested here too (or the seeds grow).</summary>
    [Fact]
    public async Task TheSeedProgramsExerciseEveryFixer()
    {
        var used = new HashSet<Type>();
        foreach (var project in Corpora.Seeds)
        {
            var (_, steps) = await FixAsync(project.Name);
            used.UnionWith(steps.Select(s => s.Fixer.GetType()));
        }

        Assert.Equal(
            Plugins.Fixers().Select(f => f.GetType().Name).OrderBy(n => n, StringComparer.Ordinal),
            used.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    /// <summary>
    /// The package serves one PrivacyPolicy.txt at the repository root to every project. Fix All in
    /// solution scope must leave that one file with every project's allowances: two copies edited
    /// differently cannot both be saved, and the last one written wins.
    /// </summary>
    [Fact]
    public async Task FixAllInSolutionScopeKeepsASharedPolicyWhole()
    {
        var projects = Corpora.Seeds.Where(p => !p.Name.EndsWith("ConsoleTool", StringComparison.Ordinal)).ToList();
        var solution = FixHarness.CreateSolution(projects, Corpora.PathOf("tests/PrivacyAnalyzers.Robustness.Tests/Corpus/PersonalDataSources.txt"), SeedSources);
        var fixer = Plugins.Fixers().Single(f => f.GetType().Name == "PolicyFixer");
        var keys = await FirstKeysAsync(solution, fixer);
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var fixAll = await FixHarness.FixAllAsync(solution, fixer, key);
            var policies = fixAll.Projects
                .SelectMany(p => p.AdditionalDocuments.Where(d => d.FilePath == projects[0].PolicyPath).Select(d => (p.Name, Text: d.GetTextAsync().Result.ToString())))
                .ToList();
            Assert.Equal(projects.Count, policies.Count);
            var distinct = policies.Select(p => p.Text).Distinct(StringComparer.Ordinal).ToList();
            Assert.True(
                distinct.Count == 1,
                $"Fix All '{key}' left {distinct.Count} different versions of the one policy file {projects[0].PolicyPath}:\n"
                + string.Join("\n", policies.Select(p => $"--- as edited for {p.Name}:\n{p.Text}")));
        }
    }

    private static string SeedSources => File.ReadAllText(Path.Combine(Repo.TestProject, "Corpus", "PersonalDataSources.txt"));

    private static Solution Solution(string name)
    {
        var project = Corpora.Samples.Concat(Corpora.Seeds).Single(p => p.Name == name);
        return project.Name.StartsWith("tests/", StringComparison.Ordinal)
            ? FixHarness.CreateSolution(new[] { project }, Corpora.PathOf("tests/PrivacyAnalyzers.Robustness.Tests/Corpus/PersonalDataSources.txt"), SeedSources)
            : FixHarness.CreateSolution(new[] { project });
    }

    /// <summary>The one-by-one run of a project, computed once for the tests that need it.</summary>
    private static Task<(Solution Solution, IReadOnlyList<FixStep> Steps)> FixAsync(string name)
        => OneByOne.GetOrAdd(name, n => FixHarness.FixOneByOneAsync(Solution(n), Plugins.Fixers()));

    /// <summary>The equivalence keys of the first action the fixer offers for each of its diagnostics: what a user picks most.</summary>
    private static async Task<IReadOnlyList<string>> FirstKeysAsync(Solution solution, CodeFixProvider fixer)
    {
        var keys = new List<string>();
        foreach (var project in solution.Projects)
        {
            foreach (var diagnostic in await FixHarness.AnalyzeAsync(project))
            {
                if (fixer.FixableDiagnosticIds.Contains(diagnostic.Id) && project.GetDocument(diagnostic.Location.SourceTree) is { } document
                    && (await FixHarness.ActionsAsync(fixer, document, diagnostic)).FirstOrDefault() is CodeAction { EquivalenceKey: { } key }
                    && !keys.Contains(key))
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }

    private static async Task<IReadOnlyList<Diagnostic>> DiagnosticsAsync(Solution solution)
    {
        var all = new List<Diagnostic>();
        foreach (var project in solution.Projects)
        {
            all.AddRange(await FixHarness.AnalyzeAsync(project));
        }

        return all;
    }

    /// <summary>Diagnostics as id, file and message: positions move with the lines a fix adds.</summary>
    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Id} {Path.GetFileName(d.Location.GetLineSpan().Path)}: {d.GetMessage()}").OrderBy(s => s, StringComparer.Ordinal).ToList();

    private static List<string> Except(IReadOnlyList<string> after, IReadOnlyList<string> before)
    {
        var remaining = before.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var added = new List<string>();
        foreach (var error in after)
        {
            if (remaining.TryGetValue(error, out var count) && count > 0)
            {
                remaining[error] = count - 1;
            }
            else
            {
                added.Add(error);
            }
        }

        return added;
    }

    private static void AssertSameTexts(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual, string what)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, text) in expected)
        {
            if (text != actual[path])
            {
                Assert.Fail($"{what}: {path} differs:\n{EditCheck.Diff(text, actual[path])}");
            }
        }
    }
}
