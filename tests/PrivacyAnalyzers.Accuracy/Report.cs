using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Accuracy;

/// <summary>How the runner prints a score: one line, the details (misses, reports without a label), a markdown table.</summary>
internal static class Report
{
    public static string Line(Score score) => string.Create(
        CultureInfo.InvariantCulture,
        $"recall {score.Recall:0.00} ({score.Found}/{score.Labelled}), precision {score.Precision:0.00} ({score.Found}/{score.Reported}), categories {score.CategoryAgreement:0.00} ({score.CategoryRight}/{score.Found})");

    public static void Details(Score score, TextWriter writer)
    {
        foreach (var miss in score.Misses)
        {
            writer.WriteLine($"  miss        {miss.Path}:{miss.Line}  {string.Join('|', miss.Categories)}{(miss.Note is null ? string.Empty : "  " + miss.Note)}");
        }

        foreach (var judged in score.Judged.Where(j => j.Verdict != Verdict.Correct))
        {
            var r = judged.Report;
            var what = judged.Verdict switch
            {
                Verdict.WrongCategory => $"category    {r.Path}:{r.Line}  {r.Category} (label: {string.Join('|', judged.Label!.Categories)})",
                Verdict.Duplicate => $"duplicate   {r.Path}:{r.Line}  {r.Category}",
                Verdict.Noise => $"noise       {r.Path}:{r.Line}  {r.Category}  ({judged.Reason})",
                _ => $"unlabelled  {r.Path}:{r.Line}  {r.Category}",
            };
            writer.WriteLine($"  {what}  {r.Api}{(r.Confidence is null ? string.Empty : " [" + r.Confidence + "]")}");
        }
    }

    public static string Table(IEnumerable<Score> scores, Score total)
    {
        var text = new StringBuilder();
        text.AppendLine("| repository | labelled | reported | found | recall | precision | categories right |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var score in scores.Append(total))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {score.Name} | {score.Labelled} | {score.Reported} | {score.Found} | {score.Recall:0.00} | {score.Precision:0.00} | {score.CategoryAgreement:0.00} |"));
        }

        return text.ToString();
    }
}
