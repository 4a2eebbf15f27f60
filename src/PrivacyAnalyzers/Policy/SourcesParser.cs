using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// Parses PersonalDataSources.txt: one source per line as a documentation-comment id and a
    /// category, <c>M:MyCompany.Crm.Client.GetEmail;user.contact.email</c>, for code the team cannot
    /// annotate. Every problem is located; every line that parses still applies.
    /// </summary>
    internal static class SourcesParser
    {
        public const string FileName = "PersonalDataSources.txt";

        public static SourcesFile Parse(Microsoft.CodeAnalysis.Text.SourceText text, CancellationToken cancellationToken = default)
        {
            var problems = new List<FileProblem>();
            var entries = ImmutableArray.CreateBuilder<SourceEntry>();
            var seen = new Dictionary<string, int>();
            foreach (var line in LineReader.Read(text, FileName, problems, cancellationToken))
            {
                var content = line.Content;
                var semicolon = content.LastIndexOf(';');
                if (semicolon < 0)
                {
                    LineReader.Report(problems, line.Span, "expected 'M:Namespace.Type.Member;category' (a documentation-comment id, ';', a category id)");
                    continue;
                }

                var id = content.Substring(0, semicolon).Trim();
                var categoryStart = semicolon + 1;
                while (categoryStart < content.Length && char.IsWhiteSpace(content[categoryStart]))
                {
                    categoryStart++;
                }

                var category = content.Substring(categoryStart).Trim();
                if (id.Length < 3 || id[1] != ':' || "MPFE".IndexOf(id[0]) < 0 || id.IndexOf(' ') >= 0)
                {
                    LineReader.Report(problems, line.SpanOf(0, semicolon), $"'{id}' is not a member id: it starts with M:, P:, F: or E: and names the member fully, such as M:MyCompany.Crm.Client.GetEmail");
                    continue;
                }

                if (!LineReader.IsWellFormedId(category))
                {
                    LineReader.Report(problems, line.SpanOf(categoryStart, category.Length), category.Length == 0 ? "a category id is missing after ';'" : $"'{category}' is not a category id");
                    continue;
                }

                if (!TaxonomyIndex.IsAccepted(category, IdKind.Category))
                {
                    LineReader.Report(problems, line.SpanOf(categoryStart, category.Length), $"unknown category id '{category}'" + TaxonomyIndex.DidYouMean(category, IdKind.Category));
                    continue;
                }

                if (seen.TryGetValue(id, out var earlier))
                {
                    LineReader.Report(problems, line.SpanOf(0, semicolon), $"'{id}' repeats line {earlier}");
                    continue;
                }

                seen.Add(id, line.Number);
                entries.Add(SourceEntry.Member(id, category, Platforms.UserCode));
            }

            return new SourcesFile(entries.ToImmutable(), problems.ToImmutableArray());
        }
    }

    /// <summary>The parsed PersonalDataSources.txt.</summary>
    internal sealed class SourcesFile
    {
        public static readonly SourcesFile Empty = new SourcesFile(ImmutableArray<SourceEntry>.Empty, ImmutableArray<FileProblem>.Empty);

        public SourcesFile(ImmutableArray<SourceEntry> entries, ImmutableArray<FileProblem> problems)
        {
            Entries = entries;
            Problems = problems;
        }

        public ImmutableArray<SourceEntry> Entries { get; }

        public ImmutableArray<FileProblem> Problems { get; }
    }
}
