using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Issue 13 §5: Microsoft's SARIF multitool (npm <c>@microsoft/sarif-multitool</c> 5.7.0, the validator
/// behind the SARIF web validator) validates what the tool writes, its GitHub rules included
/// (<c>--rule-kind "Gh;Sarif"</c>: GH1001–GH1007 and GH2012 are what GitHub code scanning enforces on
/// upload), with no error. It is installed with npm into a cache folder outside the repository.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class SarifValidationTests(SamplesFixture samples, ITestOutputHelper output)
{
    [SarifMultitoolFact]
    public async Task TheMultitoolFindsNoErrorInAnyScansSarif()
    {
        var multitool = await SarifMultitool.InstallAsync();
        var folder = samples.NewOutputFolder();
        var outputs = new List<string>();
        foreach (var (name, arguments) in new (string, string[])[]
        {
            ("webapp", new[] { "scan", samples.WebAppProject, "--format", "sarif" }),
            ("solution", new[] { "scan", samples.Solution, "--format", "sarif" }),
            ("partial", new[] { "scan", samples.MixedSolution, "--format", "sarif" }),
            ("folder", new[] { "scan", samples.LooseFolder, "--format", "sarif" }),
        })
        {
            var run = await samples.CachedAsync(arguments);
            Assert.True(run.ExitCode is 0 or 2 && run.StandardOutput.Length > 0, run.ToString());
            var file = Path.Combine(folder, name + ".sarif");
            await File.WriteAllTextAsync(file, run.StandardOutput);
            outputs.Add(file);
        }

        foreach (var file in outputs)
        {
            var (errors, rulesRun) = await SarifMultitool.ValidateAsync(multitool, file);
            // The log lists only the rules that reported something (here notes, such as SARIF2003: no
            // version control provenance); TheMultitoolReportsARuleWithoutHelp shows the GitHub rules run.
            output.WriteLine($"{Path.GetFileName(file)}: {errors.Count} errors; rules that reported: {string.Join(", ", rulesRun)}");
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    /// <summary>The validation can fail: a rule without help is the GitHub error GH2012.</summary>
    [SarifMultitoolFact]
    public async Task TheMultitoolReportsARuleWithoutHelp()
    {
        var multitool = await SarifMultitool.InstallAsync();
        var folder = samples.NewOutputFolder();
        var file = Path.Combine(folder, "no-help.sarif");
        await File.WriteAllTextAsync(file, """
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [ { "tool": { "driver": { "name": "T", "rules": [ { "id": "T1", "shortDescription": { "text": "A rule." } } ] } }, "results": [] } ]
            }
            """);
        var (errors, _) = await SarifMultitool.ValidateAsync(multitool, file);
        Assert.Contains(errors, e => e.StartsWith("GH2012", StringComparison.Ordinal));
    }
}

/// <summary>Installs and runs the SARIF multitool.</summary>
internal static class SarifMultitool
{
    public const string Version = "5.7.0";

    /// <summary>Outside the repository, kept between runs: $PRIVACY_TEST_CACHE, else the user's cache folder.</summary>
    public static string CacheFolder
        => Path.Combine(
            Environment.GetEnvironmentVariable("PRIVACY_TEST_CACHE") is { Length: > 0 } cache ? cache
                : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "privacy-analyzers-tests",
            "sarif-multitool-" + Version);

    /// <summary>
    /// The platform package's native executable. The npm wrapper (bin.js) runs it through a shell, which
    /// would split <c>"Gh;Sarif"</c> at the semicolon, so the tests call it directly.
    /// </summary>
    public static string Executable
    {
        get
        {
            var platform = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win32" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin" : "linux";
            return Path.Combine(CacheFolder, "node_modules", "@microsoft", "sarif-multitool-" + platform, "Sarif.Multitool" + (platform == "win32" ? ".exe" : string.Empty));
        }
    }

    public static async Task<string> InstallAsync()
    {
        if (!File.Exists(Executable))
        {
            Directory.CreateDirectory(CacheFolder);
            var npm = Find(RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "npm.cmd" : "npm")!;
            var install = await ChildProcess.RunAsync(
                npm,
                new[] { "install", "--prefix", CacheFolder, "--no-audit", "--no-fund", "--no-save", "@microsoft/sarif-multitool@" + Version },
                CacheFolder,
                TimeSpan.FromMinutes(8));
            Assert.True(install.Succeeded && File.Exists(Executable), "npm could not install the SARIF multitool:" + Environment.NewLine + install);
        }

        // npm may not run the package's postinstall (chmod u+x): make it executable ourselves.
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            File.SetUnixFileMode(Executable, File.GetUnixFileMode(Executable) | UnixFileMode.UserExecute);
        }

        return Executable;
    }

    /// <summary>The errors the multitool finds (<c>RULE: message</c>), and the ids of the rules that reported anything.</summary>
    public static async Task<(List<string> Errors, List<string> RulesRun)> ValidateAsync(string multitool, string file)
    {
        var log = file + ".validation.sarif";
        var run = await ChildProcess.RunAsync(
            multitool,
            new[] { "validate", file, "--rule-kind", "Gh;Sarif", "--level", "Error;Warning;Note", "--output", log, "--log", "ForceOverwrite" },
            Path.GetDirectoryName(file)!,
            TimeSpan.FromMinutes(4),
            new Dictionary<string, string>(StringComparer.Ordinal) { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" });
        Assert.True(!run.TimedOut && File.Exists(log), "the multitool wrote no log:" + Environment.NewLine + run);

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(log));
        var errors = new List<string>();
        var rulesRun = new List<string>();
        foreach (var sarifRun in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            var rules = sarifRun.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var list) ? list.EnumerateArray().ToList() : new List<JsonElement>();
            rulesRun.AddRange(rules.Select(r => r.GetProperty("id").GetString()!));
            var results = sarifRun.TryGetProperty("results", out var found) ? found.EnumerateArray() : default;
            foreach (var result in results)
            {
                var ruleId = result.TryGetProperty("ruleId", out var id) ? id.GetString() ?? "?" : "?";
                var level = result.TryGetProperty("level", out var l) ? l.GetString()
                    : rules.FirstOrDefault(r => r.GetProperty("id").GetString() == ruleId) is { ValueKind: JsonValueKind.Object } rule
                        && rule.TryGetProperty("defaultConfiguration", out var configuration) && configuration.TryGetProperty("level", out var d) ? d.GetString()
                    : "warning";
                if (level == "error")
                {
                    errors.Add(ruleId + ": " + Message(result));
                }
            }

            // A crash of the validator is a tool notification: it must not pass for "no errors".
            if (sarifRun.TryGetProperty("invocations", out var invocations))
            {
                foreach (var invocation in invocations.EnumerateArray())
                {
                    if (invocation.TryGetProperty("toolExecutionNotifications", out var notifications))
                    {
                        errors.AddRange(notifications.EnumerateArray()
                            .Where(n => n.TryGetProperty("level", out var nl) && nl.GetString() == "error")
                            .Select(n => "notification: " + Message(n)));
                    }
                }
            }
        }

        return (errors, rulesRun);
    }

    private static string Message(JsonElement element)
        => element.TryGetProperty("message", out var message) && message.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty
            : element.TryGetProperty("message", out var m) && m.TryGetProperty("arguments", out var arguments) ? string.Join(" | ", arguments.EnumerateArray().Select(a => a.GetString()))
            : string.Empty;

    /// <summary>Why the validation cannot run here, or null: the multitool is cached, or npm and its registry are reachable.</summary>
    public static string? SkipReason()
    {
        if (File.Exists(Executable))
        {
            return null;
        }

        if (Find("node") is null || Find(RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "npm.cmd" : "npm") is null)
        {
            return "node and npm are not installed: the SARIF multitool (npm @microsoft/sarif-multitool) cannot be installed";
        }

        var registry = Registry();
        if (!Reachable(registry))
        {
            return $"the npm registry ({registry.Host}) is not reachable: the SARIF multitool (npm @microsoft/sarif-multitool) cannot be installed";
        }

        return null;
    }

    /// <summary>The registry npm would use: $npm_config_registry, a <c>registry=</c> line of ~/.npmrc, else the public one.</summary>
    private static Uri Registry()
    {
        var configured = Environment.GetEnvironmentVariable("npm_config_registry");
        var npmrc = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".npmrc");
        if (string.IsNullOrEmpty(configured) && File.Exists(npmrc))
        {
            configured = File.ReadLines(npmrc).Select(l => l.Trim()).Where(l => l.StartsWith("registry=", StringComparison.Ordinal)).Select(l => l["registry=".Length..]).LastOrDefault();
        }

        return Uri.TryCreate(configured, UriKind.Absolute, out var uri) ? uri : new Uri("https://registry.npmjs.org/");
    }

    private static bool Reachable(Uri registry)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync(registry.Host, registry.Port).Wait(TimeSpan.FromSeconds(5)) && client.Connected;
        }
        catch (Exception exception) when (exception is SocketException or AggregateException)
        {
            return false;
        }
    }

    private static string? Find(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that reports itself skipped, with the reason, where the SARIF multitool can be neither found nor installed.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SarifMultitoolFactAttribute : FactAttribute
{
    public SarifMultitoolFactAttribute()
    {
        if (SarifMultitool.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
