using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Cli.Tests.Merge;

/// <summary>
/// The reader of the compiler's SARIF 2.1 log, on logs of the shape the C# compiler writes
/// (<c>-p:ErrorLog=out.sarif%2Cversion%3D2.1</c> with PRIV007 as a suggestion) and on logs it must refuse.
/// </summary>
public sealed class SarifReaderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "privacy-sarif-tests-" + Guid.NewGuid().ToString("N")[..10]);

    public SarifReaderTests() => Directory.CreateDirectory(root);

    public void Dispose() => TemporaryFolder.Delete(root);

    private string ProgramUri => new Uri(Path.Combine(root, "src", "Program.cs")).AbsoluteUri;

    [Fact]
    public void A_compiler_log_gives_sites_declarations_and_findings_with_titles_and_help_links()
    {
        var manifest = Read(Log(Site(declared: true), Undeclared(), Suppressed()));

        var category = Assert.Single(manifest.Categories, c => c.Id == "user.contact.email");
        var site = Assert.Single(category.Sites);
        Assert.Equal(("src/Program.cs", 29, 62, "App"), (site.File, site.Line, site.Column, site.Project));
        Assert.Equal("Newsletter.Recipient", site.Member);
        Assert.True(site.Declared);
        Assert.Equal(["marketing.communications"], site.Purposes);
        var declaration = Assert.Single(category.Declarations);
        Assert.Equal(("src/Program.cs", 28, 6), (declaration.File, declaration.Line, declaration.Column));

        var finding = Assert.Single(manifest.Findings);
        Assert.Equal(("PRIV001", "warning", "src/Program.cs", 12, 9), (finding.Id, finding.Severity, finding.File, finding.Line, finding.Column));
        Assert.Equal("Personal data collected without a declared purpose", finding.Title);
        Assert.Equal("https://example.test/PRIV001", finding.HelpUri);
        Assert.Equal("user.device.ip_address", finding.Category);

        // The suppressed PRIV001 (in the cookie category) is neither a finding nor a site.
        Assert.DoesNotContain(manifest.Categories, c => c.Id == "user.device.cookie_id");
        Assert.Equal(("App.csproj", "project", "analyzed", 3), (manifest.Scan.Root, manifest.Scan.Kind, manifest.Scan.Projects[0].Status, manifest.Scan.Projects[0].Documents));
    }

    [Fact]
    public void A_log_of_an_older_analyzer_without_custom_properties_gives_its_findings_only()
    {
        var manifest = Read(Log(Undeclared(properties: false)));
        Assert.Single(manifest.Findings);
        Assert.Empty(manifest.Categories);
    }

    [Fact]
    public void A_log_with_compile_errors_gives_a_partial_manifest_naming_the_unresolved_reference()
    {
        var error = """
            {
              "ruleId": "CS0246",
              "level": "error",
              "message": { "text": "The type or namespace name 'Contoso' could not be found (are you missing a using directive or an assembly reference?)" },
              "locations": [ LOCATION ]
            }
            """.Replace("LOCATION", Location(3, 7), StringComparison.Ordinal);
        var manifest = Read(Log(Undeclared(), error));

        Assert.Equal("compile-errors", manifest.Scan.Projects[0].Status);
        Assert.StartsWith("1 compile error, first: src/Program.cs(3,7): CS0246: ", manifest.Scan.Projects[0].Message, StringComparison.Ordinal);
        Assert.True(manifest.Scan.Partial);
        Assert.Equal("reduced", manifest.Scan.Confidence);
        var unresolved = Assert.Single(manifest.Scan.Unresolved!.Symbols);
        Assert.Equal(("Contoso", "CS0246", 1), (unresolved.Name, unresolved.Diagnostic, unresolved.Count));
        Assert.Single(manifest.Findings);
    }

    [Theory]
    [InlineData("1.0.0", "is SARIF 1.0.0")]
    [InlineData(null, "no version")]
    public void Another_sarif_version_is_refused(string? version, string expected)
    {
        var text = Log(Undeclared()).Replace("\"version\": \"2.1.0\"", version is null ? "\"v\": 1" : $"\"version\": \"{version}\"", StringComparison.Ordinal);
        Assert.Contains(expected, Refused(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_tool_s_log_is_refused_naming_the_tool()
        => Assert.Contains("'ESLint'", Refused(Log(Undeclared()).Replace(CompilerLog.CompilerName, "ESLint", StringComparison.Ordinal)), StringComparison.Ordinal);

    [Fact]
    public void A_truncated_log_is_refused()
    {
        var text = Log(Site(declared: true), Undeclared());
        Assert.Contains("truncated", Refused(text[..(text.Length / 2)]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"startLine\": 12", "\"startLine\": \"12\"", "region.startLine")]
    [InlineData("\"startLine\": 12", "\"startLine\": 0", "region.startLine")]
    [InlineData("\"level\": \"warning\"", "\"level\": \"fatal\"", "level 'fatal'")]
    [InlineData("\"ruleId\": \"PRIV001\"", "\"rule\": \"PRIV001\"", "'ruleId'")]
    [InlineData("\"category\": \"user.device.ip_address\"", "\"category\": 7", "custom property 'category'")]
    public void A_hand_edited_log_is_refused_saying_where(string original, string edited, string expected)
    {
        var text = Log(Undeclared());
        Assert.Contains(original, text, StringComparison.Ordinal);
        var message = Refused(text.Replace(original, edited, StringComparison.Ordinal));
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains("result 0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_log_is_refused()
        => Assert.Contains("does not exist", Assert.Throws<ManifestReadException>(() => BuildManifest.FromCompilerLog(Path.Combine(root, "none.sarif"), "App", "App.csproj", root, null)).Message, StringComparison.Ordinal);

    private Manifests.Model.Manifest Read(string text)
    {
        var path = Path.Combine(root, "build.sarif");
        File.WriteAllText(path, text);
        return BuildManifest.FromCompilerLog(path, "App", Path.Combine(root, "App.csproj"), root, policyFile: null, documents: 3);
    }

    private string Refused(string text)
    {
        var path = Path.Combine(root, "bad.sarif");
        File.WriteAllText(path, text);
        var exception = Assert.Throws<ManifestReadException>(() => BuildManifest.FromCompilerLog(path, "App", "App.csproj", root, null));
        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        return exception.Message;
    }

    private string Log(params string[] results) => $$"""
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [
            {
              "results": [
        {{string.Join(",\n", results)}}
              ],
              "properties": { "analyzerExecutionTime": "1.0" },
              "tool": {
                "driver": {
                  "name": "{{CompilerLog.CompilerName}}",
                  "version": "5.9.0",
                  "rules": [
                    { "id": "PRIV001", "shortDescription": { "text": "Personal data collected without a declared purpose" }, "helpUri": "https://example.test/PRIV001" },
                    { "id": "PRIV007", "shortDescription": { "text": "Personal data collection site" }, "helpUri": "https://example.test/PRIV007" }
                  ]
                }
              },
              "columnKind": "utf16CodeUnits"
            }
          ]
        }
        """;

    private string Location(int line, int column) => $$"""
        { "physicalLocation": { "artifactLocation": { "uri": "{{ProgramUri}}" }, "region": { "startLine": {{line}}, "startColumn": {{column}}, "endLine": {{line}}, "endColumn": {{column + 5}} } } }
        """;

    private string Site(bool declared) => $$"""
        {
          "ruleId": "PRIV007",
          "ruleIndex": 1,
          "level": "note",
          "message": { "text": "PrincipalExtensions.FindFirstValue collects Email address (user.contact.email)" },
          "locations": [ {{Location(29, 62)}} ],
          "relatedLocations": [ {{Location(28, 6)}} ],
          "properties": {
            "warningLevel": 1,
            "customProperties": {
              "api": "PrincipalExtensions.FindFirstValue",
              "category": "user.contact.email",
              {{(declared ? "\"declaredCategory\": \"user.contact.email\", \"purposes\": \"marketing.communications\"," : string.Empty)}}
              "kind": "api",
              "member": "Newsletter.Recipient",
              "platform": "ASP.NET Core",
              "source": "M:System.Security.Claims.PrincipalExtensions.FindFirstValue(System.Security.Claims.ClaimsPrincipal,System.String)"
            }
          }
        }
        """;

    private string Undeclared(bool properties = true) => $$"""
        {
          "ruleId": "PRIV001",
          "ruleIndex": 0,
          "level": "warning",
          "message": { "text": "ConnectionInfo.RemoteIpAddress collects IP address (user.device.ip_address) without a declared purpose" },
          "locations": [ {{Location(12, 9)}} ],
          "properties": {
            "warningLevel": 1{{(properties ? ",\n      \"customProperties\": { \"api\": \"ConnectionInfo.RemoteIpAddress\", \"category\": \"user.device.ip_address\", \"kind\": \"api\", \"member\": \"Program.<Main>$\", \"platform\": \"ASP.NET Core\", \"source\": \"P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress\" }" : string.Empty)}}
          }
        }
        """;

    private string Suppressed() => $$"""
        {
          "ruleId": "PRIV001",
          "ruleIndex": 0,
          "level": "warning",
          "message": { "text": "HttpRequest.Cookies collects Cookie id (user.device.cookie_id) without a declared purpose" },
          "suppressions": [ { "kind": "inSource" } ],
          "locations": [ {{Location(20, 5)}} ],
          "properties": { "customProperties": { "category": "user.device.cookie_id", "api": "HttpRequest.Cookies", "kind": "api" } }
        }
        """;
}
