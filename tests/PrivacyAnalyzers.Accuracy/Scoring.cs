namespace PrivacyAnalyzers.Accuracy;

/// <summary>One site the tool reported (a manifest site): where, and its category.</summary>
internal sealed record ReportedSite(string Path, int Line, int Column, string Category, string Api, string? Confidence);

/// <summary>What one reported site was judged to be.</summary>
internal enum Verdict
{
    /// <summary>A labelled site, same category.</summary>
    Correct,

    /// <summary>A labelled site, another category.</summary>
    WrongCategory,

    /// <summary>A second report on a line whose labelled sites are all taken: one site reported twice.</summary>
    Duplicate,

    /// <summary>A line labelled as noise.</summary>
    Noise,

    /// <summary>A line with no label at all (noise until someone labels it).</summary>
    Unlabelled,
}

internal sealed record JudgedReport(ReportedSite Report, Verdict Verdict, LabelledSite? Label, string? Reason);

/// <summary>
/// The score of one repository (or the sum of several). A report is a true positive when it lands on a
/// labelled site's line (path and line), one report per labelled site: a second report of the same
/// line is a duplicate, which counts against precision as the issue asks ("one report per site").
/// </summary>
internal sealed record Score(string Name, int Labelled, int Reported, int Found, int CategoryRight, IReadOnlyList<LabelledSite> Misses, IReadOnlyList<JudgedReport> Judged)
{
    /// <summary>Found labelled sites over all labelled sites (1 when nothing is labelled).</summary>
    public double Recall => Labelled == 0 ? 1 : (double)Found / Labelled;

    /// <summary>Reports that are labelled sites over all reports (1 when nothing is reported).</summary>
    public double Precision => Reported == 0 ? 1 : (double)Found / Reported;

    /// <summary>Found sites whose category is one the label accepts, over found sites (1 when none is found).</summary>
    public double CategoryAgreement => Found == 0 ? 1 : (double)CategoryRight / Found;

    public static Score Sum(string name, IEnumerable<Score> scores)
    {
        var list = scores.ToList();
        return new Score(
            name,
            list.Sum(s => s.Labelled),
            list.Sum(s => s.Reported),
            list.Sum(s => s.Found),
            list.Sum(s => s.CategoryRight),
            list.SelectMany(s => s.Misses).ToList(),
            list.SelectMany(s => s.Judged).ToList());
    }
}

internal static class Scorer
{
    /// <summary>
    /// Matches reports to labels line by line. On a line, a report takes first a labelled site whose
    /// category it has, then any labelled site left; reports beyond the line's labelled sites are
    /// duplicates. Order is deterministic (column, then category), so equal inputs give equal scores.
    /// </summary>
    public static Score Score(string name, LabelFile labels, IReadOnlyList<ReportedSite> reports)
    {
        var labelsByLine = labels.Sites.GroupBy(s => (s.Path, s.Line)).ToDictionary(g => g.Key, g => g.ToList());
        var noiseByLine = new Dictionary<(string, int), string>();
        foreach (var noise in labels.Noise)
        {
            noiseByLine.TryAdd((noise.Path, noise.Line), noise.Reason);
        }

        var taken = new HashSet<LabelledSite>(ReferenceEqualityComparer.Instance);
        var judged = new List<JudgedReport>();
        var found = 0;
        var categoryRight = 0;
        foreach (var line in reports.GroupBy(r => (Path: LabelFile.Normalize(r.Path), r.Line)).OrderBy(g => g.Key.Path, StringComparer.Ordinal).ThenBy(g => g.Key.Line))
        {
            var ordered = line.OrderBy(r => r.Column).ThenBy(r => r.Category, StringComparer.Ordinal).ToList();
            labelsByLine.TryGetValue(line.Key, out var candidates);
            var pending = new List<ReportedSite>();

            // First pass: reports whose category a free label accepts.
            foreach (var report in ordered)
            {
                var label = candidates?.FirstOrDefault(l => !taken.Contains(l) && Accepts(l, report.Category));
                if (label is null)
                {
                    pending.Add(report);
                    continue;
                }

                taken.Add(label);
                found++;
                categoryRight++;
                judged.Add(new JudgedReport(report, Verdict.Correct, label, null));
            }

            // Second pass: any free label on the line, with the category wrong; then duplicates or noise.
            foreach (var report in pending)
            {
                var label = candidates?.FirstOrDefault(l => !taken.Contains(l));
                if (label != null)
                {
                    taken.Add(label);
                    found++;
                    judged.Add(new JudgedReport(report, Verdict.WrongCategory, label, null));
                }
                else if (candidates != null)
                {
                    judged.Add(new JudgedReport(report, Verdict.Duplicate, null, "a second report of a labelled line"));
                }
                else if (noiseByLine.TryGetValue(line.Key, out var reason))
                {
                    judged.Add(new JudgedReport(report, Verdict.Noise, null, reason));
                }
                else
                {
                    judged.Add(new JudgedReport(report, Verdict.Unlabelled, null, null));
                }
            }
        }

        var misses = labels.Sites.Where(s => !taken.Contains(s)).OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Line).ToList();
        return new Score(name, labels.Sites.Count, reports.Count, found, categoryRight, misses, judged);
    }

    /// <summary>A label accepts its categories exactly: a report of a parent or child category is a different answer.</summary>
    private static bool Accepts(LabelledSite label, string category) => label.Categories.Contains(category, StringComparer.Ordinal);
}
