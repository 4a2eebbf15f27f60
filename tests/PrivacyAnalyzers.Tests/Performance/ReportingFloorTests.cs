using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.TestCorpus;
using Xunit;

namespace PrivacyAnalyzers.Tests.Performance;

/// <summary>
/// The benchmarks' reporting floor: on a fresh compilation of the same trees it reports exactly what ours reported
/// (id, primary and additional locations, properties, severity), so that ours above it is our analysis alone and it
/// above the floor reporting nothing is the driver's cost of our diagnostics.
/// </summary>
public sealed class ReportingFloorTests
{
    [Fact]
    public async Task ReplaysOursDiagnosticsExactlyOnAFreshCompilationOfTheSameTrees()
    {
        var trees = CorpusCompilation.Parse(CorpusGenerator.Generate(CorpusOptions.Dense(600) with { Seed = 3 }));
        var ours = PrivacyAnalyzerSet.CreateAll();
        var recorded = (await AnalysisTimer.BuildAsync(CorpusCompilation.Create("Recorded", trees), ours)).Diagnostics;
        var expected = Keys(recorded.Where(d => d.Id.StartsWith("PRIV", System.StringComparison.Ordinal)));
        Assert.NotEmpty(expected);

        var floor = ReportingFloorAnalyzer.Replaying(ours, recorded);
        var replayed = (await AnalysisTimer.BuildAsync(CorpusCompilation.Create("Replayed", trees), ImmutableArray.Create<DiagnosticAnalyzer>(floor))).Diagnostics;

        Assert.Equal(expected.Length, floor.Count);
        Assert.Equal(expected, Keys(replayed.Where(d => d.Id.StartsWith("PRIV", System.StringComparison.Ordinal))));
    }

    [Fact]
    public async Task TheEmptyFloorReportsNothingWithTheSameDescriptors()
    {
        var trees = CorpusCompilation.Parse(CorpusGenerator.Generate(CorpusOptions.Dense(600) with { Seed = 3 }));
        var ours = PrivacyAnalyzerSet.CreateAll();
        var empty = ReportingFloorAnalyzer.Empty(ours);

        var diagnostics = (await AnalysisTimer.BuildAsync(CorpusCompilation.Create("Empty", trees), ImmutableArray.Create<DiagnosticAnalyzer>(empty))).Diagnostics;

        Assert.Equal(0, empty.Count);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("PRIV", System.StringComparison.Ordinal));
        Assert.Equal(
            ours.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(),
            empty.SupportedDiagnostics.Select(d => d.Id).Order());
    }

    /// <summary>Everything the driver's per-diagnostic work can read, in a stable order.</summary>
    private static string[] Keys(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .Select(d => string.Join(
                "|",
                d.Id,
                d.Severity,
                d.Location.SourceTree?.FilePath,
                d.Location.SourceSpan,
                string.Join(";", d.AdditionalLocations.Select(l => l.SourceTree?.FilePath + l.SourceSpan)),
                string.Join(";", d.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)),
                d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .Order(System.StringComparer.Ordinal)
            .ToArray();
}
