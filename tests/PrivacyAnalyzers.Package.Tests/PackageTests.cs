using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// The PrivacyAnalyzers nupkg as users get it: its layout and metadata, and what a project that
/// references it sees when it builds. One pack and one restore serve the whole class.
/// </summary>
public sealed partial class PackageTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture fixture;

    public PackageTests(PackageFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void PackageIsNamedAfterItsIdAndVersion()
    {
        var path = fixture.RequirePackage();
        Assert.Matches(@"^PrivacyAnalyzers\.\d+\.\d+\.\d+([-+].+)?\.nupkg$", Path.GetFileName(path));

        var metadata = Metadata(fixture.ReadNuspec());
        Assert.Equal(PackageFixture.PackageId, Value(metadata, "id"));
        Assert.Equal(fixture.PackageVersion, Value(metadata, "version"));
    }

    [Fact]
    public void PackageHasAnalyzersCodeFixesAnnotationsAndProps()
    {
        var entries = fixture.ReadPackageEntries();
        var listing = string.Join(Environment.NewLine, entries);

        foreach (var expected in new[]
        {
            "analyzers/dotnet/cs/PrivacyAnalyzers.dll",
            "analyzers/dotnet/cs/PrivacyAnalyzers.CodeFixes.dll",
            "lib/netstandard2.0/PrivacyAnalyzers.Annotations.dll",
            "lib/netstandard2.0/PrivacyAnalyzers.Annotations.xml",
            "build/PrivacyAnalyzers.props",
            "buildTransitive/PrivacyAnalyzers.props",
        })
        {
            Assert.True(entries.Contains(expected), $"Missing {expected} in the package:{Environment.NewLine}{listing}");
        }

        // The analyzers must not be compiled against (lib/) nor carry Roslyn with them, and the
        // packaging project's own empty assembly stays out.
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal) && !entry.Contains("PrivacyAnalyzers.Annotations.", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => entry.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, entry => entry.Contains("PrivacyAnalyzers.Package.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void NuspecHasNoDependencies()
    {
        var nuspec = fixture.ReadNuspec();
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").ToArray();

        Assert.DoesNotContain(
            dependencies,
            d => ((string?)d.Attribute("id") ?? string.Empty).StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.True(dependencies.Length == 0, "Expected no package dependencies:" + Environment.NewLine + nuspec);
    }

    [Fact]
    public void NuspecHasMetadataAndIsNotADevelopmentDependency()
    {
        var nuspec = fixture.ReadNuspec();
        var metadata = Metadata(nuspec);

        // Consumers compile against the annotations assembly, so the package must flow to them.
        Assert.NotEqual("true", Value(metadata, "developmentDependency"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")), nuspec.ToString());
        Assert.Equal("MIT", Value(metadata, "license"));
        var tags = (Value(metadata, "tags") ?? string.Empty).Split(new[] { ' ', ';', ',' }, StringSplitOptions.RemoveEmptyEntries);
        Assert.Superset(new HashSet<string>(new[] { "privacy", "gdpr", "roslyn", "analyzers" }), new HashSet<string>(tags));

        if (File.Exists(Path.Combine(fixture.RepositoryRoot, "README.md")))
        {
            Assert.Equal("README.md", Value(metadata, "readme"));
            Assert.Contains("README.md", fixture.ReadPackageEntries());
        }
    }

    [Fact]
    public async Task UndeclaredCollectionBuildsWithPriv001Warning()
    {
        var result = await fixture.BuildConsumerAsync(PackageFixture.UndeclaredSource);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Matches(Priv001(), result.Output);
        Assert.Matches(Priv001Warning(), result.Output);
    }

    [Fact]
    public async Task UndeclaredCollectionFailsTheBuildWhenWarningsAreErrors()
    {
        var result = await fixture.BuildConsumerAsync(PackageFixture.UndeclaredSource, "-p:TreatWarningsAsErrors=true");

        Assert.False(result.TimedOut, result.ToString());
        Assert.True(result.ExitCode != 0, "Expected the build to fail:" + Environment.NewLine + result);
        Assert.Matches(Priv001Error(), result.Output);
    }

    [Fact]
    public async Task DeclaredCollectionBuildsWithoutPriv001()
    {
        var result = await fixture.BuildConsumerAsync(PackageFixture.DeclaredSource);

        Assert.True(result.Succeeded, result.ToString());
        Assert.DoesNotMatch(Priv001(), result.Output);
    }

    [Fact]
    public async Task PolicyAndSourcesFilesNextToTheProjectAreAdditionalFiles()
    {
        var (paths, result) = await fixture.GetPolicyConsumerAdditionalFilesAsync();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains(Path.Combine(fixture.PolicyConsumerDirectory, "PrivacyPolicy.txt"), paths);
        Assert.Contains(Path.Combine(fixture.PolicyConsumerDirectory, "PersonalDataSources.txt"), paths);
        Assert.True(paths.Count == 2, result.ToString());
    }

    [Fact]
    public async Task PrivacyPolicyFilePropertyPicksAnotherFile()
    {
        var (paths, result) = await fixture.GetPolicyConsumerAdditionalFilesAsync("-p:PrivacyPolicyFile=other/path.txt");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains(Path.Combine(fixture.PolicyConsumerDirectory, "other", "path.txt"), paths);
        Assert.DoesNotContain(Path.Combine(fixture.PolicyConsumerDirectory, "PrivacyPolicy.txt"), paths);
        Assert.Contains(Path.Combine(fixture.PolicyConsumerDirectory, "PersonalDataSources.txt"), paths);
    }

    [Fact]
    public async Task MissingPolicyFileAddsNothing()
    {
        var (paths, result) = await fixture.GetPolicyConsumerAdditionalFilesAsync("-p:PrivacyPolicyFile=does-not-exist.txt", "-p:PersonalDataSourcesFile=nor-this.txt");

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(paths.Count == 0, result.ToString());
    }

    private static XElement Metadata(XDocument nuspec) =>
        nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    private static string? Value(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    [GeneratedRegex(@"\bPRIV001\b")]
    private static partial Regex Priv001();

    [GeneratedRegex(@"warning PRIV001\b")]
    private static partial Regex Priv001Warning();

    [GeneratedRegex(@"error PRIV001\b")]
    private static partial Regex Priv001Error();

    [Fact]
    public async Task DotnetFormatAppliesTheDeclarationFix()
    {
        fixture.RequireConsumers();
        var format = await ChildProcess.DotNetAsync(
            fixture.FormatConsumerDirectory,
            new[] { "format", "analyzers", PackageFixture.FormatConsumerProjectName + ".csproj", "--diagnostics", "PRIV001", "--severity", "warn", "--no-restore" },
            fixture.ConsumerEnvironment);
        Assert.True(format.Succeeded, format.ToString());

        var text = File.ReadAllText(Path.Combine(fixture.FormatConsumerDirectory, "Device.cs"));
        Assert.Contains("using PrivacyAnalyzers;", text, StringComparison.Ordinal);
        Assert.Contains("    // The first adapter's MAC address.\n        [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]\n        public static string Mac()", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("[CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]").Length - 1);

        var build = await ChildProcess.DotNetAsync(
            fixture.FormatConsumerDirectory,
            new[] { "build", "--no-restore", "--no-incremental", "-tl:off", "-p:TreatWarningsAsErrors=true" },
            fixture.ConsumerEnvironment);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("PRIV001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyInAParentFolderUpToTheRepositoryRootIsPickedUp()
    {
        var (paths, result) = await fixture.GetAdditionalFilesAsync(fixture.NestedConsumerDirectory, "Nested.csproj");
        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains(Path.Combine(fixture.NestedRepositoryDirectory, "PrivacyPolicy.txt"), paths);

        // A sources file above the repository root belongs to someone else.
        Assert.DoesNotContain(paths, p => p.EndsWith("PersonalDataSources.txt", StringComparison.Ordinal));
    }
}
