using System.Reflection;
using PrivacyAnalyzers.Manifests.Formats;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Issue 13 §6: <c>privacy render manifest.json --format F</c> writes what <c>privacy scan --format F</c>
/// writes for the same scan, byte for byte: CI scans once and renders every format.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class RenderTests(SamplesFixture samples)
{
    public static TheoryData<string> Formats() => new(ManifestFormats.Names);

    /// <summary>The QuickStart sample, in a repository of its own at the same path, so SARIF's paths carry the repository prefix.</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public async Task RenderOfTheQuickStartManifestIsWhatScanWrites(string format)
    {
        var folder = samples.NewOutputFolder();
        var repository = Path.Combine(folder, "repo");
        var quickStart = Path.Combine(repository, "docs", "samples", "QuickStart");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(Path.Combine(repository, ".git", "HEAD"), "ref: refs/heads/main\n");
        Directory.CreateDirectory(quickStart);
        File.Copy(Path.Combine(RepositoryRoot(), "docs", "samples", "QuickStart", "Program.cs"), Path.Combine(quickStart, "Program.cs"));

        var manifest = Path.Combine(folder, "manifest.json");
        var json = await Tool.RunAsync("scan", quickStart, "--output", manifest);
        Assert.True(json.ExitCode is 0 or 2, json.ToString());
        Assert.Contains("\"repositoryPath\": \"docs/samples/QuickStart/\"", File.ReadAllText(manifest), StringComparison.Ordinal);

        var scanned = Path.Combine(folder, "scanned." + format);
        var scan = await Tool.RunAsync("scan", quickStart, "--format", format, "--output", scanned);
        Assert.Equal(json.ExitCode, scan.ExitCode);

        var rendered = Path.Combine(folder, "rendered." + format);
        var render = await Tool.RunAsync("render", manifest, "--format", format, "--output", rendered);
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Equal(File.ReadAllBytes(scanned), File.ReadAllBytes(rendered));
        if (format == "sarif")
        {
            Assert.Contains("docs/samples/QuickStart/Program.cs", File.ReadAllText(rendered), StringComparison.Ordinal);
        }
    }

    /// <summary>A restored project (project mode), rendered to stdout.</summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public async Task RenderOfAProjectManifestIsWhatScanWrites(string format)
    {
        var folder = samples.NewOutputFolder();
        var manifest = Path.Combine(folder, "manifest.json");
        await File.WriteAllTextAsync(manifest, await samples.ScanOutputAsync(samples.WebAppProject));

        var render = await Tool.RunAsync("render", manifest, "--format", format);
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Equal(await samples.ScanOutputAsync(samples.WebAppProject, "--format", format), render.StandardOutput);
    }

    [Fact]
    public async Task RenderNeedsAManifestAndAFormat()
    {
        var folder = samples.NewOutputFolder();
        var notAManifest = Path.Combine(folder, "other.json");
        File.WriteAllText(notAManifest, "{}");
        Assert.Equal(2, (await Tool.RunAsync("render", notAManifest, "--format", "markdown")).ExitCode);
        Assert.Equal(2, (await Tool.RunAsync("render", Path.Combine(folder, "missing.json"), "--format", "markdown")).ExitCode);
        Assert.Equal(2, (await Tool.RunAsync("render", notAManifest)).ExitCode);
    }

    [Fact]
    public async Task HelpNamesTheCommandPrivacyInProcessToo()
    {
        var run = await Tool.RunAsync("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:\n  privacy [command] [options]", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("render <manifest>", run.StandardOutput, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
        => typeof(RenderTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
}
