using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Cli.Loading;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Issue 13 §2: a warning while loading (a restore's NU1603) is a note in the manifest, never a failure;
/// only a project that cannot be loaded or compiled fails.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class LoadWarningTests(SamplesFixture samples)
{
    // MSBuildWorkspace reports every message of the design-time build, warnings included, as a Failure.
    private const string NuGetWarning = "Msbuild failed when processing the file '/src/App/App.csproj' with message: /src/App/App.csproj: (0, 0): App depends on Contoso (>= 1.0.0) but Contoso 1.0.0 was not found. Contoso 1.0.1 was resolved instead.";

    private static readonly ScanInput Input = ScanInput.Resolve(Path.GetTempPath());

    /// <summary>One diagnostic of the load, classified with these projects loaded.</summary>
    private static LoadDiagnostics Classify(WorkspaceDiagnosticKind kind, string message, params string[] loadedProjects)
        => WorkspaceLoader.Classify([new WorkspaceDiagnostic(kind, message)], new HashSet<string>(loadedProjects, StringComparer.Ordinal), Input);

    [Fact]
    public void AFailureAboutAProjectThatLoadedIsAWarning()
    {
        var result = Classify(WorkspaceDiagnosticKind.Failure, NuGetWarning, "App");

        Assert.Empty(result.Failures);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("App loaded with a warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("Contoso 1.0.1 was resolved instead", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Msbuild failed", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AWarningLevelDiagnosticIsAWarningEvenForAProjectThatDidNotLoad()
    {
        var result = Classify(WorkspaceDiagnosticKind.Warning, "Found project reference without a matching metadata reference: '/src/Lib/Lib.csproj'");

        Assert.Empty(result.Failures);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void AFailureAboutAProjectThatDidNotLoadFails()
    {
        var result = Classify(WorkspaceDiagnosticKind.Failure, "Msbuild failed when processing the file '/src/Broken/Broken.csproj' with message: Data at the root level is invalid.", "App");

        var failure = Assert.Single(result.Failures);
        Assert.Equal("Broken", failure.Name);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void AnUnrestoredProjectFailsEvenWhenItsDocumentsLoaded()
    {
        var result = Classify(WorkspaceDiagnosticKind.Failure, "Msbuild failed when processing the file '/src/App/App.csproj' with message: error NETSDK1004: Assets file '/src/App/obj/project.assets.json' not found.", "App");

        var failure = Assert.Single(result.Failures);
        Assert.StartsWith("not restored: run `dotnet restore", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProjectWhoseBuildWarnsIsAnalysedAndExitsZeroWithTheWarningAsANote()
    {
        var run = await samples.CachedAsync("scan", samples.WarnedProject);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"status\": \"analyzed\"", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"partial\": false", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Warned loaded with a warning: ", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Contoso.Telemetry 1.0.1 was resolved instead", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Environment.MachineName", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("warning", run.StandardError, StringComparison.Ordinal);
    }
}
