using System.Globalization;
using System.Text;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>One line of the ratio table.</summary>
/// <param name="Name">What is compared.</param>
/// <param name="OfMedians">The ratio of the two medians.</param>
/// <param name="Paired">The median of the per-round ratios (both sides ran in the same round, under the same load).</param>
/// <param name="Budget">The budget, or null for context lines.</param>
/// <param name="Percent">Shown as a percentage.</param>
/// <param name="Within">How many rounds' own ratio was within the budget (0 without a budget).</param>
/// <param name="Rounds">How many rounds were paired.</param>
internal sealed record Ratio(string Name, double OfMedians, double Paired, double? Budget, bool Percent = false, int Within = 0, int Rounds = 0)
{
    /// <summary>Judged on the paired median: it cancels most of the load the other engineers put on the machine.</summary>
    public bool? Met => Budget is { } budget ? Paired <= budget : null;

    /// <summary>
    /// Whether the verdict is settled: at least two thirds of the rounds on the verdict's side of the budget. A paired
    /// median that one round more or less would flip is reported as such, never as a plain pass.
    /// </summary>
    public bool Settled => Budget is null || (Met == true ? Within : Rounds - Within) * 3 >= Rounds * 2;
}

/// <summary>One line of the timing table.</summary>
internal sealed record Row(string Name, IReadOnlyList<double> Wall, IReadOnlyList<double> Cpu, string Privacy);

/// <summary>Turns measurements into the tables: medians per configuration, then ratios against the budgets.</summary>
internal static class Report
{
    public static IReadOnlyList<Row> Rows(CorpusResult result)
    {
        var rows = result.Configurations
            .Select(name => new Row(
                name,
                result.Rounds.Select(r => r[name].WallMs).ToList(),
                result.Rounds.Select(r => r[name].CpuMs).ToList(),
                result.Rounds[0][name].Privacy.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        if (result.Configurations.Contains(Suite.OursTimed))
        {
            rows.Add(new Row("PrivacyAnalyzers callback time (telemetry)", result.Rounds.Select(r => r[Suite.OursTimed].CallbackMs).ToList(), Array.Empty<double>(), string.Empty));
            rows.Add(new Row("no-op floor callback time, same run (telemetry)", result.Rounds.Select(r => r[Suite.OursTimed].FloorCallbackMs).ToList(), Array.Empty<double>(), string.Empty));

            // Which analyzer the callback time goes to: where to look first when it grows.
            foreach (var analyzer in result.Rounds[0][Suite.OursTimed].PerAnalyzerMs?.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
            {
                rows.Add(new Row($"  of which {analyzer} (telemetry)", result.Rounds.Select(r => r[Suite.OursTimed].PerAnalyzerMs![analyzer]).ToList(), Array.Empty<double>(), string.Empty));
            }
        }

        if (result.Documents.Count > 0)
        {
            var count = result.DocumentNames.Count;
            rows.Add(new Row($"IDE: no-op, {count} largest documents one by one", result.Documents.Select(d => d.NoOp.Total).ToList(), result.Documents.Select(d => d.NoOp.Cpu).ToList(), string.Empty));
            rows.Add(new Row("IDE: PrivacyAnalyzers, same documents", result.Documents.Select(d => d.Ours.Total).ToList(), result.Documents.Select(d => d.Ours.Cpu).ToList(), string.Empty));
            rows.Add(new Row("IDE: no-op, first document (compilation start)", result.Documents.Select(d => d.NoOp.First).ToList(), Array.Empty<double>(), string.Empty));
            rows.Add(new Row("IDE: PrivacyAnalyzers, first document (compilation start)", result.Documents.Select(d => d.Ours.First).ToList(), Array.Empty<double>(), string.Empty));
        }

        return rows;
    }

    public static IReadOnlyList<Ratio> Ratios(CorpusResult result)
    {
        var ratios = new List<Ratio>();
        void Add(string name, Func<IReadOnlyDictionary<string, Sample>, double> numerator, Func<IReadOnlyDictionary<string, Sample>, double> denominator, double? budget, bool percent = false)
        {
            var ofMedians = AnalysisTimer.Median(result.Rounds.Select(numerator)) / AnalysisTimer.Median(result.Rounds.Select(denominator));
            var perRound = result.Rounds.Select(r => numerator(r) / denominator(r)).ToList();
            ratios.Add(new Ratio(name, ofMedians, AnalysisTimer.Median(perRound), budget, percent, budget is { } b ? perRound.Count(x => x <= b) : 0, perRound.Count));
        }

        void AddDocuments(string name, Func<DocumentTimes, double> measure, double? budget)
        {
            var ofMedians = AnalysisTimer.Median(result.Documents.Select(d => measure(d.Ours))) / AnalysisTimer.Median(result.Documents.Select(d => measure(d.NoOp)));
            var perRound = result.Documents.Select(d => measure(d.Ours) / measure(d.NoOp)).ToList();
            ratios.Add(new Ratio(name, ofMedians, AnalysisTimer.Median(perRound), budget, Within: budget is { } b ? perRound.Count(x => x <= b) : 0, Rounds: perRound.Count));
        }

        bool Has(params string[] names) => names.All(result.Configurations.Contains);

        if (Has(Suite.Ours, Suite.NoOp))
        {
            Add("PrivacyAnalyzers / no-op, build wall time", r => r[Suite.Ours].WallMs, r => r[Suite.NoOp].WallMs, 1.05);
        }

        if (Has(Suite.Ours, Suite.NoOpAll))
        {
            Add("PrivacyAnalyzers / no-op with all of ours' registrations, build wall time", r => r[Suite.Ours].WallMs, r => r[Suite.NoOpAll].WallMs, null);
        }

        if (Has(Suite.OursTimed, Suite.CompileOnly))
        {
            Add("PrivacyAnalyzers callback time / compile only", r => r[Suite.OursTimed].CallbackMs, r => r[Suite.CompileOnly].WallMs, 0.02, percent: true);
        }

        if (Has(Suite.NetAndOurs, Suite.Net))
        {
            Add("(NetAnalyzers + PrivacyAnalyzers) / NetAnalyzers, build wall time", r => r[Suite.NetAndOurs].WallMs, r => r[Suite.Net].WallMs, 1.05);
        }

        if (result.Documents.Count > 0)
        {
            AddDocuments($"IDE per document: PrivacyAnalyzers / no-op, wall ({result.DocumentNames.Count} largest documents)", d => d.Total, 1.05);
        }

        // Context: the same comparisons in CPU time, which other processes on the machine disturb less.
        if (Has(Suite.Ours, Suite.NoOp))
        {
            Add("PrivacyAnalyzers / no-op, build CPU time", r => r[Suite.Ours].CpuMs, r => r[Suite.NoOp].CpuMs, null);
        }

        if (Has(Suite.Ours, Suite.NoOpAll))
        {
            Add("PrivacyAnalyzers / no-op with all of ours' registrations, build CPU time", r => r[Suite.Ours].CpuMs, r => r[Suite.NoOpAll].CpuMs, null);
            Add("no-op with all of ours' registrations / no-op with operation actions, build CPU time", r => r[Suite.NoOpAll].CpuMs, r => r[Suite.NoOp].CpuMs, null);
        }

        if (Has(Suite.Ours, Suite.Reporting, Suite.ReportingEmpty, Suite.NoOp))
        {
            // The split of ours' extra cost: our analysis (ours above a floor that reports the same diagnostics) and
            // the driver's cost of the reported diagnostics (that floor above the same registrations reporting nothing).
            Add("PrivacyAnalyzers / reporting floor (our analysis), build CPU time", r => r[Suite.Ours].CpuMs, r => r[Suite.Reporting].CpuMs, null);
            Add("reporting floor / reporting nothing (the driver's cost of our diagnostics), build CPU time", r => r[Suite.Reporting].CpuMs, r => r[Suite.ReportingEmpty].CpuMs, null);
            Add("reporting nothing / no-op (a semantic-model and a compilation-end action), build CPU time", r => r[Suite.ReportingEmpty].CpuMs, r => r[Suite.NoOp].CpuMs, null);
            Add("(ours − reporting floor) / (ours − no-op): our analysis's share of the extra CPU", r => r[Suite.Ours].CpuMs - r[Suite.Reporting].CpuMs, r => r[Suite.Ours].CpuMs - r[Suite.NoOp].CpuMs, null, percent: true);
            Add("(reporting floor − reporting nothing) / (ours − no-op): the diagnostics' share", r => r[Suite.Reporting].CpuMs - r[Suite.ReportingEmpty].CpuMs, r => r[Suite.Ours].CpuMs - r[Suite.NoOp].CpuMs, null, percent: true);
        }

        if (Has(Suite.NetAndOurs, Suite.Net))
        {
            Add("(NetAnalyzers + PrivacyAnalyzers) / NetAnalyzers, build CPU time", r => r[Suite.NetAndOurs].CpuMs, r => r[Suite.Net].CpuMs, null);
        }

        if (result.Documents.Count > 0)
        {
            AddDocuments("IDE per document: PrivacyAnalyzers / no-op, CPU", d => d.Cpu, null);
            AddDocuments("IDE first document after an edit (compilation start): PrivacyAnalyzers / no-op", d => d.First, null);
        }

        if (Has(Suite.OursTimed, Suite.CompileOnly))
        {
            Add("PrivacyAnalyzers callback time / compile only, CPU", r => r[Suite.OursTimed].CallbackMs, r => r[Suite.CompileOnly].CpuMs, null, percent: true);
            Add("no-op floor callback time / compile only (the telemetry's own floor)", r => r[Suite.OursTimed].FloorCallbackMs, r => r[Suite.CompileOnly].WallMs, null, percent: true);
            Add("(PrivacyAnalyzers − no-op floor) callback time / compile only", r => r[Suite.OursTimed].CallbackMs - r[Suite.OursTimed].FloorCallbackMs, r => r[Suite.CompileOnly].WallMs, null, percent: true);
        }

        foreach (var (name, configuration) in new[] { ("no-op (the driver's floor)", Suite.NoOp), ("PrivacyAnalyzers", Suite.Ours), ("NetAnalyzers", Suite.Net), ("Meziantou.Analyzer", Suite.Meziantou) })
        {
            if (Has(configuration, Suite.CompileOnly))
            {
                Add(name + " / compile only, build wall time", r => r[configuration].WallMs, r => r[Suite.CompileOnly].WallMs, null);
            }
        }

        return ratios;
    }

    public static string Text(CorpusResult result)
    {
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"Corpus '{result.Corpus.Name}': {result.Corpus.Description}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"{result.Rounds.Count} interleaved rounds after warm-up; {result.Elapsed.TotalSeconds:F0} s");
        builder.AppendLine(CultureInfo.InvariantCulture, $"PrivacyAnalyzers register: {result.Shape}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"Compiler errors in the corpus: {CompilerErrors(result)}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"  {"configuration",-58} {"wall ms",9} {"min",8} {"max",8} {"CPU ms",9} {"PRIV",6}");
        foreach (var row in Rows(result))
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"  {row.Name,-58} {Ms(Median(row.Wall)),9} {Ms(row.Wall.Min()),8} {Ms(row.Wall.Max()),8} {Ms(Median(row.Cpu)),9} {row.Privacy,6}");
        }

        builder.AppendLine(CultureInfo.InvariantCulture, $"  {"ratio",-84} {"of medians",10} {"paired",8} {"budget",9}");
        foreach (var ratio in Ratios(result))
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"  {ratio.Name,-84} {Format(ratio, ratio.OfMedians),10} {Format(ratio, ratio.Paired),8} {Budget(ratio),9} {Verdict(ratio)}");
        }

        foreach (var line in MemberLines(result))
        {
            builder.AppendLine("  " + line);
        }

        return builder.ToString();
    }

    /// <summary>The worst single members of the dense-flow corpus, as text lines (empty elsewhere).</summary>
    public static IEnumerable<string> MemberLines(CorpusResult result)
    {
        if (result.Members is not { Count: > 0 } members)
        {
            yield break;
        }

        var above = members.Select(m => m.Above).ToList();
        yield return string.Create(CultureInfo.InvariantCulture, $"Flow analysis per member ({members.Count} methods, each alone, IDE-like): median {AnalysisTimer.Median(above):F2} ms above the no-op floor; slowest:");
        foreach (var member in members.Take(5))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"- `{member.Member}` ({member.Lines} lines, {member.Statements} statements): flow {member.FlowMs:F1} ms, floor {member.FloorMs:F1} ms, {member.Above:F1} ms above it");
        }
    }

    public static string Markdown(IReadOnlyList<CorpusResult> results, string commandLine, string environment)
    {
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"Command: `{commandLine}`");
        builder.AppendLine();
        builder.AppendLine(environment);
        foreach (var result in results)
        {
            builder.AppendLine();
            builder.AppendLine(CultureInfo.InvariantCulture, $"#### Corpus `{result.Corpus.Name}`");
            builder.AppendLine();
            builder.AppendLine(CultureInfo.InvariantCulture, $"{result.Corpus.Description}. Medians of {result.Rounds.Count} interleaved rounds after warm-up ({result.Elapsed.TotalSeconds:F0} s). PrivacyAnalyzers register: {result.Shape}. Compiler errors in the corpus: {CompilerErrors(result)}.");
            builder.AppendLine();
            builder.AppendLine("| Configuration | Wall median (ms) | Wall min | Wall max | CPU median (ms) | PRIV diagnostics |");
            builder.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var row in Rows(result))
            {
                builder.AppendLine(CultureInfo.InvariantCulture, $"| {row.Name} | {Ms(Median(row.Wall))} | {Ms(row.Wall.Min())} | {Ms(row.Wall.Max())} | {Ms(Median(row.Cpu))} | {row.Privacy} |");
            }

            builder.AppendLine();
            builder.AppendLine("| Ratio | Of medians | Paired (median of per-round ratios) | Budget | Met |");
            builder.AppendLine("| --- | ---: | ---: | ---: | --- |");
            foreach (var ratio in Ratios(result))
            {
                builder.AppendLine(CultureInfo.InvariantCulture, $"| {ratio.Name} | {Format(ratio, ratio.OfMedians)} | {Format(ratio, ratio.Paired)} | {Budget(ratio)} | {Verdict(ratio)} |");
            }

            if (result.Members is { Count: > 0 })
            {
                builder.AppendLine();
                foreach (var line in MemberLines(result))
                {
                    builder.AppendLine(line);
                }
            }
        }

        return builder.ToString();
    }

    private static int CompilerErrors(CorpusResult result)
        => result.Configurations.Contains(Suite.CompileOnly) ? result.Rounds[0][Suite.CompileOnly].Errors : -1;

    private static double Median(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : AnalysisTimer.Median(values);

    private static string Ms(double value) => double.IsNaN(value) ? string.Empty : value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Format(Ratio ratio, double value)
        => ratio.Percent ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Budget(Ratio ratio)
        => ratio.Budget is { } budget ? "≤ " + Format(ratio, budget) : string.Empty;

    /// <summary>The verdict, with how many rounds were within the budget; "(unsettled)" when fewer than two thirds agree with it.</summary>
    private static string Verdict(Ratio ratio) => ratio.Met switch
    {
        true => $"yes ({ratio.Within}/{ratio.Rounds}){(ratio.Settled ? string.Empty : " (unsettled)")}",
        false => $"**NO** ({ratio.Within}/{ratio.Rounds}){(ratio.Settled ? string.Empty : " (unsettled)")}",
        null => string.Empty,
    };
}
