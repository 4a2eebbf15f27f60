using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Policy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// A policy recipient marked <c>(service provider)</c>: still a declared recipient (no PRIV102), and its flows say
/// so (<c>serviceProvider</c>), which the Play Data safety CSV reads as collected, not shared.
/// </summary>
public sealed class ServiceProviderTests
{
    private const string SentryUser = """
        class C
        {
            void M(Person p) => Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { Email = p.Email });
        }
        """;

    [Fact]
    public void ThePolicyReadsTheMarkerOnOneLineOrInASection()
    {
        var policy = PolicyParser.Parse(SourceText.From("""
            user.contact.*: essential.service
            recipients: Sentry (service provider), Mixpanel
            recipients:
              - Application Insights (Service Provider)
              - OpenAI
            """));
        Assert.Empty(policy.Problems);
        Assert.Equal(["Sentry", "Mixpanel", "Application Insights", "OpenAI"], policy.Recipients.ToArray());
        Assert.Equal(["Sentry", "Application Insights"], policy.ServiceProviders.ToArray());
    }

    [Fact]
    public void AMarkerWithoutANameIsALocatedProblem()
    {
        var policy = PolicyParser.Parse(SourceText.From("user.contact.*: essential.service\nrecipients: (service provider)\n"));
        Assert.Contains("empty recipient", Assert.Single(policy.Problems).Message, StringComparison.Ordinal);
        Assert.Empty(policy.Recipients);
        Assert.Empty(policy.ServiceProviders);
    }

    [Fact]
    public async Task AServiceProvidersFlowIsDeclaredAndSaysSo()
    {
        var builder = FlowHarness.Builder(SentryUser)
            .WithPolicy("user.contact.*: essential.service\nrecipients:\n  - Sentry (service provider)\n")
            .WithRuleEnabled(RuleIds.FlowInventory);
        var diagnostics = await builder.GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.FlowToThirdParty);
        var inventory = Assert.Single(diagnostics, d => d.Id == RuleIds.FlowInventory);
        Assert.Equal("true", inventory.Properties[SiteCodec.RecipientDeclaredKey]);
        Assert.Equal("true", inventory.Properties[SiteCodec.ServiceProviderKey]);
        Assert.True(SiteCodec.TryReadFlow(inventory, out var flow));
        Assert.True(flow!.ServiceProvider);
    }

    [Fact]
    public async Task ARecipientWithoutTheMarkerIsNotAServiceProvider()
    {
        var diagnostics = await FlowHarness.Builder(SentryUser)
            .WithPolicy("user.contact.*: essential.service\nrecipients: Sentry\n")
            .WithRuleEnabled(RuleIds.FlowInventory)
            .GetDiagnosticsAsync();
        var inventory = Assert.Single(diagnostics, d => d.Id == RuleIds.FlowInventory);
        Assert.False(inventory.Properties.ContainsKey(SiteCodec.ServiceProviderKey));
    }

    [Fact]
    public void TheFlagRoundTripsThroughTheCodec()
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }", path: "/0/A.cs");
        var finding = new FlowFinding(
            new CollectionSite("user.contact.email", "Person.Email", member: "C.M"),
            new[] { new FlowHop(Location.Create(tree, new TextSpan(0, 5)), "collected by Person.Email") },
            new FlowSink(SinkKind.ThirdParty, "SentryUser.Email", "Sentry"),
            pseudonymised: false,
            declaredRecipient: true,
            insecure: false)
        {
            ServiceProvider = true,
        };
        var properties = SiteCodec.Write(finding, out var locations);
        var read = SiteCodec.ReadFlow(properties, locations);
        Assert.Equal(finding, read);
        Assert.True(read!.ServiceProvider);
        Assert.NotEqual(finding, new FlowFinding(finding.Source, finding.Hops, finding.Sink, pseudonymised: false, declaredRecipient: true, insecure: false));
    }
}
