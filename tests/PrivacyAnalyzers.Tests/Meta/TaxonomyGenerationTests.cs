using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>
/// The checked-in generated files are what the vendored fideslang files and our columns give (PublicAPI-style):
/// a change to either without regenerating fails here. PRIVACY_UPDATE_GENERATED=1 writes them instead.
/// </summary>
public sealed class TaxonomyGenerationTests
{
    private static bool Update => Environment.GetEnvironmentVariable(TaxonomyGenerator.UpdateVariable) == "1";

    public static TheoryData<string> GeneratedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in TaxonomyGenerator.Files())
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void GeneratedCodeMatchesTheVendoredFiles(string path)
    {
        var expected = TaxonomyGenerator.Files().Single(f => f.Path == path).Text;
        Check(path, expected);
    }

    [Fact]
    public void TaxonomyDocTablesMatchTheTaxonomy()
    {
        var path = "docs/taxonomy.md";
        Check(path, TaxonomyGenerator.TaxonomyDoc(File.ReadAllText(Path.Combine(Repo.Root, path)).ReplaceLineEndings("\n")));
    }

    [Fact]
    public void TheVendoredFilesAreFideslangsOwn()
    {
        // The version is read from NOTICE.md, and the files hold what a fideslang 3.x release holds.
        Assert.Matches(@"^3\.\d+\.\d+", TaxonomyGenerator.Version());
        var categories = TaxonomyGenerator.Categories();
        Assert.Contains(categories, c => c.Key == "user.location.imprecise" && c.ParentKey == "user.location");
        Assert.Contains(TaxonomyGenerator.Uses(), u => u.Key == "essential.service" && u.ParentKey == "essential");
        Assert.Contains(TaxonomyGenerator.Subjects(), s => s.Key == "customer" && s.ParentKey is null);
        var notice = File.ReadAllText(Path.Combine(TaxonomyGenerator.FideslangFolder, "NOTICE.md"));
        Assert.Contains("CC BY 4.0", notice, StringComparison.Ordinal);
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", notice, StringComparison.Ordinal);
    }

    private static void Check(string path, string expected)
    {
        var full = Path.Combine(Repo.Root, path);
        var actual = File.Exists(full) ? File.ReadAllText(full).ReplaceLineEndings("\n") : null;
        if (actual == expected)
        {
            return;
        }

        if (Update)
        {
            File.WriteAllText(full, expected);
            return;
        }

        Assert.Fail($"{path} is not what the vendored fideslang files and our columns give: run {TaxonomyGenerator.UpdateVariable}=1 dotnet test tests/PrivacyAnalyzers.Tests --filter TaxonomyGeneration, and review the diff.");
    }
}
