using System.Text.Json;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>The real executable, as `dotnet privacy.dll` (the tool's entry point, MSBuild locator included).</summary>
[Collection(SamplesCollection.Name)]
public sealed class ExecutableTests(SamplesFixture samples)
{
    private static string ToolPath => Path.Combine(AppContext.BaseDirectory, "PrivacyAnalyzers.Cli.dll");

    /// <summary>Run as PrivacyAnalyzers.Cli.dll (as `dotnet run` runs it), help still names the command `privacy`.</summary>
    [Fact]
    public async Task HelpNamesTheCommandPrivacy()
    {
        var result = await ChildProcess.DotNetAsync(samples.Root, new[] { ToolPath, "--help" }, timeout: TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Usage:\n  privacy [command] [options]", result.StandardOutput.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("PrivacyAnalyzers.Cli", result.StandardOutput, StringComparison.Ordinal);

        var render = await ChildProcess.DotNetAsync(samples.Root, new[] { ToolPath, "render", "--help" }, timeout: TimeSpan.FromMinutes(1));
        Assert.Contains("privacy render <manifest> [options]", render.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScansAProjectAsAChildProcess()
    {
        samples.RequireRestored();
        var result = await ChildProcess.DotNetAsync(samples.Root, new[] { ToolPath, "scan", samples.WebAppProject }, timeout: TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("categories").GetArrayLength());

        // stderr is not a terminal here: no progress line, no error.
        Assert.DoesNotContain("\u001b[K", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("error", result.StandardError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CheckExitCodesAsAChildProcess()
    {
        samples.RequireRestored();
        var failing = await ChildProcess.DotNetAsync(samples.Root, new[] { ToolPath, "check", samples.LooseFolder }, timeout: TimeSpan.FromMinutes(2));
        Assert.True(failing.ExitCode == 1, failing.ToString());
        Assert.Contains(": PRIV001: ", failing.StandardOutput, StringComparison.Ordinal);

        var missing = await ChildProcess.DotNetAsync(samples.Root, new[] { ToolPath, "check", Path.Combine(samples.Root, "nothing-here") }, timeout: TimeSpan.FromMinutes(1));
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Single(missing.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
