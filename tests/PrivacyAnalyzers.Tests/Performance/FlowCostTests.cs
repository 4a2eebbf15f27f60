using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.TestCorpus;
using PrivacyAnalyzers.Tests.Rules.Flow;
using Xunit;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Performance;

/// <summary>
/// The flow analysis' cost grows with a member's size, not with its square (issue 15): a long member whose
/// every statement reads a source, joins a <c>?.</c> and hands the text to a log (the benchmarks' flow corpus's
/// long member) is analyzed at two sizes, and the flow analyzer's own callback time compared. The sizes are four
/// apart: a linear walk takes about four times as long, a quadratic one sixteen; the threshold sits between, far
/// enough from both that load on a shared machine does not decide it.
/// </summary>
[Collection(nameof(PerformanceCollection))]
public sealed class FlowCostTests
{
    private const int Small = 150;
    private const int Large = Small * 4;
    private const int Rounds = 3;

    private readonly ITestOutputHelper output;

    public FlowCostTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task ALongMemberCostsLinearTimeInItsSize()
    {
        // Warm-up: JIT the driver and the walk.
        await FlowMsAsync(Small / 3);

        var small = new List<double>();
        var large = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            small.Add(await FlowMsAsync(Small));
            large.Add(await FlowMsAsync(Large));
        }

        var ratio = AnalysisTimer.Median(large) / AnalysisTimer.Median(small);
        output.WriteLine($"flow callback time, median of {Rounds}: {Small} steps {AnalysisTimer.Median(small):F0} ms, {Large} steps {AnalysisTimer.Median(large):F0} ms, ratio {ratio:F2} (linear 4, quadratic 16)");
        Assert.True(ratio < 9.0, $"{Large} steps cost {ratio:F1}× what {Small} steps cost: the walk grows faster than the member (linear is 4×)");
    }

    /// <summary>The flow analyzer's callback time on one member of <paramref name="steps"/> source-to-log steps; asserts every step is reported.</summary>
    private static async Task<double> FlowMsAsync(int steps)
    {
        var body = new StringBuilder();
        for (var i = 0; i < steps; i++)
        {
            body.Append("        var v").Append(i).AppendLine(" = p.Email;");
            body.Append("        var t").Append(i).Append(" = $\"").Append(i).Append(": {v").Append(i).Append("} {v").Append(i).AppendLine("?.Length}\";");
            body.Append("        logger.LogInformation(\"step {Text}\", t").Append(i).AppendLine(");");
        }

        var compilation = FlowHarness.Builder("class C\n{\n    void M(ILogger logger, Person p)\n    {\n" + body + "    }\n}\n").Compile();
        var flow = new FlowAnalyzer();
        AnalysisTimer.Settle();
        var timed = await AnalysisTimer.CallbackTimesAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(flow));
        Assert.Equal(steps, timed.Diagnostics.Count(d => d.Id == RuleIds.FlowToLog));
        return timed.CallbackTime(new[] { flow }).TotalMilliseconds;
    }
}
