using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>The taxonomy is the one place that knows ids: known, accepted, nearest, and the "did you mean" text.</summary>
public sealed class KnownIdTests
{
    [Theory]
    [InlineData("user.contact.email", "category", true, true)]
    [InlineData("user.contact.pager_number", "category", false, true)] // a team's own, below a known id
    [InlineData("user.contact.fax_number", "category", true, true)] // fideslang's
    [InlineData("user.location.coarse", "category", false, true)] // a former id: accepted, read as user.location.imprecise
    [InlineData("user.biometrics.voice", "category", false, true)] // within two edits of user.biometric.voice, still no typo
    [InlineData("functional.storage.privacy_preferences", "purpose", false, true)]
    [InlineData("user.contact.emial", "category", false, false)] // a typo of a known id
    [InlineData("user.device.ip_adress", "category", false, false)]
    [InlineData("customer.loyalty_tier", "category", false, false)] // below nothing known
    [InlineData("essential.service", "purpose", true, true)]
    [InlineData("essential.servise", "purpose", false, false)]
    [InlineData("essential.service.onboarding_survey", "purpose", false, true)]
    [InlineData("user.contact.email", "purpose", false, false)]
    public void KnownAndAccepted(string id, string kindName, bool known, bool accepted)
    {
        var kind = Kind(kindName);
        Assert.Equal(known, TaxonomyIndex.IsKnown(id, kind));
        Assert.Equal(accepted, TaxonomyIndex.IsAccepted(id, kind));
        Assert.Equal(known, TaxonomyIndex.Find(id, kind) is not null);
    }

    [Fact]
    public void TheSuggestionIsBuiltOnce()
    {
        Assert.Equal(": did you mean 'user.contact.email'?", TaxonomyIndex.DidYouMean("user.contact.emial", IdKind.Category));
        var typos = new (string Typo, IdKind Kind, string Nearest)[]
        {
            ("user.device.ip_adress", IdKind.Category, "user.device.ip_address"),
            ("essential.servise", IdKind.Purpose, "essential.service"),
            ("marketing.comunications", IdKind.Purpose, "marketing.communications"),
        };
        foreach (var (typo, kind, nearest) in typos)
        {
            Assert.Equal((nearest, 1), TaxonomyIndex.Nearest(typo, kind));
            Assert.Equal(": did you mean '" + nearest + "'?", TaxonomyIndex.DidYouMean(typo, kind));
        }
    }

    [Fact]
    public void DisplayNamesFallBackToTheId()
    {
        Assert.Equal("Email address", TaxonomyIndex.DisplayName("user.contact.email", IdKind.Category));
        Assert.Equal("user.contact.pager_number", TaxonomyIndex.DisplayName("user.contact.pager_number", IdKind.Category));
        Assert.Equal(TaxonomyIndex.CategoryDisplayName("user.device.ip_address"), TaxonomyIndex.DisplayName("user.device.ip_address", IdKind.Category));
        Assert.Equal(TaxonomyIndex.PurposeDisplayName("essential.service"), TaxonomyIndex.DisplayName("essential.service", IdKind.Purpose));
    }

    [Fact]
    public void APolicyAddsItsOwnIdsOnTop()
    {
        var policy = PolicyParser.Parse(Microsoft.CodeAnalysis.Text.SourceText.From("customer.loyalty_tier: essential.servise\n"));
        Assert.True(PrivacyPolicy.IsKnown(policy, "customer.loyalty_tier", IdKind.Category));
        Assert.False(PrivacyPolicy.IsKnown(null, "customer.loyalty_tier", IdKind.Category));
        Assert.True(PrivacyPolicy.IsKnown(null, "user.contact.pager_number", IdKind.Category));
        Assert.Contains(policy.Problems, p => p.Message == "unknown purpose id 'essential.servise': did you mean 'essential.service'?");
    }

    private static IdKind Kind(string name)
    {
        var kind = name == "purpose" ? IdKind.Purpose : IdKind.Category;
        Assert.Equal(name, TaxonomyIndex.KindName(kind));
        return kind;
    }
}
