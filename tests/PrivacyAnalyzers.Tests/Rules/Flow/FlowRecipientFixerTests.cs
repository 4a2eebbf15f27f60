using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeFixes;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>PRIV102's fix: the processor goes into the policy's recipients, after which the flow is silent.</summary>
public sealed class FlowRecipientFixerTests
{
    private const string Source = """
        class C
        {
            void M(Person p) => Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { Email = p.Email });
        }
        """;

    [Fact]
    public async Task AddsTheProcessorToThePolicyAndTheFlowIsThenSilent()
    {
        const string Policy = "user.contact.*: essential.service\n";
        var actions = await FlowHarness.Builder(Source).WithPolicy(Policy).GetCodeActionsAsync(new FlowRecipientFixer());
        var action = Assert.Single(actions);
        Assert.Equal("Add Sentry to the recipients in PrivacyPolicy.txt", action.Title);
        Assert.Equal("PRIV102|recipient-in-policy", action.EquivalenceKey);

        var apply = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var policy = apply.ChangedSolution.Projects.Single().AdditionalDocuments.Single(d => d.Name == "PrivacyPolicy.txt");
        var fixedPolicy = (await policy.GetTextAsync()).ToString();
        Assert.Equal("user.contact.*: essential.service\nrecipients: Sentry\n", fixedPolicy);

        Assert.Empty(await FlowHarness.FlowsAsync(FlowHarness.Builder(Source).WithPolicy(fixedPolicy)));
    }

    [Theory]
    [InlineData("recipients: OpenAI # agreements\n", "recipients: OpenAI, Sentry # agreements\n")]
    [InlineData("recipients: sentry\n", "recipients: sentry\n")]
    [InlineData("user.contact.*: essential.service", "user.contact.*: essential.service\nrecipients: Sentry\n")]
    public void AddsToAnExistingListOrAppendsALine(string before, string after)
        => Assert.Equal(after, FlowRecipientFixer.AddRecipients(SourceText.From(before), ["Sentry"]).ToString());
}
