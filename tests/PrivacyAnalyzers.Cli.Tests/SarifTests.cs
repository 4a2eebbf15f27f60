using System.Text.Json;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>Issue 13 §5, SARIF: rules code scanning can show, fingerprints that survive moved lines, partial scans told as tool notifications.</summary>
[Collection(SamplesCollection.Name)]
public sealed class SarifTests(SamplesFixture samples)
{
    private static JsonElement Run(JsonDocument sarif) => Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());

    [Fact]
    public async Task EveryRuleHasANameDescriptionsHelpAndHelpUri()
    {
        using var sarif = JsonDocument.Parse(await samples.ScanOutputAsync(samples.WebAppProject, "--format", "sarif"));
        var rules = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(
            typeof(RuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal),
            rules.Select(r => r.GetProperty("id").GetString()!));
        Assert.All(rules, rule =>
        {
            var id = rule.GetProperty("id").GetString()!;
            var name = rule.GetProperty("name").GetString()!;
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", name);
            Assert.Equal(id, (string)typeof(RuleIds).GetField(name)!.GetRawConstantValue()!);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()), id);

            // The help is the rule's own page, with its links absolute: the alert shows what the link opens.
            var help = rule.GetProperty("help");
            var markdown = help.GetProperty("markdown").GetString()!;
            Assert.StartsWith($"# {id}: ", markdown, StringComparison.Ordinal);
            Assert.Contains("## How to fix", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("](../", markdown, StringComparison.Ordinal);
            var text = help.GetProperty("text").GetString()!;
            Assert.StartsWith($"{id}: ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("```", text, StringComparison.Ordinal);
            Assert.DoesNotContain("| Id |", text, StringComparison.Ordinal);
            Assert.EndsWith($"/docs/rules/{id}.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task FingerprintsStayWhenLinesMoveAndDifferBetweenFindings()
    {
        var folder = samples.NewOutputFolder();
        var source = """
            using Microsoft.AspNetCore.Http;

            internal static class Visitors
            {
                public static string Id(HttpContext context) => context.Request.Cookies["visitor"] ?? "new";

                public static string Again(HttpContext context) => context.Request.Cookies["visitor"] ?? "new";

                public static object? Ip(HttpContext context) => context.Connection.RemoteIpAddress;
            }

            """;
        var program = Path.Combine(folder, "Visitors.cs");
        await File.WriteAllTextAsync(program, source);
        var before = await FingerprintsAsync(folder);

        // Lines move: a comment block above everything, and a new member between the first two sites.
        await File.WriteAllTextAsync(program, "// Moved down by a header.\n// And another line.\n\n" + source.Replace(
            "    public static string Again",
            "    public static int Unrelated() => 42;\n\n    public static string Again",
            StringComparison.Ordinal));
        var after = await FingerprintsAsync(folder);

        Assert.True(before.Count >= 3, string.Join(Environment.NewLine, before));
        Assert.Equal(before.Count, before.Select(f => f.Fingerprint).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(before.Select(f => (f.Rule, f.Fingerprint)).Order(), after.Select(f => (f.Rule, f.Fingerprint)).Order());
        Assert.NotEqual(before.Select(f => f.Line), after.Select(f => f.Line));
    }

    [Fact]
    public void FingerprintsOfEqualFindingsAreRankedInLineOrder()
    {
        var first = new Finding("PRIV001", "warning", "T", "M", "A.cs", 3, 5, "App", "user.name", null);
        var second = first with { Line = 9 };
        var other = first with { File = "B.cs" };
        var prints = SarifFormat.Fingerprints([second, other, first], string.Empty);
        Assert.EndsWith(":2", prints[0], StringComparison.Ordinal);
        Assert.EndsWith(":1", prints[1], StringComparison.Ordinal);
        Assert.EndsWith(":1", prints[2], StringComparison.Ordinal);
        Assert.Equal(prints[0][..^2], prints[2][..^2]);
        Assert.NotEqual(prints[1][..^2], prints[2][..^2]);
    }

    [Fact]
    public async Task AFailedProjectIsAnErrorNotificationAndTheExecutionDidNotSucceed()
    {
        var run = await samples.CachedAsync("scan", samples.MixedSolution, "--format", "sarif");
        Assert.True(run.ExitCode == 2, run.ToString());
        using var sarif = JsonDocument.Parse(run.StandardOutput);
        var invocation = Assert.Single(Run(sarif).GetProperty("invocations").EnumerateArray());
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Contains(notifications, n => n.GetProperty("level").GetString() == "error"
            && n.GetProperty("message").GetProperty("text").GetString()!.StartsWith("Project Broken was not analysed", StringComparison.Ordinal));
        Assert.True(Run(sarif).GetProperty("properties").GetProperty("partial").GetBoolean());
    }

    [Fact]
    public async Task UnresolvedReferencesAreAWarningNotification()
    {
        using var sarif = JsonDocument.Parse(await samples.ScanOutputAsync(samples.LooseFolder, "--format", "sarif"));
        var invocation = Assert.Single(Run(sarif).GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var texts = invocation.GetProperty("toolExecutionNotifications").EnumerateArray()
            .Where(n => n.GetProperty("level").GetString() == "warning")
            .Select(n => n.GetProperty("message").GetProperty("text").GetString()!)
            .ToList();
        Assert.Contains(texts, t => t.Contains("did not resolve", StringComparison.Ordinal) && t.Contains("TelemetryClient", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFullScanHasAnInvocationWithoutErrors()
    {
        using var sarif = JsonDocument.Parse(await samples.ScanOutputAsync(samples.WebAppProject, "--format", "sarif"));
        var invocation = Assert.Single(Run(sarif).GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.DoesNotContain(invocation.GetProperty("toolExecutionNotifications").EnumerateArray(), n => n.GetProperty("level").GetString() is "error" or "warning");
    }

    private static async Task<List<(string Rule, string Fingerprint, int Line)>> FingerprintsAsync(string folder)
    {
        var run = await Tool.RunAsync("scan", folder, "--format", "sarif");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var sarif = JsonDocument.Parse(run.StandardOutput);
        return Run(sarif).GetProperty("results").EnumerateArray()
            .Select(r => (
                r.GetProperty("ruleId").GetString()!,
                r.GetProperty("partialFingerprints").GetProperty(SarifFormat.FingerprintKey).GetString()!,
                Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()))
            .ToList();
    }
}
