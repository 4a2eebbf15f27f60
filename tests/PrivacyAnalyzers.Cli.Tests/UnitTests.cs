using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Cli.Commands;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Cli.Loading;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>The pure parts: names, paths, quoting, input resolution and the diff's rules.</summary>
public sealed class UnitTests
{
    [Theory]
    [InlineData("P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress", "ConnectionInfo.RemoteIpAddress")]
    [InlineData("M:System.Net.NetworkInformation.PhysicalAddress.GetPhysicalAddress", "PhysicalAddress.GetPhysicalAddress")]
    [InlineData("M:Microsoft.AspNetCore.Identity.UserManager`1.GetEmailAsync(`0)", "UserManager.GetEmailAsync")]
    [InlineData("M:Contoso.Tracker.#ctor(System.String)", "new Tracker")]
    [InlineData("T:Contoso.Tracker", "Tracker")]
    [InlineData("", "")]
    public void ApiNameComesFromTheDocumentationIdWhenTheSiteNamesNone(string id, string expected)
        => Assert.Equal(expected, new PrivacyAnalyzers.Contract.CollectionSite("user.device", api: string.Empty, sourceId: id).DisplayApi);

    [Theory]
    [InlineData("", "Program.cs", "Program.cs")]
    [InlineData("docs/samples/QuickStart/", "Program.cs", "docs/samples/QuickStart/Program.cs")]
    [InlineData("app/", "../shared/Clock.cs", "shared/Clock.cs")]
    [InlineData("", "My File.cs", "My%20File.cs")]
    public void SarifUrisAreRepositoryRelative(string prefix, string file, string expected)
        => Assert.Equal(expected, SarifFormat.Uri(prefix, file));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void CsvFieldsAreQuotedOnlyWhenNeeded(string field, string expected)
        => Assert.Equal(expected, PlayDataSafetyFormat.Csv(field));

    [Theory]
    [InlineData("My App", "my_app")]
    [InlineData("QuickStart.csproj", "quickstart")]
    [InlineData("Contoso.Web", "contoso_web")]
    public void FidesKeysAreFidesKeys(string name, string expected)
        => Assert.Equal(expected, FidesFormat.FidesKey(name));

    [Fact]
    public void DiffComparesSitesByPlaceNotLine()
    {
        var before = Manifest(Category("user.device.ip_address", Site("A.cs", 10, "A.M")));
        var moved = Manifest(Category("user.device.ip_address", Site("A.cs", 42, "A.M")));
        var diff = ManifestDiff.Compare(before, moved);
        Assert.False(diff.Changed);
        Assert.False(diff.Grew);

        var more = Manifest(Category("user.device.ip_address", Site("A.cs", 10, "A.M"), Site("B.cs", 3, "B.N")));
        diff = ManifestDiff.Compare(before, more);
        Assert.True(diff.Grew);
        var added = Assert.Single(diff.AddedSites);
        Assert.Equal("B.cs", added.Site.File);

        var newPurpose = Manifest(Category("user.device.ip_address", new[] { "analytics" }, Site("A.cs", 10, "A.M")));
        diff = ManifestDiff.Compare(before, newPurpose);
        Assert.True(diff.Grew);
        Assert.Equal("analytics", Assert.Single(diff.AddedPurposes).Purpose.Id);
        Assert.False(ManifestDiff.Compare(newPurpose, before).Grew);
    }

    [Fact]
    public void FolderWithOneProjectMeansThatProject()
    {
        var folder = Path.Combine(Path.GetTempPath(), "privacy-input-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            Assert.Equal(InputKind.Folder, ScanInput.Resolve(folder).Kind);
            File.WriteAllText(Path.Combine(folder, "App.csproj"), "<Project />");
            var input = ScanInput.Resolve(folder);
            Assert.Equal(InputKind.Project, input.Kind);
            Assert.Equal("App.csproj", input.RootName);
            File.WriteAllText(Path.Combine(folder, "Other.csproj"), "<Project />");
            Assert.Throws<ToolException>(() => ScanInput.Resolve(folder));
            Assert.Equal(InputKind.Solution, ScanInput.Resolve(Path.Combine(folder, "X.slnx") is var s && File.Exists(Write(s)) ? s : s).Kind);
            Assert.Throws<ToolException>(() => ScanInput.Resolve(Path.Combine(folder, "missing")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Write(string path)
    {
        File.WriteAllText(path, "<Solution />");
        return path;
    }

    private static Manifest Manifest(params CategoryEntry[] categories)
        => new(
            Manifests.Model.Manifest.CurrentSchemaVersion,
            new ToolInfo("privacy", "0.0.0"),
            null,
            new ScanInfo("App.csproj", "project", false, "full", Array.Empty<string>(), null, Array.Empty<ScannedProject>(), null),
            new ManifestSummary(1, categories.Length, 0, categories.Sum(c => c.Sites.Count), 0, 0, 0, 0),
            categories,
            Array.Empty<Finding>());

    private static CategoryEntry Category(string id, params Site[] sites) => Category(id, Array.Empty<string>(), sites);

    private static CategoryEntry Category(string id, string[] purposes, params Site[] sites)
        => new(id, id, null, "NSPrivacyCollectedDataTypeDeviceID", null, purposes.Select(p => new PurposeEntry(p, p)).ToList(), 0, sites.Length, Array.Empty<Declaration>(), sites);

    private static Site Site(string file, int line, string member)
        => new(file, line, 1, "App", member, "ConnectionInfo.RemoteIpAddress", "P:X", "ASP.NET Core", false, null, Array.Empty<string>(), null);
}
