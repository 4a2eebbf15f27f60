using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Edits PrivacyPolicy.txt as text: adds a purpose to the category's line, or a new line for the
    /// category at the end, keeping every comment, blank line and the order of the rest.
    /// </summary>
    internal static class PolicyEditor
    {

        /// <summary>
        /// The text with <paramref name="purpose"/> allowed for <paramref name="category"/>; the text
        /// unchanged when either is not a well-formed id, or when the edit would give the file a problem
        /// (PRIV005) it did not have: whatever a caller passes, the file only ever receives ids.
        /// </summary>
        public static SourceText Allow(SourceText text, string category, string purpose)
        {
            if (!LineReader.IsWellFormedId(category) || !LineReader.IsWellFormedId(purpose))
            {
                return text;
            }

            var policy = PolicyParser.Parse(text);
            var edited = Edit(text, policy, category, purpose);
            return edited == text || PolicyParser.Parse(edited).Problems.Length <= policy.Problems.Length ? edited : text;
        }

        /// <summary>
        /// The text with the processors among its recipients (PRIV102's fix): added to the first one-line
        /// <c>recipients:</c> list, or as a <c>- name</c> line after a <c>recipients:</c> section's last item,
        /// or as a new <c>recipients:</c> line at the end. A processor already listed (whatever its case) is
        /// left alone; one that cannot be written (a comma, a <c>#</c>, a line break) is skipped; the text is
        /// unchanged when the edit would give the file a problem it did not have or lose a recipient.
        /// </summary>
        public static SourceText AddRecipients(SourceText text, IEnumerable<string> processors)
        {
            var policy = PolicyParser.Parse(text);
            var missing = processors
                .Select(p => p.Trim())
                .Where(p => p.Length > 0 && IsWritable(p))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(p => !policy.Recipients.Contains(p, StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (missing.Count == 0)
            {
                return text;
            }

            var edited = EditRecipients(text, missing);
            var after = PolicyParser.Parse(edited);
            var kept = policy.Recipients.All(r => after.Recipients.Contains(r, StringComparer.OrdinalIgnoreCase))
                && missing.All(m => after.Recipients.Contains(m, StringComparer.OrdinalIgnoreCase));
            return kept && after.Problems.Length <= policy.Problems.Length && after.Lines.Length == policy.Lines.Length ? edited : text;
        }

        /// <summary>Whether a recipient's name can be written: no list separator, comment or line break.</summary>
        private static bool IsWritable(string name)
        {
            foreach (var c in name)
            {
                if (c is ',' or '#' or '\n' or '\r')
                {
                    return false;
                }
            }

            return true;
        }

        private static SourceText EditRecipients(SourceText text, List<string> missing)
        {
            TextLine? section = null;
            TextLine? lastItem = null;
            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                var comment = content.IndexOf('#');
                var code = (comment < 0 ? content : content.Substring(0, comment)).Trim();
                if (section is null && code.StartsWith(PolicyParser.RecipientsSection, StringComparison.Ordinal))
                {
                    if (code.Length > PolicyParser.RecipientsSection.Length)
                    {
                        // A one-line list: the names go at its end, before any comment.
                        var at = line.Start + content.IndexOf(code, StringComparison.Ordinal) + code.Length;
                        return text.WithChanges(new TextChange(new TextSpan(at, 0), ", " + string.Join(", ", missing)));
                    }

                    section = line;
                    continue;
                }

                if (section != null)
                {
                    if (code.StartsWith("-", StringComparison.Ordinal))
                    {
                        lastItem = line;
                    }
                    else if (code.Length > 0)
                    {
                        break;
                    }
                }
            }

            var newLine = LineBreak(text);
            if (section is { } header)
            {
                // A section: one "- name" line per processor, indented as its items are.
                var anchor = lastItem ?? header;
                var content = anchor.ToString();
                var indent = lastItem is null ? "  " : content.Substring(0, content.Length - content.TrimStart().Length);
                var lines = string.Concat(missing.Select(m => newLine + indent + "- " + m));
                return text.WithChanges(new TextChange(new TextSpan(anchor.End, 0), lines));
            }

            var prefix = text.Length == 0 || text.ToString(new TextSpan(text.Length - 1, 1)) == "\n" ? string.Empty : newLine;
            return text.WithChanges(new TextChange(new TextSpan(text.Length, 0), prefix + PolicyParser.RecipientsSection + " " + string.Join(", ", missing) + newLine));
        }

        private static SourceText Edit(SourceText text, PrivacyPolicy policy, string category, string purpose)
        {
            var line = policy.Lines.FirstOrDefault(l => !l.Wildcard && l.Category == category);
            if (line != null)
            {
                if (line.Purposes.Contains(purpose))
                {
                    return text;
                }

                var insertAt = line.Span.End;
                var separator = line.Purposes.IsEmpty ? " " : ", ";
                return text.WithChanges(new TextChange(new TextSpan(insertAt, 0), separator + purpose));
            }

            var newLine = LineBreak(text);
            var prefix = text.Length == 0 || text.ToString(new TextSpan(text.Length - 1, 1)) == "\n" ? string.Empty : newLine;
            return text.WithChanges(new TextChange(new TextSpan(text.Length, 0), prefix + category + ": " + purpose + newLine));
        }

        private static string LineBreak(SourceText text)
        {
            foreach (var line in text.Lines)
            {
                var length = line.EndIncludingLineBreak - line.End;
                if (length > 0)
                {
                    return text.ToString(new TextSpan(line.End, length));
                }
            }

            return "\n";
        }
    }
}
