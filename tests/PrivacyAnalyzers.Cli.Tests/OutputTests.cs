namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>Outputs are deterministic and written atomically; Ctrl-C leaves nothing behind.</summary>
[Collection(SamplesCollection.Name)]
public sealed class OutputTests(SamplesFixture samples)
{
    [Fact]
    public async Task TwoScansAreByteIdenticalAndLeaveNoTemporaryFile()
    {
        samples.RequireRestored();
        var folder = samples.NewOutputFolder();
        var first = Path.Combine(folder, "first.json");
        var second = Path.Combine(folder, "second.json");
        var one = await Tool.RunAsync("scan", samples.Solution, "--output", first);
        var two = await Tool.RunAsync("scan", samples.Solution, "--output", second, "--verbosity", "quiet");
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        Assert.Equal(string.Empty, one.StandardOutput);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(new[] { "first.json", "second.json" }, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain(samples.Root, File.ReadAllText(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputOverwritesAtomicallyAndCreatesItsFolder()
    {
        samples.RequireRestored();
        var folder = Path.Combine(samples.NewOutputFolder(), "reports");
        var target = Path.Combine(folder, "privacy.sarif");
        Directory.CreateDirectory(folder);
        File.WriteAllText(target, "old content");
        var run = await Tool.RunAsync("scan", samples.LooseFolder, "--format", "sarif", "-o", target);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(new[] { "privacy.sarif" }, Directory.GetFiles(folder).Select(Path.GetFileName).ToArray());

        var nested = Path.Combine(samples.NewOutputFolder(), "a", "b", "manifest.md");
        Assert.Equal(0, (await Tool.RunAsync("scan", samples.LooseFolder, "-f", "markdown", "-o", nested)).ExitCode);
        Assert.True(File.Exists(nested));
    }

    [Fact]
    public async Task TimestampIsOnlyWrittenWhenAskedFor()
    {
        var run = await Tool.RunAsync("scan", samples.LooseFolder, "--timestamp");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches("\"generatedAt\": \"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\"", run.StandardOutput);
    }

    [Fact]
    public async Task CancellingLeavesNoFile()
    {
        samples.RequireRestored();
        var folder = samples.NewOutputFolder();
        var target = Path.Combine(folder, "manifest.json");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var run = await Tool.RunAsync(cancellation.Token, "scan", samples.Solution, "--output", target);
        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("cancelled", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }
}
