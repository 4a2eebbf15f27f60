using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeFixes;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>PRIV102's fixes, exact text: into the covering declaration's Recipients, or into the policy (never damaging it); Fix All.</summary>
public sealed class FlowRecipientDeclarationFixTests
{
    private static string Body(string text) => text.Substring(FlowHarness.Usings.Length, text.Length - FlowHarness.Usings.Length - FlowHarness.Person.Length);

    [Theory]
    [InlineData("[CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)]", "[CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Recipients = new[] { \"Sentry\" })]")]
    [InlineData("[CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Recipients = new[] { \"OpenAI\" })]", "[CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Recipients = new[] { \"OpenAI\", \"Sentry\" })]")]
    [InlineData("[CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Recipients = [\"OpenAI\"])]", "[CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Recipients = [\"OpenAI\", \"Sentry\"])]")]
    public async Task TheProcessorGoesIntoTheCoveringDeclaration(string before, string after)
    {
        const string Template = """
            class C
            {
                DECLARATION
                void M(Person p) => Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { Email = p.Email });
            }
            """;
        var (_, project) = await FlowFixHarness.ProjectAsync(Template.Replace("DECLARATION", before, StringComparison.Ordinal), policy: "user.contact.*: essential.service\n");
        var actions = await FlowFixHarness.ActionsAsync(new FlowRecipientFixer(), project, RuleIds.FlowToThirdParty);
        Assert.Equal(["Add Sentry to the Recipients of [CollectsPersonalData]", "Add Sentry to the recipients in PrivacyPolicy.txt"], actions.Select(a => a.Title));
        Assert.Equal("PRIV102|recipient-in-declaration", actions[0].EquivalenceKey);
        var fixedText = Body(await FlowFixHarness.TextAsync(await FlowFixHarness.ApplyAsync(actions[0])));
        Assert.Equal(Template.Replace("DECLARATION", after, StringComparison.Ordinal), fixedText);
        Assert.Empty(await FlowHarness.FlowsAsync(fixedText));
    }

    [Fact]
    public async Task AnUndeclaredSourceOffersOnlyThePolicy()
    {
        var (_, project) = await FlowFixHarness.ProjectAsync("""
            class C { void M(Person p) => Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { Email = p.Email }); }
            """, policy: "user.contact.*: essential.service\n");
        var action = Assert.Single(await FlowFixHarness.ActionsAsync(new FlowRecipientFixer(), project, RuleIds.FlowToThirdParty));
        Assert.Equal("PRIV102|recipient-in-policy", action.EquivalenceKey);
    }

    [Fact]
    public async Task FixAllPutsEveryProcessorOfADeclarationInOneEdit()
    {
        var (_, project) = await FlowFixHarness.ProjectAsync("""
            class C
            {
                [CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)]
                void M(Person p, OpenAI.Chat.ChatClient chat)
                {
                    Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { Email = p.Email });
                    chat.CompleteChat(new OpenAI.Chat.UserChatMessage(p.Email));
                }
            }
            """);
        var text = Body(await FlowFixHarness.TextAsync(await FlowFixHarness.FixAllAsync(new FlowRecipientFixer(), project, RuleIds.FlowToThirdParty, "PRIV102|recipient-in-declaration")));
        Assert.Contains("""[CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Recipients = new[] { "Sentry", "OpenAI" })]""", text, StringComparison.Ordinal);
        Assert.Empty(await FlowHarness.FlowsAsync(text));
    }

    [Fact]
    public async Task FixAllInThePolicyAddsEveryProcessorOnce()
    {
        var (_, project) = await FlowFixHarness.ProjectAsync("""
            class C
            {
                void M(Person p, OpenAI.Chat.ChatClient chat)
                {
                    Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { Email = p.Email });
                    chat.CompleteChat(new OpenAI.Chat.UserChatMessage(p.Email));
                    chat.CompleteChat(new OpenAI.Chat.UserChatMessage("again " + p.Email));
                }
            }
            """, policy: "# agreements\nuser.contact.*: essential.service\nrecipients:\n  - Mixpanel\n\nuser.device.*: functional.service.improve\n");
        var policy = await FlowFixHarness.PolicyAsync(await FlowFixHarness.FixAllAsync(new FlowRecipientFixer(), project, RuleIds.FlowToThirdParty, "PRIV102|recipient-in-policy"));
        Assert.Equal("# agreements\nuser.contact.*: essential.service\nrecipients:\n  - Mixpanel\n  - Sentry\n  - OpenAI\n\nuser.device.*: functional.service.improve\n", policy);
    }

    [Theory]
    [InlineData("recipients:\n  - OpenAI\n", "recipients:\n  - OpenAI\n  - Sentry\n")]
    [InlineData("recipients:\n", "recipients:\n  - Sentry\n")]
    [InlineData("", "recipients: Sentry\n")]
    public void ThePolicyEditorAddsToASection(string before, string after)
        => Assert.Equal(after, FlowRecipientFixer.AddRecipients(SourceText.From(before), ["Sentry"]).ToString());

    [Theory]
    [InlineData("Sentry, Inc")]
    [InlineData("Sentry # x")]
    [InlineData("")]
    public void ANameThePolicyCannotHoldLeavesTheFileAlone(string processor)
        => Assert.Equal("recipients: OpenAI\n", FlowRecipientFixer.AddRecipients(SourceText.From("recipients: OpenAI\n"), [processor]).ToString());
}
