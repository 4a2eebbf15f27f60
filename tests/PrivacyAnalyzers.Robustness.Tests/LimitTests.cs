using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Robustness.Tests;

/// <summary>
/// Never throw, never hang: code at the limits (a 100k-character line, 500 nested parentheses,
/// ternaries, casts, blocks or lambdas, a 50k-line file) is analyzed soundly, and cancelling the
/// analysis of the 50k-line file stops it within a couple of seconds.
/// </summary>
public sealed class LimitTests(ITestOutputHelper output)
{
    private static readonly Lazy<SyntaxTree> Huge = new(() => CSharpSyntaxTree.ParseText(StressSources.HugeFile(50_000), Analysis.ParseOptions, "/repo/Stress/Huge.cs"));

    public static TheoryData<string> StressShapes()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in StressSources.All)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StressShapes))]
    public async Task CodeAtTheLimitsNeverBreaksTheAnalyzers(string shape)
    {
        var text = StressSources.All.Single(s => s.Name == shape).Create();
        var compilation = Analysis.Compile(new[] { ("/repo/Stress/" + shape + ".cs", text) });
        await MutationTests.RunBothWaysAsync(compilation, shape);
    }

    [Fact]
    public async Task AFiftyThousandLineFileIsAnalyzedSoundly()
    {
        Assert.InRange(Huge.Value.GetText().Lines.Count, 50_000, 50_200);
        var compilation = Analysis.Compile(new[] { Huge.Value });
        var run = await Analysis.RunAsync(compilation, ImmutableArray.Create(AdditionalInputs.PolicyFile(), AdditionalInputs.SourcesFile()));
        Analysis.AssertSound(run, "50k-line file");
        Assert.Contains(run.Diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    /// <summary>
    /// Cancelled early (while the compiler binds), later (while the analyzers run) and later still:
    /// each time the analysis must end with <see cref="OperationCanceledException"/> within 2 s.
    /// </summary>
    [Theory]
    [InlineData(50)]
    [InlineData(400)]
    [InlineData(1500)]
    public async Task CancellationStopsTheAnalysisPromptly(int cancelAfterMilliseconds)
    {
        var compilation = Analysis.Compile(new[] { Huge.Value });
        using var cancellation = new CancellationTokenSource();
        var analysis = Analysis.RunAsync(compilation, ImmutableArray.Create(AdditionalInputs.PolicyFile(), AdditionalInputs.SourcesFile()), cancellationToken: cancellation.Token);
        await Task.WhenAny(analysis, Task.Delay(cancelAfterMilliseconds));
        if (analysis.IsCompleted)
        {
            // A fast machine may finish 50k lines in a second; never in 50 ms.
            Assert.True(cancelAfterMilliseconds > 50 && analysis.IsCompletedSuccessfully, $"the analysis of 50k lines ended within {cancelAfterMilliseconds} ms: {analysis.Status}");
            return;
        }

        var watch = Stopwatch.StartNew();
        cancellation.Cancel();
        var ended = await Task.WhenAny(analysis, Task.Delay(TimeSpan.FromSeconds(10)));
        watch.Stop();
        Assert.True(ended == analysis, "the analysis was still running 10 s after cancellation");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the analysis took {watch.Elapsed.TotalMilliseconds:F0} ms to stop after cancellation");
        output.WriteLine($"cancelled after {cancelAfterMilliseconds} ms, stopped {watch.Elapsed.TotalMilliseconds:F0} ms later");
    }
}
