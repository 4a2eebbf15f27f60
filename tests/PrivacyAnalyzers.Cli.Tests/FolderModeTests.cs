using System.Text.Json;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>Folder mode: loose .cs files compiled against the framework's reference assemblies.</summary>
[Collection(SamplesCollection.Name)]
public sealed class FolderModeTests(SamplesFixture samples)
{
    [Fact]
    public async Task FindsSitesAndReportsWhatDidNotResolve()
    {
        var output = await samples.ScanOutputAsync(samples.LooseFolder);
        using var json = JsonDocument.Parse(output);
        var scan = json.RootElement.GetProperty("scan");
        Assert.Equal("folder", scan.GetProperty("kind").GetString());
        Assert.True(scan.GetProperty("partial").GetBoolean());
        Assert.Equal("reduced", scan.GetProperty("confidence").GetString());
        Assert.Contains(scan.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("did not resolve", StringComparison.Ordinal));

        var unresolved = scan.GetProperty("unresolved");
        Assert.True(unresolved.GetProperty("total").GetInt32() >= 2, output);
        var names = unresolved.GetProperty("symbols").EnumerateArray().Select(s => (Name: s.GetProperty("name").GetString(), Id: s.GetProperty("diagnostic").GetString())).ToList();
        Assert.Contains(names, n => n.Name == "Contoso" && n.Id == "CS0246");
        Assert.Contains(names, n => n.Name == "TelemetryClient" && n.Id == "CS0246");

        // The framework resolved: the web app's sites and declarations are found.
        var categories = json.RootElement.GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Contains("user.device.ip_address", categories.Keys);
        Assert.Contains("user.contact.email", categories.Keys);
        Assert.Contains("user.device.cookie_id", categories.Keys);
        Assert.Equal(1, categories["user.contact.email"].GetProperty("declaredSites").GetInt32());
        // The framework's own types resolved: matched by symbol, although the scan as a whole has reduced confidence.
        Assert.All(categories.Values.SelectMany(c => c.GetProperty("sites").EnumerateArray()), s => Assert.Equal("symbol", s.GetProperty("confidence").GetString()));
    }

    [Fact]
    public async Task EveryFormatSaysTheResultsArePartial()
    {
        foreach (var (format, marker) in new[] { ("markdown", "Partial results"), ("html", "Partial results"), ("xcprivacy", "Partial results"), ("fides", "Partial results"), ("sarif", "\"partial\": true"), ("play-data-safety", "Partial results"), ("json", "\"partial\": true") })
        {
            var run = await Tool.RunAsync("scan", samples.LooseFolder, "--format", format);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains(marker, run.StandardOutput, StringComparison.Ordinal);
        }
    }
}
