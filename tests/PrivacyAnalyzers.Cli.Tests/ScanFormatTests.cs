using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>Every output format, on the sample web app (IP address and email declared, a cookie not).</summary>
[Collection(SamplesCollection.Name)]
public sealed class ScanFormatTests(SamplesFixture samples)
{
    /// <summary>What a scan of the sample web app writes in <paramref name="format"/>; the scan must succeed.</summary>
    private Task<string> OutputAsync(string format) => samples.ScanOutputAsync(samples.WebAppProject, "--format", format);

    /// <summary>Each of <paramref name="parts"/> is in <paramref name="text"/>, ordinally.</summary>
    private static void ContainsAll(string text, params string[] parts)
        => Assert.All(parts, part => Assert.Contains(part, text, StringComparison.Ordinal));

    [Fact]
    public async Task JsonNamesEveryCategoryWithSitesAndDeclarations()
    {
        var output = await OutputAsync("json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("project", root.GetProperty("scan").GetProperty("kind").GetString());
        Assert.False(root.GetProperty("scan").GetProperty("partial").GetBoolean(), output);

        var categories = root.GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Contains("user.device.ip_address", categories.Keys);
        Assert.Contains("user.device.cookie_id", categories.Keys);
        Assert.Contains("user.contact.email", categories.Keys);

        var email = categories["user.contact.email"];
        Assert.Equal("Email address", email.GetProperty("name").GetString());
        Assert.Equal(
            new[] { "essential.service", "marketing.communications" },
            email.GetProperty("purposes").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToArray());
        var declaration = Assert.Single(email.GetProperty("declarations").EnumerateArray());
        Assert.Equal("Program.cs", declaration.GetProperty("file").GetString());
        var emailSite = Assert.Single(email.GetProperty("sites").EnumerateArray());
        Assert.True(emailSite.GetProperty("declared").GetBoolean());
        Assert.Equal("Signup.Email", emailSite.GetProperty("member").GetString());
        Assert.Equal("WebApp", emailSite.GetProperty("project").GetString());
        Assert.Equal("Program.cs", emailSite.GetProperty("file").GetString());
        Assert.True(emailSite.GetProperty("line").GetInt32() > 0);

        var cookie = Assert.Single(categories["user.device.cookie_id"].GetProperty("sites").EnumerateArray());
        Assert.False(cookie.GetProperty("declared").GetBoolean());
        Assert.Equal("Visitors.Id", cookie.GetProperty("member").GetString());
        Assert.Contains("Cookies", cookie.GetProperty("api").GetString(), StringComparison.Ordinal);

        var ip = Assert.Single(categories["user.device.ip_address"].GetProperty("sites").EnumerateArray());
        Assert.True(ip.GetProperty("declared").GetBoolean());
        Assert.Equal("ConnectionInfo.RemoteIpAddress", ip.GetProperty("api").GetString());
        Assert.Equal("P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress", ip.GetProperty("source").GetString());

        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var undeclared = Assert.Single(findings, f => f.GetProperty("id").GetString() == "PRIV001");
        Assert.Equal("user.device.cookie_id", undeclared.GetProperty("category").GetString());

        var summary = root.GetProperty("summary");
        Assert.Equal(findings.Count, summary.GetProperty("findings").GetInt32());
        Assert.Equal(1, summary.GetProperty("undeclaredSites").GetInt32());
        Assert.Equal(2, summary.GetProperty("declaredSites").GetInt32());
        Assert.False(root.TryGetProperty("generatedAt", out _), "no timestamp unless --timestamp");
    }

    [Fact]
    public async Task MarkdownIsAWhatWeCollectAndWhyTable()
    {
        var text = await OutputAsync("markdown");
        Assert.StartsWith("# What we collect and why", text, StringComparison.Ordinal);
        ContainsAll(
            text,
            "| Data | Category | Why (declared purposes) | Places | Declared |",
            "| Email address | `user.contact.email` | Essential for the service (`essential.service`), Marketing communications (`marketing.communications`) | 1 | yes |",
            "| Cookie ID | `user.device.cookie_id` | **not declared** | 1 | **no** |",
            "`Program.cs:",
            "## To fix");
    }

    [Fact]
    public async Task SarifIs210WithUndeclaredResultsAndRulesWithHelpLinks()
    {
        using var json = JsonDocument.Parse(await OutputAsync("sarif"));
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var sarifRun = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("PrivacyAnalyzers", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "PRIV001");
        Assert.All(rules, rule =>
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.EndsWith($"/docs/rules/{id}.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
        });

        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        var result = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "PRIV001");
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.Contains("cookie", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("user.device.cookie_id", result.GetProperty("properties").GetProperty("category").GetString());
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.EndsWith("Program.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
        var index = result.GetProperty("ruleIndex").GetInt32();
        Assert.Equal("PRIV001", rules[index].GetProperty("id").GetString());
    }

    [Fact]
    public async Task XcPrivacyIsAPlistWithEmailAndDeviceIdTypesAndTheirPurposes()
    {
        var plist = ParsePlist(await OutputAsync("xcprivacy"));
        Assert.Equal(false, plist["NSPrivacyTracking"]);
        Assert.Empty((List<object>)plist["NSPrivacyTrackingDomains"]);
        // The .NET runtime's own required reasons, written for every app (docs/apple.md).
        Assert.Equal(
            new[] { "NSPrivacyAccessedAPICategoryFileTimestamp C617.1", "NSPrivacyAccessedAPICategorySystemBootTime 35F9.1", "NSPrivacyAccessedAPICategoryDiskSpace E174.1" },
            ((List<object>)plist["NSPrivacyAccessedAPITypes"]).Cast<Dictionary<string, object>>().Select(d => d["NSPrivacyAccessedAPIType"] + " " + string.Join(",", (List<object>)d["NSPrivacyAccessedAPITypeReasons"])).ToArray());
        var types = ((List<object>)plist["NSPrivacyCollectedDataTypes"]).Cast<Dictionary<string, object>>()
            .ToDictionary(t => (string)t["NSPrivacyCollectedDataType"]);

        var email = types["NSPrivacyCollectedDataTypeEmailAddress"];
        Assert.Equal(true, email["NSPrivacyCollectedDataTypeLinked"]);
        Assert.Equal(false, email["NSPrivacyCollectedDataTypeTracking"]);
        Assert.Equal(
            new[] { "NSPrivacyCollectedDataTypePurposeAppFunctionality", "NSPrivacyCollectedDataTypePurposeDeveloperAdvertising" },
            ((List<object>)email["NSPrivacyCollectedDataTypePurposes"]).Cast<string>().ToArray());

        // IP address (declared for fraud detection) and the cookie (undeclared) are both Device ID.
        var device = types["NSPrivacyCollectedDataTypeDeviceID"];
        Assert.Equal(true, device["NSPrivacyCollectedDataTypeLinked"]);
        var devicePurposes = ((List<object>)device["NSPrivacyCollectedDataTypePurposes"]).Cast<string>().ToList();
        Assert.Contains("NSPrivacyCollectedDataTypePurposeAppFunctionality", devicePurposes);
        Assert.Contains("NSPrivacyCollectedDataTypePurposeOther", devicePurposes);
        Assert.Equal(2, types.Count);
    }

    [Fact]
    public async Task PlayDataSafetyCsvHasPslRowsPerTypeAndPurpose()
    {
        var lines = (await OutputAsync("play-data-safety")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.StartsWith("PSL_", r[0], StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA" && r[2] == "true");
        Assert.Contains(rows, r => r[0] == "PSL_DATA_TYPES_PERSONAL" && r[1] == "PSL_EMAIL" && r[2] == "true");
        Assert.Contains(rows, r => r[0] == "PSL_DATA_TYPES_IDENTIFIERS" && r[1] == "PSL_DEVICE_ID" && r[2] == "true");
        Assert.Contains(rows, r => r[0] == "PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE" && r[1] == "PSL_ADVERTISING" && r[2] == "true");
        Assert.Contains(rows, r => r[0] == "PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE" && r[1] == "PSL_APP_FUNCTIONALITY" && r[2] == "true");
        Assert.Contains(rows, r => r[0] == "PSL_DATA_USAGE_RESPONSES:PSL_DEVICE_ID:DATA_USAGE_COLLECTION_PURPOSE" && r[1] == "PSL_FRAUD_PREVENTION_SECURITY" && r[2] == "true");
        Assert.Contains(rows, r => r[0] == "PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_COLLECTION_AND_SHARING" && r[1] == "PSL_DATA_USAGE_ONLY_COLLECTED");
    }

    [Fact]
    public async Task FidesYamlHasOneDeclarationPerPurpose()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(await OutputAsync("fides")));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var system = (YamlMappingNode)Assert.Single((YamlSequenceNode)root["system"]);
        Assert.Equal("webapp", ((YamlScalarNode)system["fides_key"]).Value);
        Assert.Equal("WebApp", ((YamlScalarNode)system["name"]).Value);
        Assert.False(string.IsNullOrEmpty(((YamlScalarNode)system["description"]).Value));
        var declarations = ((YamlSequenceNode)system["privacy_declarations"]).Cast<YamlMappingNode>().ToList();
        var byUse = declarations.ToDictionary(d => ((YamlScalarNode)d["data_use"]).Value!);
        Assert.Equal(new[] { "collect", "essential.fraud_detection", "essential.service", "marketing.communications" }, byUse.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(new[] { "user.contact.email" }, Values(byUse["marketing.communications"]["data_categories"]));
        Assert.Equal(new[] { "user.device.ip_address" }, Values(byUse["essential.fraud_detection"]["data_categories"]));
        Assert.Equal(new[] { "user.device.cookie_id" }, Values(byUse["collect"]["data_categories"]));
        Assert.All(declarations, d =>
        {
            Assert.Equal(new[] { "customer" }, Values(d["data_subjects"]));
            Assert.False(string.IsNullOrEmpty(((YamlScalarNode)d["name"]).Value));
        });
    }

    [Fact]
    public async Task HtmlIsOneSelfContainedPage()
    {
        var html = await OutputAsync("html");
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        ContainsAll(html, "<style>", "Email address", "<code>user.device.cookie_id</code>", "undeclared");

        // Self-contained: nothing loaded from elsewhere.
        Assert.All(new[] { "<script", "<link", "src=", "@import" }, external => Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SolutionScanCoversBothProjects()
    {
        using var json = JsonDocument.Parse(await samples.ScanOutputAsync(samples.Solution));
        var scan = json.RootElement.GetProperty("scan");
        Assert.Equal("solution", scan.GetProperty("kind").GetString());
        Assert.Equal(new[] { "FullyDeclared", "WebApp" }, scan.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray());
        var cookie = json.RootElement.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "user.device.cookie_id");
        Assert.Equal(new[] { "FullyDeclared/Visitors.cs", "WebApp/Program.cs" }, cookie.GetProperty("sites").EnumerateArray().Select(s => s.GetProperty("file").GetString()).ToArray());
    }

    private static string[] Values(YamlNode node) => ((YamlSequenceNode)node).Select(n => ((YamlScalarNode)n).Value!).ToArray();

    /// <summary>A plist's top-level dict, as dictionaries, lists, strings and booleans.</summary>
    private static Dictionary<string, object> ParsePlist(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var document = XDocument.Load(reader);
        Assert.Equal("plist", document.Root!.Name.LocalName);
        Assert.Equal("1.0", document.Root.Attribute("version")?.Value);
        return (Dictionary<string, object>)Value(document.Root.Elements().Single());
    }

    private static object Value(XElement element) => element.Name.LocalName switch
    {
        "dict" => Dict(element),
        "array" => element.Elements().Select(Value).ToList(),
        "string" => element.Value,
        "true" => true,
        "false" => false,
        "integer" => long.Parse(element.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("unexpected plist element " + element.Name),
    };

    private static Dictionary<string, object> Dict(XElement dict)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        var children = dict.Elements().ToList();
        Assert.True(children.Count % 2 == 0, "a plist dict alternates key and value");
        for (var i = 0; i < children.Count; i += 2)
        {
            Assert.Equal("key", children[i].Name.LocalName);
            result.Add(children[i].Value, Value(children[i + 1]));
        }

        return result;
    }
}
