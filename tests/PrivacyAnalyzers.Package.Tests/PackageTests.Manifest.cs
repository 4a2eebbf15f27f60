using System.Text.Json;
using Xunit;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// Issue 17, the build half: with PrivacyManifest=true the package's targets turn the compiler's SARIF log into
/// privacy-manifest.json (docs/msbuild.md). Each test writes and restores its own consumer under the fixture's
/// folder, so its feed and settings apply and no test sees another's obj/.
/// </summary>
public sealed partial class PackageTests
{
    private const string ManifestName = "privacy-manifest.json";

    private const string DeviceSource = """
        using PrivacyAnalyzers;

        namespace Consumer
        {
            public static class Device
            {
                [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
                public static string Mac() =>
                    System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();

                public static string User() => System.Environment.UserName;
            }
        }

        """;

    private const string BrokenSource = """
        namespace Consumer
        {
            public static class Device
            {
                public static string Mac() => this does not compile;
            }
        }

        """;

    /// <summary>The `privacy` tool, referenced by this project only to compare its scan with the build's manifest.</summary>
    private static string PrivacyTool => Path.Combine(AppContext.BaseDirectory, "PrivacyAnalyzers.Cli.dll");

    [Fact]
    public void PackageHasTheManifestTargetsAndTasks()
    {
        var entries = fixture.ReadPackageEntries();
        foreach (var expected in new[]
        {
            "build/PrivacyAnalyzers.targets",
            "build/PrivacyManifest.globalconfig",
            "buildTransitive/PrivacyAnalyzers.targets",
            "buildMultiTargeting/PrivacyAnalyzers.targets",
            "tasks/net8.0/PrivacyAnalyzers.Build.dll",
            "tasks/net8.0/PrivacyAnalyzers.Manifests.dll",
            "tasks/net8.0/YamlDotNet.dll",
        })
        {
            Assert.True(entries.Contains(expected), $"Missing {expected} in the package:{Environment.NewLine}{string.Join(Environment.NewLine, entries)}");
        }

        // MSBuild provides its own assemblies; a second copy beside the task would be loaded next to them.
        Assert.DoesNotContain(entries, entry => entry.StartsWith("tasks/", StringComparison.Ordinal) && entry.Contains("Microsoft.Build", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildWritesTheManifestThatPrivacyScanWrites()
    {
        var directory = await WriteConsumerAsync("ManifestScan", DeviceSource);

        var build = await BuildAsync(directory, "ManifestScan.csproj", "-p:PrivacyManifest=true");
        Assert.True(build.Succeeded, build.ToString());

        var manifestPath = Path.Combine(directory, "obj", "Debug", "net10.0", ManifestName);
        Assert.True(File.Exists(manifestPath), "No manifest after the build:" + Environment.NewLine + build);
        var manifest = File.ReadAllText(manifestPath);
        Assert.Contains("\"user.device.device_id\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"essential.service\"", manifest, StringComparison.Ordinal);
        Assert.Contains("Device.cs", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(directory, manifest, StringComparison.Ordinal);

        // The inventory reaches the log, not the build's output; the undeclared site still warns.
        Assert.DoesNotContain("PRIV007", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning PRIV001", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "obj", "Debug", "net10.0", "ManifestScan.privacy.sarif")), build.ToString());

        var scanPath = Path.Combine(fixture.WorkRoot, "ManifestScan.scan.json");
        var scan = await ChildProcess.DotNetAsync(directory, new[] { PrivacyTool, "scan", "ManifestScan.csproj", "--format", "json", "--output", scanPath }, fixture.ConsumerEnvironment, BuildTimeout);
        Assert.True(File.Exists(scanPath), scan.ToString());
        Assert.Equal(File.ReadAllText(scanPath), manifest);
        Assert.Equal(File.ReadAllBytes(scanPath), File.ReadAllBytes(manifestPath));
    }

    [Fact]
    public async Task SecondBuildRewritesNothing()
    {
        var directory = await WriteConsumerAsync("ManifestIncremental", DeviceSource, "    <PrivacyManifest>true</PrivacyManifest>\n    <PrivacyManifestOutput>out/privacy.json</PrivacyManifestOutput>");
        var manifestPath = Path.Combine(directory, "obj", "Debug", "net10.0", ManifestName);
        var copyPath = Path.Combine(directory, "out", "privacy.json");

        var first = await BuildAsync(directory, "ManifestIncremental.csproj");
        Assert.True(first.Succeeded, first.ToString());
        Assert.Equal(File.ReadAllBytes(manifestPath), File.ReadAllBytes(copyPath));
        var written = File.GetLastWriteTimeUtc(manifestPath);
        var copied = File.GetLastWriteTimeUtc(copyPath);

        // Nothing changed: nothing is rewritten.
        var second = await BuildAsync(directory, "ManifestIncremental.csproj");
        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(written, File.GetLastWriteTimeUtc(manifestPath));
        Assert.Equal(copied, File.GetLastWriteTimeUtc(copyPath));

        // The compiler runs again on an edit that changes no site: the manifest keeps its bytes and its timestamp.
        File.AppendAllText(Path.Combine(directory, "Device.cs"), "// a comment\n");
        var third = await BuildAsync(directory, "ManifestIncremental.csproj");
        Assert.True(third.Succeeded, third.ToString());
        Assert.Equal(written, File.GetLastWriteTimeUtc(manifestPath));
        Assert.Equal(copied, File.GetLastWriteTimeUtc(copyPath));
        Assert.False(File.Exists(manifestPath + ".previous"), third.ToString());
    }

    [Fact]
    public async Task FailedBuildLeavesNoManifest()
    {
        var directory = await WriteConsumerAsync("ManifestFailure", DeviceSource, "    <PrivacyManifest>true</PrivacyManifest>");
        var manifestPath = Path.Combine(directory, "obj", "Debug", "net10.0", ManifestName);

        var good = await BuildAsync(directory, "ManifestFailure.csproj");
        Assert.True(good.Succeeded, good.ToString());
        Assert.True(File.Exists(manifestPath), good.ToString());

        File.WriteAllText(Path.Combine(directory, "Device.cs"), BrokenSource);
        var broken = await BuildAsync(directory, "ManifestFailure.csproj");
        Assert.False(broken.Succeeded, broken.ToString());
        Assert.Contains("error CS", broken.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(manifestPath), "A failed build left a manifest:" + Environment.NewLine + broken);

        // Fixed again: the manifest is back.
        File.WriteAllText(Path.Combine(directory, "Device.cs"), DeviceSource);
        var fixedBuild = await BuildAsync(directory, "ManifestFailure.csproj");
        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());
        Assert.True(File.Exists(manifestPath), fixedBuild.ToString());
    }

    [Fact]
    public async Task UsersSarif21ErrorLogIsUsedAndKept()
    {
        var directory = await WriteConsumerAsync("ManifestUserLog", DeviceSource, "    <PrivacyManifest>true</PrivacyManifest>\n    <ErrorLog>logs/mine.sarif,version=2.1</ErrorLog>");
        var userLog = Path.Combine(directory, "logs", "mine.sarif");

        // The compiler writes the log but does not make its folder: the user's build makes it (as ours makes obj/).
        Directory.CreateDirectory(Path.GetDirectoryName(userLog)!);

        var build = await BuildAsync(directory, "ManifestUserLog.csproj");
        Assert.True(build.Succeeded, build.ToString());
        Assert.True(File.Exists(Path.Combine(directory, "obj", "Debug", "net10.0", ManifestName)), build.ToString());
        Assert.False(File.Exists(Path.Combine(directory, "obj", "Debug", "net10.0", "ManifestUserLog.privacy.sarif")), "The build wrote a log of its own beside the user's.");
        Assert.False(File.Exists(Path.Combine(directory, "obj", "Debug", "net10.0", "ManifestUserLog.privacy-log-only.globalconfig")), "The user's own log must keep every rule it asked for.");

        // The user's log is the compiler's, untouched: SARIF 2.1 with the inventory in it.
        Assert.True(File.Exists(userLog), build.ToString());
        using (var log = JsonDocument.Parse(File.ReadAllText(userLog)))
        {
            Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        }

        Assert.Contains("PRIV007", File.ReadAllText(userLog), StringComparison.Ordinal);

        // Still there after a clean: the build never deletes the user's log.
        var clean = await ChildProcess.DotNetAsync(directory, new[] { "clean", "ManifestUserLog.csproj", "-tl:off" }, fixture.ConsumerEnvironment);
        Assert.True(clean.Succeeded, clean.ToString());
        Assert.True(File.Exists(userLog), clean.ToString());
    }

    /// <summary>CA1822 (mark members as static): the SDK's analyzers report it at suggestion, by default.</summary>
    private const string SuggestionSource = DeviceSource + """
        namespace Consumer
        {
            public sealed class Doubler
            {
                public int Twice(int value) => value * 2;
            }
        }

        """;

    [Fact]
    public async Task PackagesOwnLogRunsWhatTheBuildWithoutALogRuns()
    {
        var directory = await WriteConsumerAsync("ManifestSuggestions", SuggestionSource, "    <PrivacyManifest>true</PrivacyManifest>");
        var obj = Path.Combine(directory, "obj", "Debug", "net10.0");
        var config = Path.Combine(obj, "ManifestSuggestions.privacy-log-only.globalconfig");

        var build = await BuildAsync(directory, "ManifestSuggestions.csproj");
        Assert.True(build.Succeeded, build.ToString());
        Assert.True(File.Exists(config), build.ToString());
        var quiet = File.ReadAllLines(config);

        // A suggestion the build without a log never runs is off; a warning (CA2200) and our own rules stay as they are.
        Assert.Contains("dotnet_diagnostic.CA1822.severity = none", quiet);
        Assert.DoesNotContain(quiet, line => line.StartsWith("dotnet_diagnostic.CA2200.", StringComparison.Ordinal));
        Assert.DoesNotContain(quiet, line => line.StartsWith("dotnet_diagnostic.PRIV", StringComparison.Ordinal));
        var results = RuleIdsOf(Path.Combine(obj, "ManifestSuggestions.privacy.sarif"));
        Assert.DoesNotContain("CA1822", results);
        Assert.Contains("PRIV007", results);
        Assert.Contains("warning PRIV001", build.Output, StringComparison.Ordinal);
        var manifest = File.ReadAllBytes(Path.Combine(obj, ManifestName));

        // The same build with them running (the switch off) writes the same manifest, and the log has CA1822.
        var loud = await BuildAsync(directory, "ManifestSuggestions.csproj", "-p:PrivacyManifestSkipSuggestions=false");
        Assert.True(loud.Succeeded, loud.ToString());
        Assert.False(File.Exists(config), loud.ToString());
        Assert.Contains("CA1822", RuleIdsOf(Path.Combine(obj, "ManifestSuggestions.privacy.sarif")));
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(obj, ManifestName)));
    }

    [Fact]
    public async Task RuleTheProjectConfiguresIsLeftAsConfigured()
    {
        var directory = await WriteConsumerAsync("ManifestConfiguredRule", SuggestionSource, "    <PrivacyManifest>true</PrivacyManifest>");
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.CA1822.severity = warning\n");
        var obj = Path.Combine(directory, "obj", "Debug", "net10.0");

        var build = await BuildAsync(directory, "ManifestConfiguredRule.csproj");
        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("warning CA1822", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet_diagnostic.CA1822.", File.ReadAllText(Path.Combine(obj, "ManifestConfiguredRule.privacy-log-only.globalconfig")), StringComparison.Ordinal);
        Assert.Contains("CA1822", RuleIdsOf(Path.Combine(obj, "ManifestConfiguredRule.privacy.sarif")));
    }

    /// <summary>The rule ids of a SARIF 2.1 log's results.</summary>
    private static HashSet<string> RuleIdsOf(string sarif)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                ids.Add(result.GetProperty("ruleId").GetString()!);
            }
        }

        return ids;
    }

    [Fact]
    public async Task UsersOlderErrorLogGetsAWarningAndNoManifest()
    {
        var directory = await WriteConsumerAsync("ManifestOldLog", DeviceSource, "    <PrivacyManifest>true</PrivacyManifest>\n    <ErrorLog>mine.sarif</ErrorLog>");

        var build = await BuildAsync(directory, "ManifestOldLog.csproj");
        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("warning PRIVB002", build.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "obj", "Debug", "net10.0", ManifestName)), build.ToString());

        // Written by the compiler as the user asked (SARIF 1.0), not rewritten.
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "mine.sarif")));
        Assert.Equal("1.0.0", log.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task FormatsAreWrittenBesideTheManifestWithTheBytesPrivacyRenderWrites()
    {
        // Every renderer, and "play" for play-data-safety; an unknown name is the one thing warned about.
        var directory = await WriteConsumerAsync("ManifestFormats", DeviceSource, "    <PrivacyManifest>true</PrivacyManifest>\n    <PrivacyManifestFormats>json;markdown;sarif;xcprivacy;play;fides;html;pdf</PrivacyManifestFormats>");

        var build = await BuildAsync(directory, "ManifestFormats.csproj");
        Assert.True(build.Succeeded, build.ToString());
        var warning = Assert.Single(build.Output.Split('\n').Where(line => line.Contains("warning PRIVB003", StringComparison.Ordinal)).Distinct());
        Assert.Contains("not written: pdf.", warning, StringComparison.Ordinal);
        var obj = Path.Combine(directory, "obj", "Debug", "net10.0");
        var manifestPath = Path.Combine(obj, ManifestName);
        Assert.True(File.Exists(manifestPath), build.ToString());

        foreach (var (format, file) in new[]
        {
            ("markdown", "privacy-manifest.md"), ("sarif", "privacy-manifest.sarif"), ("xcprivacy", "privacy-manifest.xcprivacy"),
            ("play-data-safety", "privacy-manifest.play-data-safety.csv"), ("fides", "privacy-manifest.fides.yml"), ("html", "privacy-manifest.html"),
        })
        {
            var written = Path.Combine(obj, file);
            Assert.True(File.Exists(written), $"No {file} after the build:{Environment.NewLine}{build}");
            var rendered = Path.Combine(fixture.WorkRoot, "ManifestFormats.rendered." + file);
            var render = await ChildProcess.DotNetAsync(directory, new[] { PrivacyTool, "render", manifestPath, "--format", format, "--output", rendered }, fixture.ConsumerEnvironment, BuildTimeout);
            Assert.True(File.Exists(rendered), render.ToString());
            Assert.Equal(File.ReadAllText(rendered), File.ReadAllText(written));
            Assert.Equal(File.ReadAllBytes(rendered), File.ReadAllBytes(written));
        }

        // The SARIF's rules are the analyzers' (read from the compiler's log), with their descriptors' fields.
        Assert.Contains("\"id\": \"PRIV007\"", File.ReadAllText(Path.Combine(obj, "privacy-manifest.sarif")), StringComparison.Ordinal);

        // Nothing changed: no format file is rewritten.
        var before = File.GetLastWriteTimeUtc(Path.Combine(obj, "privacy-manifest.html"));
        var second = await BuildAsync(directory, "ManifestFormats.csproj");
        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(obj, "privacy-manifest.html")));
    }

    [Fact]
    public async Task MultiTargetingMergesTheTargetFrameworksManifests()
    {
        var directory = Path.Combine(fixture.WorkRoot, "ManifestMulti");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "ManifestMulti.csproj"), fixture.ConsumerProject("    <TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>\n    <PrivacyManifest>true</PrivacyManifest>\n    <PrivacyManifestOutput>privacy.json</PrivacyManifestOutput>").Replace("    <TargetFramework>net10.0</TargetFramework>\n", string.Empty, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(directory, "Device.cs"), DeviceSource);
        await RestoreAsync(directory);

        var build = await BuildAsync(directory, "ManifestMulti.csproj");
        Assert.True(build.Succeeded, build.ToString());
        foreach (var framework in new[] { "net10.0", "netstandard2.0" })
        {
            var part = Path.Combine(directory, "obj", "Debug", framework, ManifestName);
            Assert.True(File.Exists(part), $"No {framework} manifest:{Environment.NewLine}{build}");
        }

        var merged = Path.Combine(directory, "obj", ManifestName);
        Assert.True(File.Exists(merged), "No merged manifest:" + Environment.NewLine + build);
        Assert.Contains("\"user.device.device_id\"", File.ReadAllText(merged), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(merged), File.ReadAllBytes(Path.Combine(directory, "privacy.json")));

        // Unchanged: the merged manifest keeps its timestamp.
        var written = File.GetLastWriteTimeUtc(merged);
        var again = await BuildAsync(directory, "ManifestMulti.csproj");
        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(written, File.GetLastWriteTimeUtc(merged));

        // One target framework fails: no merged manifest claims success.
        File.WriteAllText(Path.Combine(directory, "Device.cs"), BrokenSource);
        var broken = await BuildAsync(directory, "ManifestMulti.csproj");
        Assert.False(broken.Succeeded, broken.ToString());
        Assert.False(File.Exists(merged), broken.ToString());
    }

    [Fact]
    public async Task ParallelSolutionBuildWritesEveryProjectsManifest()
    {
        var root = Path.Combine(fixture.WorkRoot, "ManifestSolution");
        var names = new[] { "Alpha", "Beta", "Gamma" };
        var solution = new System.Text.StringBuilder("<Solution>\n");
        foreach (var name in names)
        {
            var directory = Path.Combine(root, "src", name);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), fixture.ConsumerProject());
            File.WriteAllText(Path.Combine(directory, "Device.cs"), DeviceSource.Replace("namespace Consumer", "namespace " + name, StringComparison.Ordinal));
            solution.Append("  <Project Path=\"src/").Append(name).Append('/').Append(name).Append(".csproj\" />\n");
        }

        File.WriteAllText(Path.Combine(root, "Manifests.slnx"), solution.Append("</Solution>\n").ToString());
        await RestoreAsync(root, "Manifests.slnx");

        var build = await BuildAsync(root, "Manifests.slnx", "-m", "-p:PrivacyManifest=true");
        Assert.True(build.Succeeded, build.ToString());
        foreach (var name in names)
        {
            var manifestPath = Path.Combine(root, "src", name, "obj", "Debug", "net10.0", ManifestName);
            Assert.True(File.Exists(manifestPath), $"No manifest for {name}:{Environment.NewLine}{build}");

            // Relative to the solution's folder, the root of a solution build.
            Assert.Contains($"src/{name}/Device.cs", File.ReadAllText(manifestPath), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TruncatedLogIsALocatedErrorNotACrash()
    {
        fixture.RequireConsumers();
        var directory = Path.Combine(fixture.WorkRoot, "ManifestBadLog");
        Directory.CreateDirectory(directory);
        var log = Path.Combine(directory, "truncated.sarif");
        File.WriteAllText(log, "{\n  \"$schema\": \"http://json.schemastore.org/sarif-2.1.0\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"results\": [\n");
        var output = Path.Combine(directory, ManifestName);
        File.WriteAllText(output, "{ \"stale\": true }\n");

        // The task as the package ships it, run on its own: no compiler, no restore.
        var task = Path.Combine(fixture.PackagesDirectory, "privacyanalyzers", fixture.PackageVersion!, "tasks", "net8.0", "PrivacyAnalyzers.Build.dll");
        Assert.True(File.Exists(task), "The restored package has no task assembly at " + task);
        File.WriteAllText(Path.Combine(directory, "run.proj"), $"""
            <Project>
              <UsingTask TaskName="PrivacyAnalyzers.Build.Tasks.WritePrivacyManifest" AssemblyFile="{task}" />
              <Target Name="Run">
                <WritePrivacyManifest ErrorLog="{log}" ProjectName="Bad.csproj" ProjectPath="{Path.Combine(directory, "Bad.csproj")}" RootDirectory="{directory}" OutputPath="{output}" />
              </Target>
            </Project>

            """);

        var run = await ChildProcess.DotNetAsync(directory, new[] { "msbuild", "run.proj", "-t:Run", "-tl:off", "-nologo" }, fixture.ConsumerEnvironment);
        Assert.False(run.Succeeded, run.ToString());
        Assert.Contains(log, run.Output, StringComparison.Ordinal);
        Assert.Contains("error PRIVB001", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(output), "The stale manifest is still there:" + Environment.NewLine + run);
    }

    /// <summary>A consumer of the package with one source file, restored.</summary>
    private async Task<string> WriteConsumerAsync(string name, string source, string properties = "")
    {
        fixture.RequireConsumers();
        var directory = Path.Combine(fixture.WorkRoot, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), fixture.ConsumerProject(properties));
        File.WriteAllText(Path.Combine(directory, "Device.cs"), source);
        await RestoreAsync(directory);
        return directory;
    }

    private async Task RestoreAsync(string directory, string? project = null)
    {
        var arguments = project is null ? new[] { "restore", "-tl:off" } : new[] { "restore", project, "-tl:off" };
        var restore = await ChildProcess.DotNetAsync(directory, arguments, fixture.ConsumerEnvironment);
        Assert.True(restore.Succeeded, restore.ToString());
    }

    /// <summary>An incremental build (the manifest's incrementality is under test), without restore.</summary>
    private Task<ProcessResult> BuildAsync(string directory, string project, params string[] extraArguments)
        => ChildProcess.DotNetAsync(directory, new[] { "build", project, "--no-restore", "-tl:off" }.Concat(extraArguments), fixture.ConsumerEnvironment, BuildTimeout);

    /// <summary>A consumer build, or a solution of three, on a machine shared with other builds.</summary>
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
}
