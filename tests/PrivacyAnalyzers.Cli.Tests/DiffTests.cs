using System.Text.Json.Nodes;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary><c>privacy diff</c>: what a change starts or stops collecting; exit 1 when collection grew.</summary>
[Collection(SamplesCollection.Name)]
public sealed class DiffTests(SamplesFixture samples)
{
    [Fact]
    public async Task AddedCategoryIsGrowth()
    {
        var (before, after) = await ManifestsAsync();
        var run = await Tool.RunAsync("diff", before, after);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("## Privacy: what this change collects", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("### Starts collecting", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("`user.contact.email`", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("`user.device.ip_address`", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("### New collection sites", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedCategoryIsNotGrowth()
    {
        var (_, after) = await ManifestsAsync();

        // The same app without its IP address collection.
        var manifest = JsonNode.Parse(File.ReadAllText(after))!;
        var categories = manifest["categories"]!.AsArray();
        categories.Remove(categories.Single(c => (string?)c!["id"] == "user.device.ip_address"));
        var smaller = Path.Combine(samples.NewOutputFolder(), "smaller.json");
        File.WriteAllText(smaller, manifest.ToJsonString());

        var run = await Tool.RunAsync("diff", after, smaller);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("### Stops collecting", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- IP address (`user.device.ip_address`)", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("does not collect more", run.StandardOutput, StringComparison.Ordinal);

        var back = await Tool.RunAsync("diff", smaller, after);
        Assert.True(back.ExitCode == 1, back.ToString());
    }

    [Fact]
    public async Task SameManifestIsNoChange()
    {
        var (_, after) = await ManifestsAsync();
        var folder = samples.NewOutputFolder();
        var output = Path.Combine(folder, "comment.md");
        var run = await Tool.RunAsync("diff", after, after, "--output", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No change", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(new[] { "comment.md" }, Directory.GetFiles(folder).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public async Task BadInputExitsTwo()
    {
        var (_, after) = await ManifestsAsync();
        var folder = samples.NewOutputFolder();
        var notJson = Path.Combine(folder, "not.json");
        File.WriteAllText(notJson, "{ this is not json");
        var otherJson = Path.Combine(folder, "other.json");
        File.WriteAllText(otherJson, "{ \"name\": \"not a manifest\" }");
        Assert.Equal(2, (await Tool.RunAsync("diff", Path.Combine(folder, "missing.json"), after)).ExitCode);
        Assert.Equal(2, (await Tool.RunAsync("diff", notJson, after)).ExitCode);
        Assert.Equal(2, (await Tool.RunAsync("diff", after, otherJson)).ExitCode);
        Assert.Equal(2, (await Tool.RunAsync("diff", after)).ExitCode);
    }

    /// <summary>Before: the fully declared library (a cookie). After: the web app (IP address, email, cookie).</summary>
    private async Task<(string Before, string After)> ManifestsAsync()
    {
        var before = await samples.CachedAsync("scan", samples.FullyDeclaredProject);
        var after = await samples.CachedAsync("scan", samples.WebAppProject, "--format", "json");
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.True(after.ExitCode == 0, after.ToString());
        var folder = Path.Combine(samples.Root, "diff-inputs");
        Directory.CreateDirectory(folder);
        var beforePath = Path.Combine(folder, "before.json");
        var afterPath = Path.Combine(folder, "after.json");
        File.WriteAllText(beforePath, before.StandardOutput);
        File.WriteAllText(afterPath, after.StandardOutput);
        return (beforePath, afterPath);
    }
}
