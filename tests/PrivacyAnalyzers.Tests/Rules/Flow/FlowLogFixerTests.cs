using PrivacyAnalyzers.CodeFixes;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>PRIV101's fix, exact text: a reachable redactor wraps the value; without one, the value leaves the message; Fix All.</summary>
public sealed class FlowLogFixerTests
{
    private static async Task<string> FixAsync(string source, string title)
    {
        var (_, project) = await FlowFixHarness.ProjectAsync(source);
        var action = Assert.Single(await FlowFixHarness.ActionsAsync(new FlowLogFixer(), project, RuleIds.FlowToLog));
        Assert.Equal(title, action.Title);
        var text = await FlowFixHarness.TextAsync(await FlowFixHarness.ApplyAsync(action));
        return text.Substring(FlowHarness.Usings.Length, text.Length - FlowHarness.Usings.Length - FlowHarness.Person.Length);
    }

    [Fact]
    public async Task AReachableRedactorWrapsTheValue()
    {
        var fixedText = await FixAsync("""
            class C
            {
                private readonly Microsoft.Extensions.Compliance.Redaction.Redactor redactor = null!;
                void M(ILogger logger, Person p) => logger.LogInformation("Signed in {Email}", p.Email);
            }
            """, "Redact 'p.Email' with redactor");
        Assert.Equal("""
            class C
            {
                private readonly Microsoft.Extensions.Compliance.Redaction.Redactor redactor = null!;
                void M(ILogger logger, Person p) => logger.LogInformation("Signed in {Email}", redactor.Redact(p.Email));
            }
            """, fixedText);
        Assert.Empty(await FlowHarness.FlowsAsync(Usings(fixedText)));
    }

    [Fact]
    public async Task WithoutARedactorTheArgumentAndItsTemplateHoleGo()
    {
        var fixedText = await FixAsync("""
            class C
            {
                void M(ILogger logger, Person p) => logger.LogInformation("Signed in {Email} at {Time}", p.Email, DateTime.Now);
            }
            """, "Leave 'p.Email' out of the log message");
        Assert.Equal("""
            class C
            {
                void M(ILogger logger, Person p) => logger.LogInformation("Signed in at {Time}", DateTime.Now);
            }
            """, fixedText);
    }

    [Fact]
    public async Task AnInterpolationHoleGoesAndALocalIsFollowed()
    {
        var fixedText = await FixAsync("""
            class C
            {
                void M(ILogger logger, Person p)
                {
                    var email = p.Email;
                    logger.LogWarning($"Retry for {email}");
                }
            }
            """, "Leave '$\"Retry for {email}\"' out of the log message");
        Assert.Equal("""
            class C
            {
                void M(ILogger logger, Person p)
                {
                    var email = p.Email;
                    logger.LogWarning($"Retry for");
                }
            }
            """, fixedText);
    }

    [Fact]
    public async Task FixAllDropsEveryValueOfTheDocument()
    {
        var (_, project) = await FlowFixHarness.ProjectAsync("""
            class C
            {
                void M(ILogger logger, Person p) => logger.LogInformation("Signed in {Email}", p.Email);
                void N(ILogger logger, Person p) => logger.LogError("Failed for {Email}", p.Email);
            }
            """);
        var text = await FlowFixHarness.TextAsync(await FlowFixHarness.FixAllAsync(new FlowLogFixer(), project, RuleIds.FlowToLog, "PRIV101|drop"));
        Assert.Contains("""
                void M(ILogger logger, Person p) => logger.LogInformation("Signed in");
                void N(ILogger logger, Person p) => logger.LogError("Failed for");
            """, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingIsOfferedWhenTheValueIsTheWholeMessage()
    {
        var (_, project) = await FlowFixHarness.ProjectAsync("""
            class C { void M(ILogger logger, Person p) => logger.LogInformation(p.Email); }
            """);
        Assert.Empty(await FlowFixHarness.ActionsAsync(new FlowLogFixer(), project, RuleIds.FlowToLog));
    }

    private static string Usings(string body) => body;
}
