using System.Reflection;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>
/// Every id PrivacyAnalyzers emits is a fideslang id, read from the vendored files themselves (not from the
/// generated code, so a stale generation cannot hide a bad id): every catalog row, every request-binding
/// category, every constant, every suggested purpose, the fixes' fallback purpose and the samples' policies.
/// </summary>
public sealed class FideslangIdTests
{
    private static readonly HashSet<string> Categories = TaxonomyGenerator.Categories().Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> Uses = TaxonomyGenerator.Uses().Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> Subjects = TaxonomyGenerator.Subjects().Select(k => k.Key).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryCatalogRowEmitsAFideslangCategory()
    {
        Assert.NotEmpty(SourceCatalog.All);
        foreach (var entry in SourceCatalog.All)
        {
            foreach (var category in CategoriesOf(entry))
            {
                Assert.True(Categories.Contains(category), $"{entry.MemberId} ({entry.Platform}): '{category}' is not a fideslang data category");
            }
        }
    }

    [Fact]
    public void EveryRequestBindingCategoryIsFideslangs()
        => Assert.All(BindingNames.Categories.Append(BindingNames.CategoryFor("SomethingElse")), c => Assert.True(Categories.Contains(c), c));

    [Fact]
    public void EveryConstantIsAFideslangId()
    {
        Assert.All(Values(typeof(DataCategories)), v => Assert.True(Categories.Contains(v) || IsSplitFormer(v, IdKind.Category), v));
        Assert.All(Values(typeof(Purposes)), v => Assert.True(Uses.Contains(v), v));
        Assert.All(Values(typeof(DataSubjects)), v => Assert.True(Subjects.Contains(v), v));
    }

    [Fact]
    public void EveryTableRowAndSuggestionIsFideslangs()
    {
        Assert.All(DataCategoryTable.All, r => Assert.True(Categories.Contains(r.Id), r.Id));
        Assert.All(PurposeTable.All, r => Assert.True(Uses.Contains(r.Id), r.Id));
        Assert.NotEmpty(PurposeTable.All.Where(r => r.Suggested));
        Assert.Contains(PrivacyAnalyzers.CodeFixes.PurposeChoices.FallbackPurpose, Uses);
        Assert.All(DeprecatedIds.All, d => Assert.All(d.ReplacedBy, r => Assert.True((d.Kind == IdKind.Category ? Categories : Uses).Contains(r), r)));
    }

    [Fact]
    public void ASiteOfAFormerIdFromATeamsSourcesFileIsEmittedAsItsFideslangId()
    {
        var file = SourcesParser.Parse(SourceText.From("M:Crm.Client.GetCity;user.location.coarse\n"));
        Assert.Empty(file.Problems);
        Assert.Equal("user.location.imprecise", Assert.Single(file.Entries).Category);

        // The built-in catalog may not use one at all.
        var builtIn = SourcesParser.ParseBuiltIn(SourceText.From("[platform Test]\nM:Crm.Client.GetCity;user.location.coarse\n"), "test.txt", System.Collections.Immutable.ImmutableDictionary<string, ValueTable>.Empty);
        Assert.Contains(builtIn.Problems, p => p.Message == "'user.location.coarse' is a deprecated taxonomy id; use 'user.location.imprecise'");
    }

    [Theory]
    [InlineData("MeetingApp")]
    [InlineData("WebPortal")]
    public void TheSamplesPoliciesUseFideslangIdsOnly(string sample)
    {
        var policy = PolicyParser.Parse(SourceText.From(File.ReadAllText(Path.Combine(Repo.Root, "docs", "samples", sample, "PrivacyPolicy.txt"))));
        Assert.Empty(policy.Problems);
        Assert.Empty(policy.Deprecated);
        Assert.All(policy.Lines, l => Assert.True(Categories.Contains(l.Category), l.Category));
        Assert.All(policy.Lines.SelectMany(l => l.Purposes), p => Assert.True(Uses.Contains(p), p));
    }

    [Fact]
    public void TheToolsSeeFideslangsSubjectsAndCanonicalIds()
    {
        Assert.Equal(Subjects.Order(StringComparer.Ordinal), PrivacyAnalyzers.Contract.TaxonomyInfo.DataSubjects);
        Assert.Equal(TaxonomyGenerator.Version(), PrivacyAnalyzers.Contract.TaxonomyInfo.FideslangVersion);
        Assert.Equal("user.location.imprecise", PrivacyAnalyzers.Contract.TaxonomyInfo.CanonicalCategory("user.location.coarse"));
        Assert.Equal("user.contact.email", PrivacyAnalyzers.Contract.TaxonomyInfo.CanonicalCategory("user.contact.email"));
        Assert.Equal("functional.storage", PrivacyAnalyzers.Contract.TaxonomyInfo.CanonicalPurpose("functional.storage.privacy_preferences"));
    }

    private static IEnumerable<string> CategoriesOf(SourceEntry entry)
    {
        if (entry.Category is { } category)
        {
            yield return category;
        }

        if (entry.Argument is { } rule)
        {
            foreach (var value in rule.CategoriesByValue.Values)
            {
                yield return value;
            }

            if (rule.Fallback is { } fallback)
            {
                yield return fallback;
            }
        }
    }

    private static bool IsSplitFormer(string id, IdKind kind) => TaxonomyIndex.Deprecated(id, kind) is { ReplacedBy.Length: > 1 };

    private static IEnumerable<string> Values(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
}
