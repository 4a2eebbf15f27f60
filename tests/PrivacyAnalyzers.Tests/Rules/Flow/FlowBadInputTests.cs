using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>Bad input: recursion, mutual recursion, broken code and a 10,000-statement method stay bounded and never throw; cancellation is honoured.</summary>
public sealed class FlowBadInputTests
{
    [Fact]
    public async Task RecursionAndMutualRecursionEndAtTheDepthBound()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                private readonly ILogger logger = null!;
                string Self(string s) => s.Length > 3 ? Self(s.Substring(1)) : s;
                void Ping(string s, int n) { if (n > 0) Pong(s, n - 1); else logger.LogInformation(s); }
                void Pong(string s, int n) => Ping(s, n);
                void M(Person p)
                {
                    logger.LogInformation(Self(p.Email));
                    Ping(p.Email, 4);
                }
            }
            """);

        // Self's summary at depth 3 reaches itself at depth 0, an unknown: its own return (s) is still followed.
        Assert.Contains("PRIV101 'logger.LogInformation(Self(p.Email))' user.contact.email -> Microsoft.Extensions.Logging", flows);
        Assert.Contains("PRIV101 'Ping(p.Email, 4)' user.contact.email -> Microsoft.Extensions.Logging", flows);
    }

    [Fact]
    public async Task BrokenCodeNeverThrows()
    {
        var diagnostics = await FlowHarness.Builder("""
            class C
            {
                void M(ILogger logger, Person p)
                {
                    var x = p.Email +;
                    logger.LogInformation(x, Undefined(p.Email));
                    Missing.Call(p.Email).Then(
                }
            }
            """).GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task AHugeMethodIsBoundedAndStillReported()
    {
        var body = new StringBuilder();
        body.AppendLine("var a0 = p.Email;");
        for (var i = 1; i < 10_000; i++)
        {
            body.Append("var a").Append(i).Append(" = a").Append(i - 1).AppendLine(i % 7 == 0 ? " + \"x\";" : ";");
        }

        body.AppendLine("logger.LogInformation(a9999);");
        var stopwatch = Stopwatch.StartNew();
        var flows = await FlowHarness.FlowsAsync("class C { void M(ILogger logger, Person p) {\n" + body + "} }");
        stopwatch.Stop();
        Assert.Equal(["PRIV101 'logger.LogInformation(a9999)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
        // The whole pipeline (parse, bind 10,000 statements, every analyzer) on a shared, loaded machine: the
        // bound is generous; the walk itself is capped by visits per block and evaluations (FlowWalker).
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(6), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task CancellationIsHonoured()
    {
        var compilation = FlowHarness.Builder("""
            class C { void M(ILogger logger, Person p) => logger.LogInformation(p.Email); }
            """).Compile();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AnalyzerRunner.AnalyzeAsync(
            compilation,
            [],
            [new PrivacyAnalyzers.Rules.FlowAnalyzer()],
            cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task LoopsReachTheirFixpoint()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger, Person p, int n)
                {
                    var text = "";
                    for (var i = 0; i < n; i++)
                    {
                        logger.LogInformation(text);
                        text = text + p.Email;
                    }

                    try { throw new InvalidOperationException(text); }
                    catch (Exception e) { logger.LogError(e.Message); }
                }
            }
            """);
        Assert.Contains("PRIV101 'logger.LogInformation(text)' user.contact.email -> Microsoft.Extensions.Logging", flows);
    }
}
