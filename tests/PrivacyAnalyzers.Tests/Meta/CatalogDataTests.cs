using System.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;
using Xunit;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>
/// The built-in catalog is data (src/PrivacyAnalyzers/Catalog/Data/*.txt, embedded) read by the
/// parser of PersonalDataSources.txt. A malformed row fails here, not in a user's build.
/// </summary>
public sealed class CatalogDataTests(ITestOutputHelper output)
{
    private static readonly string DataDirectory = Path.Combine(Repo.Root, "src", "PrivacyAnalyzers", "Catalog", "Data");

    [Fact]
    public void EveryBuiltInFileParsesWithoutAProblem()
    {
        Assert.True(SourceCatalog.Problems.IsEmpty, string.Join("\n", SourceCatalog.Problems));
        Assert.NotEmpty(SourceCatalog.All);
    }

    [Fact]
    public void EveryFileOnDiskIsEmbedded()
    {
        var onDisk = Directory.GetFiles(DataDirectory, "*.txt").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(onDisk, SourceCatalog.FileNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void EachPlatformIsNamedByOneFileOnly()
    {
        Assert.Equal(SourceCatalog.Platforms.Distinct(StringComparer.Ordinal), SourceCatalog.Platforms);
        Assert.Equal(SourceCatalog.Platforms.OrderBy(p => p, StringComparer.Ordinal), SourceCatalog.All.Select(e => e.Platform).Distinct().OrderBy(p => p, StringComparer.Ordinal));
        Assert.Contains(Platforms.AspNetCore, SourceCatalog.Platforms);
        Assert.DoesNotContain(Platforms.UserCode, SourceCatalog.Platforms);
    }

    [Fact]
    public void TheDocsHaveOneSectionPerPlatform()
    {
        var sections = File.ReadLines(Path.Combine(Repo.Root, "docs", "catalog.md"))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l[3..].Trim())
            .Where(s => SourceCatalog.Platforms.Contains(s));
        Assert.Equal(SourceCatalog.Platforms.OrderBy(p => p, StringComparer.Ordinal), sections.OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void ParsingTheCatalogTakesAFewMilliseconds()
    {
        var files = Directory.GetFiles(DataDirectory, "*.txt")
            .OrderBy(f => f.EndsWith(".values.txt", StringComparison.Ordinal) ? 0 : 1).ThenBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Text: SourceText.From(File.ReadAllText(f))))
            .ToList();
        Parse(files); // warm up the parser's code paths

        var stopwatch = Stopwatch.StartNew();
        var count = Parse(files);
        stopwatch.Stop();

        output.WriteLine($"{count} entries from {files.Count} files parsed in {stopwatch.Elapsed.TotalMilliseconds:0.00} ms");
        Assert.Equal(SourceCatalog.All.Length, count);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMilliseconds(250), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
    }

    /// <summary>Each malformed built-in text, and the problem it must raise.</summary>
    private static readonly (string Text, string Problem)[] MalformedTexts =
    {
        ("[platform Test]\nM:Ns.Type.Member;user.contact.emial\n", "unknown category id 'user.contact.emial': did you mean 'user.contact.email'?"),
        ("[platform Test]\nM:Ns.Type.Member;by name in missing\n", "no value table 'missing' is declared before this line"),
        ("[platform Test]\nM:Ns.Type.Member;by name\n", "expected 'by parameter in table[ + table][ else category]'"),
        ("[platform Test]\n[values keys ordinal]\nandroid_id;user.device.device_id\nandroid_id;user.device\n", "'android_id' is listed twice in 'keys'"),
        ("[platform Test]\n[values keys sometimes]\n", "expected '[platform name]', '[values name ordinal|ignore-case]' or '[sources]'"),
        ("[platform Test]\n[platform Other]\n", "the platform is already named 'Test': one file, one platform"),
        ("M:Ns.Type.Member;user.contact.email\n", "a source before the file's '[platform name]' line"),
        ("[platform Test]\n[values a ordinal]\nx;user.device\n[values b ignore-case]\ny;user.device\n[sources]\nM:Ns.Type.Member;by name in a + b\n", "'b' compares ignore-case, the tables before it ordinal"),
    };

    [Fact]
    public void AMalformedBuiltInRowIsAProblem()
    {
        foreach (var (text, problem) in MalformedTexts)
        {
            var file = SourcesParser.ParseBuiltIn(SourceText.From(text), "test.txt", System.Collections.Immutable.ImmutableDictionary<string, ValueTable>.Empty);
            Assert.True(file.Problems.Any(p => p.Message == problem), text + " → " + string.Join(" | ", file.Problems.Select(p => p.Message)));
            Assert.Empty(file.Entries);
        }
    }

    [Fact]
    public void AValueAwareRowReadsItsTablesAndFallback()
    {
        var shared = SourcesParser.ParseBuiltIn(SourceText.From("[values providers ordinal]\nnetwork;user.location.imprecise\n"), "shared.values.txt", System.Collections.Immutable.ImmutableDictionary<string, ValueTable>.Empty);
        var file = SourcesParser.ParseBuiltIn(
            SourceText.From("""
                # A comment, and a constructor id that keeps its '#'.
                [platform Test]
                [values more ordinal]
                gps;user.location.precise # a trailing comment
                [sources]
                M:Ns.Locator.#ctor;user.location.precise
                M:Ns.Locator.Get;by provider in providers + more else user.location.precise
                """),
            "test.txt",
            shared.Tables);
        Assert.Empty(file.Problems);
        Assert.Equal("Test", file.Platform);
        Assert.Equal(new[] { "M:Ns.Locator.#ctor", "M:Ns.Locator.Get" }, file.Entries.Select(e => e.MemberId));
        var rule = file.Entries[1].Argument!;
        Assert.Equal("provider", rule.ParameterName);
        Assert.Equal("user.location.precise", rule.Fallback);
        Assert.Equal("user.location.imprecise", rule.CategoriesByValue["network"]);
        Assert.Equal("user.location.precise", rule.CategoriesByValue["gps"]);
        Assert.False(rule.CategoriesByValue.ContainsKey("GPS"));
    }

    [Fact]
    public void ATeamsFileKeepsTheSimpleFormat()
    {
        // Sections and value-aware rows are the built-in catalog's: in PersonalDataSources.txt they are problems, as before.
        var file = SourcesParser.Parse(SourceText.From("[platform Mine]\nM:Ns.Type.Member;by name in keys\nM:Ns.Type.#ctor;user.contact.email\n"));
        Assert.Equal(2, file.Problems.Length);
        Assert.Equal("M:Ns.Type.#ctor", Assert.Single(file.Entries).MemberId);
        Assert.Equal(Platforms.UserCode, file.Entries[0].Platform);
    }

    [Fact]
    public void RequestBindingCategoriesAreInTheTaxonomy()
    {
        Assert.All(PrivacyAnalyzers.Engine.BindingNames.Categories, c => Assert.True(TaxonomyIndex.IsKnown(c, IdKind.Category), c));
        Assert.Equal("user.contact.address.postal_code", PrivacyAnalyzers.Engine.BindingNames.ForDataType(15));
        Assert.Null(PrivacyAnalyzers.Engine.BindingNames.ForDataType(1));
    }

    private static int Parse(List<(string Name, SourceText Text)> files)
    {
        var tables = System.Collections.Immutable.ImmutableDictionary<string, ValueTable>.Empty;
        var count = 0;
        foreach (var (name, text) in files)
        {
            var file = SourcesParser.ParseBuiltIn(text, name, tables);
            Assert.Empty(file.Problems);
            tables = tables.AddRange(file.Tables);
            count += file.Entries.Length;
        }

        return count;
    }
}
