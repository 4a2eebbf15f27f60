using PrivacyAnalyzers.Manifests;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Cli.Tests.Merge;

/// <summary>
/// <c>privacy merge</c> gives the bytes <c>privacy scan</c> of the whole solution writes, whatever the order and the
/// sharding of its parts (per-project scans, shards merged first); render, diff and check read its output.
/// </summary>
[Collection(MergeCollection.Name)]
public sealed class MergeTests(MergeFixture solution)
{
    [Fact]
    public async Task Merging_per_project_scans_in_any_order_and_sharding_gives_the_solution_scan()
    {
        solution.RequireBuilt();
        var whole = await ScanAsync(solution.Solution);
        Assert.Contains("\"Jobs\"", whole, StringComparison.Ordinal);
        Assert.Contains("Shared/Device.cs", whole, StringComparison.Ordinal);
        Assert.Contains("\"recipients\"", whole, StringComparison.Ordinal);

        var folder = solution.NewOutputFolder();
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in MergeFixture.Projects)
        {
            parts[name] = Path.Combine(folder, name + ".json");
            await File.WriteAllTextAsync(parts[name], await ScanAsync(solution.Project(name)));
        }

        string[][] orders = [["Core", "Web", "Jobs"], ["Jobs", "Web", "Core"], ["Web", "Jobs", "Core"]];
        foreach (var order in orders)
        {
            Assert.Equal(whole, await MergeAsync(folder, order.Select(n => parts[n]).ToArray()));
        }

        // Shards: two projects merged first, then the shard with the third; and a project in two shards.
        var shard = Path.Combine(folder, "shard-core-web.json");
        await File.WriteAllTextAsync(shard, await MergeAsync(folder, parts["Core"], parts["Web"]));
        Assert.Equal(whole, await MergeAsync(folder, parts["Jobs"], shard));
        var overlapping = Path.Combine(folder, "shard-web-jobs.json");
        await File.WriteAllTextAsync(overlapping, await MergeAsync(folder, parts["Web"], parts["Jobs"]));
        Assert.Equal(whole, await MergeAsync(folder, overlapping, shard));
    }

    [Fact]
    public async Task The_build_s_compiler_logs_merge_into_the_solution_scan_but_for_the_document_counts()
    {
        solution.RequireBuilt();
        var whole = BuildManifest.ReadJson(await WriteAsync(await ScanAsync(solution.Solution)));
        var logs = MergeFixture.Projects.Select(name => BuildManifest.FromCompilerLog(
            solution.CompilerLog(name),
            name,
            solution.Project(name),
            solution.Root,
            policyFile: null,
            documents: whole.Scan.Projects.Single(p => p.Name == name).Documents)).ToList();
        var merged = BuildManifest.Merge(logs, new MergeRoot("All.sln", "solution", string.Empty));
        Assert.Equal(BuildManifest.ToJson(whole), BuildManifest.ToJson(merged));

        // The same through the command line, where a log does not say how many documents its project has.
        var cli = BuildManifest.ReadJson(await WriteAsync(await MergeAsync(solution.Root, MergeFixture.Projects.Select(n => n + "=" + solution.CompilerLog(n)).Reverse().ToArray())));
        Assert.Equal(
            BuildManifest.ToJson(whole with { Scan = whole.Scan with { Projects = whole.Scan.Projects.Select(p => p with { Documents = 0 }).ToList() } }),
            BuildManifest.ToJson(cli));
    }

    [Fact]
    public async Task Render_diff_and_check_read_the_merged_manifest()
    {
        solution.RequireBuilt();
        var folder = solution.NewOutputFolder();
        var parts = new List<string>();
        foreach (var name in MergeFixture.Projects)
        {
            var part = Path.Combine(folder, name + ".json");
            await File.WriteAllTextAsync(part, await ScanAsync(solution.Project(name)));
            parts.Add(part);
        }

        var merged = Path.Combine(folder, "merged.json");
        var run = await Tool.RunAsync(["merge", .. parts, "--solution", solution.Solution, "--output", merged]);
        Assert.True(run.ExitCode == 0, run.ToString());

        var whole = await WriteAsync(await ScanAsync(solution.Solution));
        var render = await Tool.RunAsync("render", merged, "--format", "markdown");
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Equal((await Tool.RunAsync("render", whole, "--format", "markdown")).StandardOutput, render.StandardOutput);

        var diff = await Tool.RunAsync("diff", whole, merged);
        Assert.True(diff.ExitCode == 0, diff.ToString());

        var check = await Tool.RunAsync("check", merged);
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("Core/Visitors.cs(12,", check.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(": PRIV001: ", check.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_shards_that_disagree_about_a_site_are_refused_naming_both()
    {
        solution.RequireBuilt();
        var folder = solution.NewOutputFolder();
        var core = BuildManifest.ReadJson(await WriteAsync(await ScanAsync(solution.Project("Core"))));
        var edited = core with
        {
            Categories = core.Categories.Select(c => c with { Sites = c.Sites.Select(s => s with { Member = s.Member + "Changed" }).ToList() }).ToList(),
        };
        var first = Path.Combine(folder, "shard-1.json");
        var second = Path.Combine(folder, "shard-2.json");
        await File.WriteAllTextAsync(first, BuildManifest.ToJson(core));
        await File.WriteAllTextAsync(second, BuildManifest.ToJson(edited));

        var run = await Tool.RunAsync("merge", first, second, "--solution", solution.Solution);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(first, run.StandardError, StringComparison.Ordinal);
        Assert.Contains(second, run.StandardError, StringComparison.Ordinal);
        Assert.Contains("disagree", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(run.StandardOutput);
    }

    [Fact]
    public async Task Parts_of_different_roots_need_the_solution_named()
    {
        solution.RequireBuilt();
        var folder = solution.NewOutputFolder();
        var core = Path.Combine(folder, "core.json");
        var web = Path.Combine(folder, "web.json");
        await File.WriteAllTextAsync(core, await ScanAsync(solution.Project("Core")));
        await File.WriteAllTextAsync(web, await ScanAsync(solution.Project("Web")));

        var run = await Tool.RunAsync("merge", core, web);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--solution", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_s_coverage_gaps_seen_by_two_shards_count_once()
    {
        solution.RequireBuilt();
        var root = new MergeRoot("All.sln", "solution", string.Empty);
        var parts = new Dictionary<string, Manifest>(StringComparer.Ordinal);
        foreach (var name in MergeFixture.Projects)
        {
            parts[name] = BuildManifest.ReadJson(await WriteAsync(await ScanAsync(solution.Project(name))));
        }

        // Calls the flow analysis could not follow, in Web's first category (a count: a manifest lists no calls).
        var category = parts["Web"].Categories[0].Id;
        parts["Web"] = parts["Web"] with { Categories = parts["Web"].Categories.Select(c => c.Id == category ? c with { CoverageGaps = 2 } : c).ToList() };
        int? Gaps(Manifest manifest) => manifest.Categories.Single(c => c.Id == category).CoverageGaps;

        // Disjoint parts add up; Web's manifest in two shards' uploads (built by both) counts once, as its sites do.
        Assert.Equal(2, Gaps(BuildManifest.Merge([parts["Core"], parts["Web"], parts["Jobs"]], root)));
        var twice = BuildManifest.Merge([parts["Core"], parts["Web"], parts["Web"], parts["Jobs"]], root);
        Assert.Equal(2, Gaps(twice));
        Assert.Equal(BuildManifest.ToJson(BuildManifest.Merge([parts["Core"], parts["Web"], parts["Jobs"]], root)), BuildManifest.ToJson(twice));
        var shard = BuildManifest.Merge([parts["Core"], parts["Web"]], root);
        Assert.Equal(2, Gaps(BuildManifest.Merge([shard, parts["Jobs"]], root)));

        // Two merged shards that share Web, both with its gaps: the count cannot be split by project, so it is refused.
        var other = BuildManifest.Merge([parts["Web"], parts["Jobs"]], root);
        var error = Assert.Throws<ManifestMergeException>(() => BuildManifest.Merge([shard, other], root));
        Assert.Contains("part 1 (Core, Web)", error.Message, StringComparison.Ordinal);
        Assert.Contains("part 2 (Jobs, Web)", error.Message, StringComparison.Ordinal);
        Assert.Contains("coverage gaps of " + category, error.Message, StringComparison.Ordinal);
    }

    private async Task<string> ScanAsync(string path)
    {
        var run = await Tool.RunAsync("scan", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.StandardOutput;
    }

    private async Task<string> MergeAsync(string folder, params string[] parts)
    {
        var output = Path.Combine(folder, Guid.NewGuid().ToString("N")[..8] + ".json");
        var run = await Tool.RunAsync(["merge", .. parts, "--solution", solution.Solution, "--output", output]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return await File.ReadAllTextAsync(output);
    }

    private async Task<string> WriteAsync(string json)
    {
        var path = Path.Combine(solution.NewOutputFolder(), "manifest.json");
        await File.WriteAllTextAsync(path, json);
        return path;
    }
}
