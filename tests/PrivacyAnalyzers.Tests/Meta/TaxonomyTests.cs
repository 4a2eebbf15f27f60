using System.Reflection;
using PrivacyAnalyzers.Taxonomy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>The taxonomy is one table; the annotations' constants and docs/taxonomy.md follow it.</summary>
public sealed class TaxonomyTests
{
    [Fact]
    public void EveryParentExists()
    {
        foreach (var row in DataCategoryTable.All.Concat(PurposeTable.All))
        {
            if (row.ParentId != null)
            {
                Assert.True(DataCategoryTable.ById.ContainsKey(row.ParentId) || PurposeTable.ById.ContainsKey(row.ParentId), $"{row.Id}: no parent {row.ParentId}");
            }
        }
    }

    [Fact]
    public void DataCategoriesConstantsMatchTheTable()
        => Assert.Equal(
            DataCategoryTable.All.Select(r => (r.ConstantName, r.Id)).OrderBy(x => x.ConstantName),
            Constants(typeof(DataCategories)).OrderBy(x => x.Name));

    [Fact]
    public void PurposesConstantsMatchTheTable()
        => Assert.Equal(
            PurposeTable.All.Select(r => (r.ConstantName, r.Id)).OrderBy(x => x.ConstantName),
            Constants(typeof(Purposes)).OrderBy(x => x.Name));

    [Fact]
    public void TaxonomyDocListsEveryRow()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "taxonomy.md"));
        foreach (var row in DataCategoryTable.All.Concat(PurposeTable.All))
        {
            Assert.Contains($"| `{row.Id}` | {row.DisplayName} | `{row.ConstantName}` |", doc, StringComparison.Ordinal);
        }

        var rows = doc.Split('\n').Count(line => line.StartsWith("| `", StringComparison.Ordinal));
        Assert.Equal(DataCategoryTable.All.Length + PurposeTable.All.Length, rows);
    }

    [Theory]
    [InlineData("user.device", "user.device.device_id", true)]
    [InlineData("user.device.device_id", "user.device.device_id", true)]
    [InlineData("user", "user.contact.email", true)]
    [InlineData("user.device.device_id", "user.device", false)]
    [InlineData("user.dev", "user.device", false)]
    [InlineData("", "user", false)]
    public void CoversFollowsTheHierarchy(string declared, string collected, bool covers)
        => Assert.Equal(covers, TaxonomyIndex.Covers(declared, collected));

    private static IEnumerable<(string Name, string Id)> Constants(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (f.Name, (string)f.GetRawConstantValue()!));
}
