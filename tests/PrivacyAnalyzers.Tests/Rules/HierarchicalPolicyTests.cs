using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Policy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// Policy lines are hierarchical, like declarations and as Fides matches a parent category: a line for a
/// parent discloses its children (no PRIV003) and allows its purposes for them (no PRIV002); a child line
/// adds purposes to its parent's; <c>user.contact.*</c> keeps its meaning.
/// </summary>
public sealed class HierarchicalPolicyTests
{
    private const string Tracker = """
        using CoreLocation;
        using PrivacyAnalyzers;

        class Tracker
        {
            [CollectsPersonalData(DataCategories.PreciseLocation, {|#0:Purposes.EssentialService|})]
            void Precise(CLLocationManager m) => m.StartUpdatingLocation();

            [CollectsPersonalData(DataCategories.ImpreciseLocation, {|#1:Purposes.EssentialService|})]
            void Imprecise(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();

            void Undeclared(CLLocationManager m) => {|#2:m.StartUpdatingLocation()|};
        }
        """;

    [Theory]
    [InlineData("user.location: essential.service\n")]
    [InlineData("user.location.*: essential.service\n")] // the wildcard stays accepted, with the same meaning
    [InlineData("user: essential.service\n")]
    [InlineData("user.location: essential\n")] // purposes are hierarchical too
    public Task AParentLineDisclosesItsChildrenAndAllowsItsPurposesForThem(string policy) => TestBuilder.Create()
        .WithSource(Tracker)
        .WithPolicy(policy)
        .ShouldReport(Expect.Diagnostic(RuleIds.UndeclaredCollection).WithLocation(2)) // PRIV001 only: never PRIV003
        .ValidateAsync();

    [Fact]
    public Task ASiblingLineDisclosesNothing() => TestBuilder.Create()
        .WithSource(Tracker)
        .WithPolicy("user.location.precise: essential.service\n")
        .ShouldReport(
            Expect.Diagnostic(RuleIds.UndeclaredCollection).WithLocation(2),
            Expect.Diagnostic(RuleIds.CategoryNotDisclosed).WithSpan(10, 44, 10, 89))
        .ValidateAsync();

    [Fact]
    public Task APurposeTheParentLineDoesNotListIsNotAllowedForAChild() => TestBuilder.Create()
        .WithSource(Tracker)
        .WithPolicy("user.location: analytics.reporting\n")
        .ShouldReport(
            Expect.Message(RuleIds.PurposeNotAllowed).WithLocation(0).WithArguments("essential.service", "user.location.precise"),
            Expect.Message(RuleIds.PurposeNotAllowed).WithLocation(1).WithArguments("essential.service", "user.location.imprecise"),
            Expect.Diagnostic(RuleIds.UndeclaredCollection).WithLocation(2))
        .ValidateAsync();

    [Fact]
    public Task AChildLineAddsPurposesToItsParentsNeverTakesAway() => TestBuilder.Create()
        .WithSource("""
            using CoreLocation;
            using PrivacyAnalyzers;

            class Tracker
            {
                [CollectsPersonalData(DataCategories.PreciseLocation, Purposes.EssentialService, Purposes.AnalyticsReporting)]
                void Precise(CLLocationManager m) => m.StartUpdatingLocation();

                [CollectsPersonalData(DataCategories.ImpreciseLocation, Purposes.EssentialService, {|#0:Purposes.AnalyticsReporting|})]
                void Imprecise(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();
            }
            """)
        .WithPolicy("""
            user.location: essential.service
            user.location.precise: analytics.reporting
            """)
        .ShouldReport(Expect.Message(RuleIds.PurposeNotAllowed).WithLocation(0).WithArguments("analytics.reporting", "user.location.imprecise"))
        .ValidateAsync();

    [Fact]
    public void TheMostSpecificLinesPurposesComeFirst()
    {
        var policy = PolicyParser.Parse(SourceText.From("""
            user: essential.legal_obligation
            user.location: essential.service, analytics.reporting
            user.location.precise: marketing.advertising, essential.service
            user.contact: marketing.communications
            """));
        Assert.Empty(policy.Problems);
        Assert.Equal(
            new[] { "marketing.advertising", "essential.service", "analytics.reporting", "essential.legal_obligation" },
            policy.PurposesFor("user.location.precise"));
        Assert.Equal(new[] { "essential.service", "analytics.reporting", "essential.legal_obligation" }, policy.PurposesFor("user.location.imprecise"));
        Assert.True(policy.Discloses("user.location.imprecise"));
        Assert.True(policy.Allows("user.location.precise", "essential.legal_obligation"));
        Assert.False(policy.Allows("user.location.imprecise", "marketing.advertising"));
        Assert.False(policy.Allows("user.contact.email", "essential.service"));
    }

    [Fact]
    public void WildcardAndPlainLinesMeanTheSame()
    {
        var plain = PolicyParser.Parse(SourceText.From("user.contact: essential.service\n"));
        var wildcard = PolicyParser.Parse(SourceText.From("user.contact.*: essential.service\n"));
        foreach (var category in new[] { "user.contact", "user.contact.email", "user.contact.address.city", "user.contact.pager_number" })
        {
            Assert.True(plain.Discloses(category), category);
            Assert.True(wildcard.Discloses(category), category);
            Assert.True(plain.Allows(category, "essential.service.security"), category);
            Assert.True(wildcard.Allows(category, "essential.service.security"), category);
        }

        Assert.False(plain.Discloses("user.name"));
        Assert.False(wildcard.Discloses("user"));
    }
}
