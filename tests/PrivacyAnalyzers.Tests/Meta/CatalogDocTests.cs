using PrivacyAnalyzers.Catalog;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>docs/catalog.md lists every built-in source, with its platform, category and values, and nothing else.</summary>
public sealed class CatalogDocTests
{
    private static readonly IReadOnlyList<Row> Rows = ReadRows();

    [Fact]
    public void EveryEntryHasOneRowAndEveryRowAnEntry()
    {
        Assert.Equal(SourceCatalog.All.Length, Rows.Count);
        Assert.Equal(
            SourceCatalog.All.Select(e => e.MemberId).OrderBy(id => id, StringComparer.Ordinal),
            Rows.Select(r => r.MemberId).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRowNamesItsPlatformAndCategory()
    {
        foreach (var entry in SourceCatalog.All)
        {
            var row = Assert.Single(Rows, r => r.MemberId == entry.MemberId);
            Assert.Equal(entry.Platform, row.Platform);
            Assert.True(row.Section == entry.Platform, $"{entry.MemberId} is listed under '{row.Section}', not '{entry.Platform}'");
            if (entry.Category is { } category)
            {
                Assert.Equal("`" + category + "`", row.Category);
                Assert.Equal("", row.Values);
                continue;
            }

            var rule = entry.Argument!;
            Assert.StartsWith("by argument `" + rule.ParameterName + "`", row.Category, StringComparison.Ordinal);
            Assert.Equal(rule.Fallback is null, !row.Category.Contains("non-constants: `", StringComparison.Ordinal));
            if (rule.Fallback is { } fallback)
            {
                Assert.Contains("non-constants: `" + fallback + "`", row.Category, StringComparison.Ordinal);
            }

            var values = row.Values.Split("<br>");
            Assert.Equal(rule.CategoriesByValue.Count, values.Length);
            foreach (var (value, valueCategory) in rule.CategoriesByValue)
            {
                Assert.Contains("`` " + value + " `` → `" + valueCategory + "`", values);
            }
        }
    }

    private static List<Row> ReadRows()
    {
        var rows = new List<Row>();
        var section = "";
        foreach (var line in File.ReadLines(Path.Combine(Repo.Root, "docs", "catalog.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line.Substring(3).Trim();
                continue;
            }

            // | Platform | `` member `` | category | values |
            if (!line.StartsWith("| ", StringComparison.Ordinal) || !line.Contains("| `` ", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 4, "malformed row: " + line);
            Assert.True(cells[1].StartsWith("`` ", StringComparison.Ordinal) && cells[1].EndsWith(" ``", StringComparison.Ordinal), "malformed member: " + line);
            rows.Add(new Row(section, cells[0], cells[1].Substring(3, cells[1].Length - 6), cells[2], cells[3]));
        }

        return rows;
    }

    private sealed record Row(string Section, string Platform, string MemberId, string Category, string Values);
}
