using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>PRIV102: analytics, crash and LLM SDKs, and the declared recipients that silence them.</summary>
public sealed class FlowToThirdPartyTests
{
    private const string SentryUser = """
        class C
        {
            void M(Person p) => Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { Email = p.Email, Id = "42" });
        }
        """;

    [Fact]
    public async Task SentryUserInAScopeIsReportedWithItsProcessor()
    {
        var flows = await FlowHarness.FlowsAsync(SentryUser);
        Assert.Equal(["PRIV102 'Email = p.Email' user.contact.email -> Sentry"], flows);
    }

    [Fact]
    public async Task ARecipientsDeclarationSilencesIt()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                [CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Recipients = new[] { "Sentry" })]
                void M(Person p) => Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { Email = p.Email });
            }
            """);
        Assert.Empty(flows);
    }

    [Fact]
    public async Task ThePolicysRecipientsSilenceItAndTheInventoryStillHasIt()
    {
        var builder = FlowHarness.Builder(SentryUser)
            .WithPolicy("user.contact.*: essential.service\nrecipients: Sentry, Application Insights\n")
            .WithRuleEnabled(RuleIds.FlowInventory);
        var diagnostics = await builder.GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.FlowToThirdParty);
        var inventory = Assert.Single(diagnostics, d => d.Id == RuleIds.FlowInventory);
        Assert.Equal("true", inventory.Properties["recipientDeclared"]);
        Assert.Equal("Sentry", inventory.Properties["processor"]);
    }

    [Fact]
    public async Task ARecipientsSectionWithDashLinesWorksToo()
    {
        var flows = await FlowHarness.FlowsAsync(FlowHarness.Builder(SentryUser).WithPolicy("user.contact.*: essential.service\nrecipients:\n  - sentry\n"));
        Assert.Empty(flows);
    }

    [Fact]
    public async Task ApplicationInsightsTelemetryPropertiesAndUserContext()
    {
        var flows = await FlowHarness.FlowsAsync("""
            using Microsoft.ApplicationInsights;
            using Microsoft.ApplicationInsights.DataContracts;
            class C
            {
                void M(TelemetryClient client, Person p)
                {
                    client.TrackEvent("signup", new Dictionary<string, string> { { "email", p.Email } });
                    var telemetry = new EventTelemetry("login");
                    telemetry.Properties["who"] = p.Email;
                    client.TrackEvent(telemetry);
                    telemetry.Context.User.AuthenticatedUserId = p.Email;
                    client.TrackEvent("started");
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV102 'client.TrackEvent(\"signup\", new Dictionary<string, string> { { \"email\", p.Email } })' user.contact.email -> Application Insights",
                "PRIV102 'client.TrackEvent(telemetry)' user.contact.email -> Application Insights",
                "PRIV102 'telemetry.Context.User.AuthenticatedUserId = p.Email' user.contact.email -> Application Insights",
            ],
            flows);
    }

    [Fact]
    public async Task AnalyticsSdkWithAUserIdThroughAHelper()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                static void Identify(string id) => Firebase.Analytics.FirebaseAnalytics.SetUserId(id);
                void M(Person p)
                {
                    Identify(p.Email);
                    Microsoft.AppCenter.AppCenter.SetUserId(p.Email);
                    Identify("anonymous");
                    Firebase.Analytics.FirebaseAnalytics.SetUserId(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p.Email))));
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV102 'Identify(p.Email)' user.contact.email -> Firebase Analytics",
                "PRIV102 'Microsoft.AppCenter.AppCenter.SetUserId(p.Email)' user.contact.email -> App Center",
            ],
            flows);
    }

    [Fact]
    public async Task LlmClients()
    {
        var flows = await FlowHarness.FlowsAsync("""
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;
            class C
            {
                async Task M(ChatClient openAi, IChatClient chat, Person p)
                {
                    openAi.CompleteChat(new UserChatMessage($"Write to {p.Email}"));
                    await chat.GetResponseAsync("Summarise the account of " + p.Email);
                    await chat.GetResponseAsync("Tell me a joke");
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV102 'openAi.CompleteChat(new UserChatMessage($\"Write to {p.Email}\"))' user.contact.email -> OpenAI",
                "PRIV102 'chat.GetResponseAsync(\"Summarise the account of \" + p.Email)' user.contact.email -> chat model provider (IChatClient)",
            ],
            flows);
    }
}
