using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>
/// A fix may add lines (the attribute, the <c>using</c>, a policy line) and change the text it is
/// about, but the code around the edit must survive: comments, blank lines, odd spacing. A line
/// diff of each document a fix touched must show only (a) insertions, (b) changes on the lines of
/// the diagnostic, or (c) changes that keep every character of the old lines (text inserted into a
/// line). A change that only moves whitespace away from the diagnostic is a reformat, a blank line
/// dropped away from the diagnostic is one too, and a change that drops text away from the diagnostic
/// loses the user's code: all are violations.
/// </summary>
internal static class EditCheck
{
    public static Task<IReadOnlyList<string>> ViolationsAsync(FixStep step)
        => ViolationsAsync(step.Before, step.After, new[] { step.Diagnostic });

    /// <summary>The violations of an edit from <paramref name="beforeSolution"/> to <paramref name="afterSolution"/> that fixed <paramref name="diagnostics"/>.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(Solution beforeSolution, Solution afterSolution, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var problems = new List<string>();
        foreach (var project in afterSolution.Projects)
        {
            foreach (var document in project.Documents.Cast<TextDocument>().Concat(project.AdditionalDocuments))
            {
                var old = (TextDocument?)beforeSolution.GetDocument(document.Id) ?? beforeSolution.GetAdditionalDocument(document.Id);
                if (old is null)
                {
                    continue;
                }

                var before = await old.GetTextAsync().ConfigureAwait(false);
                var after = await document.GetTextAsync().ConfigureAwait(false);
                if (before.ContentEquals(after))
                {
                    continue;
                }

                var diagnosticLines = new HashSet<int>();
                foreach (var diagnostic in diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath))
                {
                    var span = diagnostic.Location.GetLineSpan();
                    diagnosticLines.UnionWith(Enumerable.Range(span.StartLinePosition.Line, span.EndLinePosition.Line - span.StartLinePosition.Line + 1));
                }

                problems.AddRange(Check(before, after, diagnosticLines).Select(p => $"{document.FilePath}: {p}"));
            }
        }

        return problems;
    }

    public static IEnumerable<string> Check(SourceText before, SourceText after, IReadOnlySet<int> diagnosticLines)
    {
        var oldLines = Lines(before);
        var newLines = Lines(after);
        foreach (var (oldStart, oldCount, newStart, newCount) in Hunks(oldLines, newLines))
        {
            if (oldCount == 0)
            {
                continue; // Lines added.
            }

            var awayFromDiagnostic = Enumerable.Range(oldStart, oldCount).Any(l => !diagnosticLines.Contains(l));
            if (!awayFromDiagnostic)
            {
                continue;
            }

            var removed = Visible(oldLines.Skip(oldStart).Take(oldCount));
            var added = Visible(newLines.Skip(newStart).Take(newCount));
            var shown = $"lines {oldStart + 1}-{oldStart + oldCount}:\n- " + string.Join("- ", oldLines.Skip(oldStart).Take(oldCount))
                + "+ " + string.Join("+ ", newLines.Skip(newStart).Take(newCount));
            var blankRemoved = oldLines.Skip(oldStart).Take(oldCount).Count(string.IsNullOrWhiteSpace);
            var blankAdded = newLines.Skip(newStart).Take(newCount).Count(string.IsNullOrWhiteSpace);
            if (blankRemoved > blankAdded)
            {
                yield return "removed blank lines away from the diagnostic, " + shown;
            }
            else if (removed == added)
            {
                yield return "reformatted " + shown;
            }
            else if (!IsSubsequence(removed, added))
            {
                yield return "removed or changed text away from the diagnostic, " + shown;
            }
        }
    }

    /// <summary>A readable line diff of two texts: each changed region with its line numbers.</summary>
    public static string Diff(string before, string after)
    {
        var oldLines = Lines(SourceText.From(before));
        var newLines = Lines(SourceText.From(after));
        var builder = new StringBuilder();
        foreach (var (oldStart, oldCount, newStart, newCount) in Hunks(oldLines, newLines))
        {
            builder.Append("@@ line ").Append(oldStart + 1).Append(" / ").Append(newStart + 1).Append('\n');
            foreach (var line in oldLines.Skip(oldStart).Take(oldCount))
            {
                builder.Append("- ").Append(line.TrimEnd('\r', '\n')).Append('\n');
            }

            foreach (var line in newLines.Skip(newStart).Take(newCount))
            {
                builder.Append("+ ").Append(line.TrimEnd('\r', '\n')).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>The lines with their line breaks: a changed line end is a change.</summary>
    private static List<string> Lines(SourceText text)
        => text.Lines.Select(l => text.ToString(TextSpan.FromBounds(l.Start, l.EndIncludingLineBreak))).ToList();

    private static string Visible(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var c in string.Concat(lines))
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsSubsequence(string small, string large)
    {
        var j = 0;
        for (var i = 0; i < large.Length && j < small.Length; i++)
        {
            if (large[i] == small[j])
            {
                j++;
            }
        }

        return j == small.Length;
    }

    /// <summary>The changed regions of a longest-common-subsequence line diff: (old start, old count, new start, new count).</summary>
    private static IEnumerable<(int, int, int, int)> Hunks(List<string> a, List<string> b)
    {
        // Common prefix and suffix first: fixes touch a few lines of long files.
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0, hunkX = -1, hunkY = -1;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                if (hunkX >= 0)
                {
                    yield return (prefix + hunkX, x - hunkX, prefix + hunkY, y - hunkY);
                    hunkX = -1;
                }

                x++;
                y++;
                continue;
            }

            if (hunkX < 0)
            {
                hunkX = x;
                hunkY = y;
            }

            if (y < m && (x >= n || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                y++;
            }
            else
            {
                x++;
            }
        }

        if (hunkX >= 0)
        {
            yield return (prefix + hunkX, x - hunkX, prefix + hunkY, y - hunkY);
        }
    }
}
