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
