namespace PrivacyAnalyzers.Cli.Tests;

/// <summary><c>privacy check</c>: 0 when everything is declared and allowed, 1 with the findings, 2 on bad input.</summary>
[Collection(SamplesCollection.Name)]
public sealed class CheckTests(SamplesFixture samples)
{
    [Fact]
    public async Task FailsWithTheFindingsWhenASiteIsUndeclared()
    {
        var run = await samples.CachedAsync("check", samples.WebAppProject);
        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var finding = Assert.Single(lines, l => l.Contains(": PRIV001: ", StringComparison.Ordinal));
        // file(line,col): id: message
        Assert.Matches(@"^.*Program\.cs\(\d+,\d+\): PRIV001: HttpRequest\.Cookies.*collects Cookie ID \(user\.device\.cookie_id\)", finding);
        Assert.All(lines, l => Assert.Matches(@"^.+\(\d+,\d+\): PRIV\d{3}: .+", l));
    }

    [Fact]
    public async Task PassesWhenEverySiteIsDeclaredAndAllowed()
    {
        var run = await samples.CachedAsync("check", samples.FullyDeclaredProject);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.StandardOutput);
    }

    [Fact]
    public async Task MissingPathIsAUsageError()
    {
        var run = await Tool.RunAsync("check", Path.Combine(samples.Root, "does-not-exist"));
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.StandardOutput);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("does not exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageProjectIsALoadErrorWithoutAStackTrace()
    {
        samples.RequireRestored();
        foreach (var command in new[] { "check", "scan" })
        {
            var run = await Tool.RunAsync(command, samples.BrokenProject);
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Equal(string.Empty, run.StandardOutput);
            var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: ", line, StringComparison.Ordinal);
            Assert.Contains("Broken", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AProjectThatDoesNotCompileIsOneLineAndExitTwo()
    {
        samples.RequireRestored();
        var run = await Tool.RunAsync("scan", samples.ErroneousProject);
        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Erroneous: does not compile: 1 compile error, first: Device.cs(7,", line, StringComparison.Ordinal);
        Assert.Contains("CS0029", line, StringComparison.Ordinal);

        // What could be analysed is still written, labelled partial.
        Assert.Contains("\"partial\": true", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"compile-errors\"", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Environment.MachineName", run.StandardOutput, StringComparison.Ordinal);

        var check = await Tool.RunAsync("check", samples.ErroneousProject);
        Assert.True(check.ExitCode == 2, check.ToString());
    }

    [Fact]
    public async Task ASolutionWithAnUnloadableProjectGivesPartialResultsAndExitTwo()
    {
        samples.RequireRestored();
        var folder = samples.NewOutputFolder();
        var json = await Tool.RunAsync("scan", samples.MixedSolution, "--output", Path.Combine(folder, "manifest.json"));
        Assert.True(json.ExitCode == 2, json.ToString());
        Assert.Contains("Broken", json.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", json.StandardError, StringComparison.Ordinal);
        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));
        Assert.Contains("\"partial\": true", manifest, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"failed\"", manifest, StringComparison.Ordinal);
        Assert.Contains("user.device.cookie_id", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(samples.Root, manifest, StringComparison.Ordinal);

        var markdown = await Tool.RunAsync("scan", samples.MixedSolution, "--format", "markdown");
        Assert.Equal(2, markdown.ExitCode);
        Assert.Contains("> **Partial results:** Broken was not analysed", markdown.StandardOutput, StringComparison.Ordinal);

        var check = await Tool.RunAsync("check", samples.MixedSolution);
        Assert.True(check.ExitCode == 2, check.ToString());
        Assert.Contains(": PRIV001: ", check.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsageErrorsExitTwo()
    {
        Assert.Equal(2, (await Tool.RunAsync("scan")).ExitCode);
        Assert.Equal(2, (await Tool.RunAsync("scan", ".", "--format", "pdf")).ExitCode);
        Assert.Equal(2, (await Tool.RunAsync("frobnicate")).ExitCode);
        Assert.Equal(2, (await Tool.RunAsync("scan", samples.WebAppProject, "--policy", Path.Combine(samples.Root, "no-such-policy.txt"))).ExitCode);
        var help = await Tool.RunAsync("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("scan", help.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APolicyGivenOnTheCommandLineReachesThePolicyRules()
    {
        samples.RequireRestored();
        var rules = PrivacyAnalyzers.Cli.Analysis.AnalyzerSet.Load().Descriptors;
        var folder = samples.NewOutputFolder();

        // The project's own policy allows its one declaration; this one does not.
        var strict = Path.Combine(folder, "strict-policy.txt");
        File.WriteAllText(strict, "user.device.cookie_id: analytics\n");
        var scan = await Tool.RunAsync("scan", samples.FullyDeclaredProject, "--policy", strict);
        Assert.True(scan.ExitCode == 0, scan.ToString());
        Assert.Contains("\"policy\": \"../out-", scan.StandardOutput, StringComparison.Ordinal);
        var check = await Tool.RunAsync("check", samples.FullyDeclaredProject, "--policy", strict);
        if (rules.ContainsKey("PRIV002"))
        {
            Assert.True(check.ExitCode == 1, check.ToString());
            Assert.Contains(": PRIV002: ", check.StandardOutput, StringComparison.Ordinal);
        }

        // A malformed policy is reported at its own line, in its own file (not under the name the analyzers see).
        var broken = Path.Combine(folder, "broken-policy.txt");
        File.WriteAllText(broken, "user.device.cookie_id essential.service\n");
        var malformed = await Tool.RunAsync("check", samples.FullyDeclaredProject, "--policy", broken);
        if (rules.ContainsKey("PRIV005"))
        {
            Assert.True(malformed.ExitCode == 1, malformed.ToString());
            Assert.Contains(malformed.StandardOutput.Split('\n'), line => line.Contains("broken-policy.txt(1,", StringComparison.Ordinal) && line.Contains(": PRIV005: ", StringComparison.Ordinal));
        }
    }
}
