using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// Reads the lines of a policy or sources file, shared by both parsers: skips blank lines and
    /// <c>#</c> comments (at a line's start or after whitespace), tolerates a BOM and CRLF, and turns binary or oversized input into problems
    /// instead of work.
    /// </summary>
    internal static class LineReader
    {
        /// <summary>Longer lines are reported and skipped: no real line is this long.</summary>
        public const int MaxLineLength = 4096;

        /// <summary>Past this many problems a file is reported as garbled once more, then left alone.</summary>
        public const int MaxProblems = 100;

        /// <summary>A meaningful line: its number, its content without the comment, and where that content is.</summary>
        /// <param name="Number">The 1-based line number.</param>
        /// <param name="Content">The line's content, without the comment and the surrounding whitespace.</param>
        /// <param name="Start">The position of <see cref="Content"/>'s first character in the file.</param>
        public readonly record struct ContentLine(int Number, string Content, int Start)
        {
            public TextSpan SpanOf(int index, int length) => new TextSpan(Start + index, length);

            public TextSpan Span => new TextSpan(Start, Content.Length);
        }

        public static IEnumerable<ContentLine> Read(SourceText text, string fileName, List<FileProblem> problems, CancellationToken cancellationToken)
        {
            if (LooksBinary(text))
            {
                problems.Add(new FileProblem(new TextSpan(0, 0), fileName + " is a binary file, not text: it is ignored"));
                yield break;
            }

            foreach (var line in text.Lines)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (line.Span.Length > MaxLineLength)
                {
                    problems.Add(new FileProblem(new TextSpan(line.Start, 0), $"line {line.LineNumber + 1} is longer than {MaxLineLength} characters: it is ignored"));
                    continue;
                }

                var raw = text.ToString(line.Span);
                var start = 0;
                if (line.LineNumber == 0 && raw.Length > 0 && raw[0] == '\uFEFF')
                {
                    start = 1;
                }

                var end = CommentStart(raw, start);

                while (start < end && char.IsWhiteSpace(raw[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(raw[end - 1]))
                {
                    end--;
                }

                if (end > start)
                {
                    yield return new ContentLine(line.LineNumber + 1, raw.Substring(start, end - start), line.Start + start);
                }
            }
        }

        /// <summary>Adds a problem unless the file already has too many to be worth listing.</summary>
        public static void Report(List<FileProblem> problems, TextSpan span, string message)
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(new FileProblem(span, message));
            }
            else if (problems.Count == MaxProblems)
            {
                problems.Add(new FileProblem(span, $"more than {MaxProblems} problems: the rest of the file is not reported"));
            }
        }

        /// <summary>An id made of lowercase segments: <c>user.contact.email</c>, <c>essential.service</c>.</summary>
        public static bool IsWellFormedId(string id)
        {
            if (id.Length == 0 || id[0] == '.' || id[id.Length - 1] == '.')
            {
                return false;
            }

            var previousDot = false;
            foreach (var c in id)
            {
                if (c == '.')
                {
                    if (previousDot)
                    {
                        return false;
                    }

                    previousDot = true;
                    continue;
                }

                previousDot = false;
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Where a <c>#</c> comment starts: at the start of the content or after whitespace, so that
        /// member ids keep theirs (<c>M:Android.Media.AudioRecord.#ctor</c>); the line's end when there is none.
        /// </summary>
        private static int CommentStart(string raw, int start)
        {
            for (var i = raw.IndexOf('#', start); i >= 0; i = raw.IndexOf('#', i + 1))
            {
                if (i == start || char.IsWhiteSpace(raw[i - 1]))
                {
                    return i;
                }
            }

            return raw.Length;
        }

        private static bool LooksBinary(SourceText text)
        {
            var length = text.Length < 8000 ? text.Length : 8000;
            for (var i = 0; i < length; i++)
            {
                if (text[i] == '\0')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
