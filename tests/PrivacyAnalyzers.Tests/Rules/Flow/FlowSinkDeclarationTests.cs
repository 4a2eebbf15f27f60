using Xunit;

using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// A <c>Recipients</c> declaration on the member that hands the data over (or on a helper one call deep) declares
/// that processor for what the member sends, whatever categories the declaration names; another processor, or
/// the same call without the declaration, is still PRIV102, and the inventory keeps the declared flow.
/// </summary>
public sealed class FlowSinkDeclarationTests
{
    private const string Assistant = """
        public sealed class Assistant(OpenAI.Chat.ChatClient openAi)
        {
            [CollectsPersonalData(DataCategories.Health, Purposes.EssentialService, Recipients = new[] { "OpenAI" })]
            public Task Declared(string name) => openAi.CompleteChatAsync(new OpenAI.Chat.UserChatMessage("Questions for " + name));

            [CollectsPersonalData(DataCategories.Health, Purposes.EssentialService, Recipients = new[] { "Sentry" })]
            public Task OtherRecipient(string name) => openAi.CompleteChatAsync(new OpenAI.Chat.UserChatMessage("Questions for " + name));

            public Task Undeclared(string name) => openAi.CompleteChatAsync(new OpenAI.Chat.UserChatMessage("Questions for " + name));
        }
        """;

    [Fact]
    public async Task AHelpersOwnDeclarationCoversItsSinkForTheCallersData()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                async Task M(Assistant assistant, Person p)
                {
                    await assistant.Declared(p.Email);
                    await assistant.OtherRecipient(p.Email);
                    await assistant.Undeclared(p.Email);
                }
            }
            """ + Assistant);
        Assert.Equal(
            [
                "PRIV102 'assistant.OtherRecipient(p.Email)' user.contact.email -> OpenAI",
                "PRIV102 'assistant.Undeclared(p.Email)' user.contact.email -> OpenAI",
            ],
            flows);
    }

    [Fact]
    public async Task TheSendingMembersDeclarationCoversAnyCategoryItSends()
    {
        var builder = FlowHarness.Builder("""
            class C(OpenAI.Chat.ChatClient openAi)
            {
                [CollectsPersonalData(DataCategories.Health, Purposes.EssentialService, Recipients = new[] { "OpenAI" })]
                Task Declared(Person p) => openAi.CompleteChatAsync(new OpenAI.Chat.UserChatMessage("Hi " + p.Email));

                Task Undeclared(Person p) => openAi.CompleteChatAsync(new OpenAI.Chat.UserChatMessage("Hi " + p.Email));
            }
            """).WithRuleEnabled(RuleIds.FlowInventory);
        var diagnostics = await builder.GetDiagnosticsAsync();
        var reported = Assert.Single(diagnostics, d => d.Id == RuleIds.FlowToThirdParty);
        Assert.Contains("Undeclared", reported.Location.SourceTree!.GetText().Lines.GetLineFromPosition(reported.Location.SourceSpan.Start).ToString(), StringComparison.Ordinal);
        var declared = Assert.Single(diagnostics, d => d.Id == RuleIds.FlowInventory && d.Properties.TryGetValue("recipientDeclared", out var value) && value == "true");
        Assert.Equal("OpenAI", declared.Properties["processor"]);
    }
}
