using PrivacyAnalyzers.CodeFixes;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>The fixes of the policy rules: they edit PrivacyPolicy.txt or the declaration, and nothing else.</summary>
public sealed class PolicyFixerTests
{
    private const string Policy = """
        # Visitors
        user.device.ip_address: essential.fraud_detection   # kept for 30 days

        # Contact data from the sign-up form
        user.contact.*: essential.service
        """;

    [Fact]
    public async Task AllowsTheDeclaredPurposeInThePolicyKeepingCommentsAndOrder()
    {
        await PolicyFix()
            .WithSource("""
                using Microsoft.AspNetCore.Http;
                using PrivacyAnalyzers;

                class Visitors
                {
                    [CollectsPersonalData(DataCategories.IpAddress, {|PRIV002:Purposes.AnalyticsReporting|})]
                    object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
                }
                """)
            .ShouldFixTo("""
                using Microsoft.AspNetCore.Http;
                using PrivacyAnalyzers;

                class Visitors
                {
                    [CollectsPersonalData(DataCategories.IpAddress, Purposes.AnalyticsReporting)]
                    object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
                }
                """)
            .ShouldFixPolicyTo("""
            # Visitors
            user.device.ip_address: essential.fraud_detection, analytics.reporting   # kept for 30 days

            # Contact data from the sign-up form
            user.contact.*: essential.service
            """)
            .ValidateAsync();
    }

    [Fact]
    public async Task DisclosesAnUndisclosedCategoryWithItsDeclaredPurposes()
    {
        await PolicyFix()
            .WithSource("""
                using Microsoft.AspNetCore.Http;
                using PrivacyAnalyzers;

                class Visitors
                {
                    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService, Purposes.AnalyticsReporting)]
                    object Cookies(HttpContext c) => {|PRIV003:c.Request.Cookies|};

                    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService)]
                    object Again(HttpContext c) => {|PRIV003:c.Response.Cookies|};
                }
                """)
            .ShouldFixTo("""
                using Microsoft.AspNetCore.Http;
                using PrivacyAnalyzers;

                class Visitors
                {
                    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService, Purposes.AnalyticsReporting)]
                    object Cookies(HttpContext c) => c.Request.Cookies;

                    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService)]
                    object Again(HttpContext c) => c.Response.Cookies;
                }
                """)
            // One-by-one: two passes (the second site finds its line already there); Fix All: one.
            .WithIterations(incremental: 1)
            .ShouldFixPolicyTo(Policy + "\nuser.device.cookie_id: essential.service, analytics.reporting\n")
            .ValidateAsync();
    }

    [Fact]
    public async Task DeclarationFixOffersThePolicyPurposesFirst()
    {
        var actions = await TestBuilder.Create()
            .WithSource("class A { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => c.Connection.RemoteIpAddress; }")
            .WithPolicy("user.device.ip_address: essential.fraud_detection, essential.service.security\n")
            .GetCodeActionsAsync(new UndeclaredCollectionFixer());

        var purposes = CodeActionTree.Nested(actions[0]).Select(a => a.EquivalenceKey!.Split('|')[2]).ToList();
        Assert.Equal(new[] { "essential.fraud_detection", "essential.service.security" }, purposes.Take(2));
        Assert.Equal(purposes.Count, purposes.Distinct().Count());
        Assert.Contains("essential.service", purposes);
    }

    /// <summary>The policy fix, on a project whose policy is <see cref="Policy"/>.</summary>
    private static TestBuilder PolicyFix() => TestBuilder.Create().WithCodeFix<PolicyFixer>().WithPolicy(Policy);
}
