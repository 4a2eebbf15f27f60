using Xunit;

using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// A <c>Recipients</c> declaration on a helper two calls below the member whose call is reported (the caller hands the
/// data to a service, which hands it to the declared helper, which calls the SDK) declares that processor for the flow:
/// no PRIV102, and the inventory (what the manifest's "shared with" reads) marks the flow declared. The same chain
/// with the helper undeclared, or declared for another processor, is still PRIV102.
/// </summary>
public sealed class FlowRecipientDepthTests
{
    private const string Chain = """
        public sealed class Coach(Prompter prompter)
        {
            public Task Plan(string name) => prompter.AskDeclared("Plan for " + name);

            public Task PlanElsewhere(string name) => prompter.AskOtherRecipient("Plan for " + name);

            public Task PlanUndeclared(string name) => prompter.AskUndeclared("Plan for " + name);
        }

        public sealed class Prompter(OpenAI.Chat.ChatClient openAi)
        {
            [CollectsPersonalData(DataCategories.Health, Purposes.EssentialService, Recipients = new[] { "OpenAI" })]
            public Task AskDeclared(string prompt) => openAi.CompleteChatAsync(new OpenAI.Chat.UserChatMessage(prompt));

            [CollectsPersonalData(DataCategories.Health, Purposes.EssentialService, Recipients = new[] { "Sentry" })]
            public Task AskOtherRecipient(string prompt) => openAi.CompleteChatAsync(new OpenAI.Chat.UserChatMessage(prompt));

            public Task AskUndeclared(string prompt) => openAi.CompleteChatAsync(new OpenAI.Chat.UserChatMessage(prompt));
        }
        """;

    private const string Caller = """
        class C
        {
            async Task M(Coach coach, Person p)
            {
                await coach.Plan(p.Email);
                await coach.PlanElsewhere(p.Email);
                await coach.PlanUndeclared(p.Email);
            }
        }
        """;

    [Fact]
    public async Task ARecipientDeclaredTwoCallsBelowSilencesTheThirdPartyRule()
    {
        var flows = await FlowHarness.FlowsAsync(Caller + Chain);
        Assert.Equal(
            [
                "PRIV102 'coach.PlanElsewhere(p.Email)' user.contact.email -> OpenAI",
                "PRIV102 'coach.PlanUndeclared(p.Email)' user.contact.email -> OpenAI",
            ],
            flows);
    }

    [Fact]
    public async Task TheInventoryMarksTheFlowToARecipientDeclaredTwoCallsBelow()
    {
        var diagnostics = await FlowHarness.Builder(Caller + Chain).WithRuleEnabled(RuleIds.FlowInventory).GetDiagnosticsAsync();
        var inventory = diagnostics.Where(d => d.Id == RuleIds.FlowInventory && d.Properties["processor"] == "OpenAI").ToList();
        Assert.Equal(3, inventory.Count);
        var declared = Assert.Single(inventory, d => d.Properties.TryGetValue("recipientDeclared", out var value) && value == "true");
        Assert.Equal("coach.Plan(p.Email)", declared.Location.SourceTree!.GetText().ToString(declared.Location.SourceSpan));
        Assert.True(SiteCodec.TryReadFlow(declared, out var flow));
        Assert.True(flow!.DeclaredRecipient);
        Assert.Equal(("user.contact.email", SinkKind.ThirdParty), (flow.Source.Category, flow.Sink.Kind));
    }

    [Fact]
    public async Task ARecipientDeclaredThreeCallsBelowIsFollowedToTheDepthBound()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                Task M(Front front, Person p) => front.Go(p.Email);
            }

            public sealed class Front(Coach coach)
            {
                public Task Go(string name) => coach.Plan(name);
            }
            """ + Chain);
        Assert.Empty(flows);
    }
}
