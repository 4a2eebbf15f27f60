using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// Parses sources files: a team's PersonalDataSources.txt and the built-in catalog's data files
    /// (<c>Catalog/Data/*.txt</c>), one format and one parser. A line is a documentation-comment id and
    /// a category, <c>M:MyCompany.Crm.Client.GetEmail;user.contact.email</c>, for code the team cannot
    /// annotate. The built-in files add what the catalog needs, in the same line shape: a
    /// <c>[platform …]</c> header, value tables (<c>[values name comparer]</c> then <c>value;category</c>
    /// rows) and value-aware sources (<c>id;by parameter in table[ + table][ else category]</c>).
    /// Every problem is located; every line that parses still applies.
    /// </summary>
    internal static class SourcesParser
    {
        public const string FileName = "PersonalDataSources.txt";

        private const string ExpectedLine = "expected 'M:Namespace.Type.Member;category' (a documentation-comment id, ';', a category id)";

        /// <summary>Parses a team's PersonalDataSources.txt: sources of <see cref="Platforms.UserCode"/>, no sections.</summary>
        public static SourcesFile Parse(SourceText text, CancellationToken cancellationToken = default)
            => new Reader(FileName, builtIn: false, ImmutableDictionary<string, ValueTable>.Empty).Read(text, cancellationToken);

        /// <summary>
        /// Parses one of the built-in catalog's data files, which may use the tables of the files read
        /// before it (<paramref name="sharedTables"/>).
        /// </summary>
        public static SourcesFile ParseBuiltIn(SourceText text, string fileName, ImmutableDictionary<string, ValueTable> sharedTables)
            => new Reader(fileName, builtIn: true, sharedTables).Read(text, CancellationToken.None);

        /// <summary>The state of one parse: the section a line belongs to, and what the file declared so far.</summary>
        private sealed class Reader
        {
            private readonly string fileName;
            private readonly bool builtIn;
            private readonly List<FileProblem> problems = new List<FileProblem>();
            private readonly ImmutableArray<SourceEntry>.Builder entries = ImmutableArray.CreateBuilder<SourceEntry>();
            private readonly Dictionary<string, int> seen = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly Dictionary<string, ValueTable.Builder> declared = new Dictionary<string, ValueTable.Builder>(StringComparer.Ordinal);
            private readonly ImmutableDictionary<string, ValueTable> sharedTables;
            private string? platform;

            /// <summary>The table the rows go to, or null in the sources section.</summary>
            private ValueTable.Builder? table;

            public Reader(string fileName, bool builtIn, ImmutableDictionary<string, ValueTable> sharedTables)
            {
                this.fileName = fileName;
                this.builtIn = builtIn;
                this.sharedTables = sharedTables;
                platform = builtIn ? null : Platforms.UserCode;
            }

            public SourcesFile Read(SourceText text, CancellationToken cancellationToken)
            {
                foreach (var line in LineReader.Read(text, fileName, problems, cancellationToken))
                {
                    var content = line.Content;
                    if (builtIn && content[0] == '[' && content[content.Length - 1] == ']')
                    {
                        ReadSection(line);
                        continue;
                    }

                    var semicolon = content.LastIndexOf(';');
                    if (semicolon < 0)
                    {
                        LineReader.Report(problems, line.Span, table is null ? ExpectedLine : "expected 'value;category' in the value table");
                        continue;
                    }

                    var left = content.Substring(0, semicolon).Trim();
                    var rightStart = semicolon + 1;
                    while (rightStart < content.Length && char.IsWhiteSpace(content[rightStart]))
                    {
                        rightStart++;
                    }

                    var right = content.Substring(rightStart).Trim();
                    if (table != null)
                    {
                        ReadValue(line, left, semicolon, right, rightStart);
                    }
                    else
                    {
                        ReadSource(line, left, semicolon, right, rightStart);
                    }
                }

                var tables = ImmutableDictionary.CreateBuilder<string, ValueTable>(StringComparer.Ordinal);
                foreach (var pair in declared)
                {
                    tables.Add(pair.Key, pair.Value.ToTable());
                }

                return new SourcesFile(entries.ToImmutable(), problems.ToImmutableArray(), builtIn ? platform : null, tables.ToImmutable());
            }

            /// <summary><c>[platform name]</c>, <c>[values name comparer]</c>, <c>[sources]</c>.</summary>
            private void ReadSection(LineReader.ContentLine line)
            {
                var words = line.Content.Substring(1, line.Content.Length - 2).Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var keyword = words.Length == 0 ? string.Empty : words[0];
                switch (keyword)
                {
                    case "platform" when words.Length > 1 && platform is null:
                        platform = string.Join(" ", words, 1, words.Length - 1);
                        table = null;
                        return;
                    case "platform" when words.Length > 1:
                        LineReader.Report(problems, line.Span, $"the platform is already named '{platform}': one file, one platform");
                        return;
                    case "sources" when words.Length == 1:
                        table = null;
                        return;
                    case "values" when words.Length == 3 && ValueTable.ComparerNamed(words[2]) is { } comparer:
                        if (declared.ContainsKey(words[1]) || sharedTables.ContainsKey(words[1]))
                        {
                            LineReader.Report(problems, line.Span, $"the value table '{words[1]}' is declared twice");
                            table = null;
                            return;
                        }

                        table = new ValueTable.Builder(words[1], words[2], comparer);
                        declared.Add(table.Name, table);
                        return;
                    default:
                        LineReader.Report(problems, line.Span, "expected '[platform name]', '[values name ordinal|ignore-case]' or '[sources]'");
                        return;
                }
            }

            private void ReadValue(LineReader.ContentLine line, string value, int semicolon, string category, int categoryStart)
            {
                if (value.Length == 0)
                {
                    LineReader.Report(problems, line.SpanOf(0, semicolon), "a value is missing before ';'");
                }
                else if (CheckCategory(line, category, categoryStart) && !table!.TryAdd(value, category))
                {
                    LineReader.Report(problems, line.SpanOf(0, semicolon), $"'{value}' is listed twice in '{table.Name}'");
                }
            }

            private void ReadSource(LineReader.ContentLine line, string id, int semicolon, string right, int rightStart)
            {
                if (!MemberId.TryParse(id, out var parsed) || parsed.Kind == 'T')
                {
                    LineReader.Report(problems, line.SpanOf(0, semicolon), $"'{id}' is not a member id: it starts with M:, P:, F: or E: and names the member fully, such as M:MyCompany.Crm.Client.GetEmail");
                    return;
                }

                if (platform is null)
                {
                    LineReader.Report(problems, line.Span, "a source before the file's '[platform name]' line");
                    return;
                }

                SourceEntry? entry;
                if (builtIn && right.StartsWith("by ", StringComparison.Ordinal))
                {
                    entry = ReadByArgument(line, id, right, rightStart);
                }
                else
                {
                    // A former id in a team's file is read as its fideslang id: sites carry fideslang ids only.
                    entry = CheckCategory(line, right, rightStart) ? SourceEntry.Member(id, TaxonomyIndex.Canonical(right, IdKind.Category), platform) : null;
                }

                if (entry is null)
                {
                    return;
                }

                if (seen.TryGetValue(id, out var earlier))
                {
                    LineReader.Report(problems, line.SpanOf(0, semicolon), $"'{id}' repeats line {earlier}");
                    return;
                }

                seen.Add(id, line.Number);
                entries.Add(entry);
            }

            /// <summary><c>by parameter in table[ + table]…[ else category]</c>.</summary>
            private SourceEntry? ReadByArgument(LineReader.ContentLine line, string id, string rule, int ruleStart)
            {
                var span = line.SpanOf(ruleStart, rule.Length);
                var words = rule.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var elseAt = Array.IndexOf(words, "else");
                var tablesEnd = elseAt < 0 ? words.Length : elseAt;
                if (words.Length < 4 || words[2] != "in" || tablesEnd < 4 || (tablesEnd - 4) % 2 != 0 || (elseAt >= 0 && elseAt != words.Length - 2))
                {
                    LineReader.Report(problems, span, "expected 'by parameter in table[ + table][ else category]'");
                    return null;
                }

                var values = new List<(string Value, string Category)>();
                StringComparer? comparer = null;
                string? comparerName = null;
                for (var i = 3; i < tablesEnd; i += 2)
                {
                    if (i > 3 && words[i - 1] != "+")
                    {
                        LineReader.Report(problems, span, "tables are joined with '+'");
                        return null;
                    }

                    if (!TryFindTable(words[i], out var found))
                    {
                        LineReader.Report(problems, span, $"no value table '{words[i]}' is declared before this line");
                        return null;
                    }

                    if (comparerName != null && comparerName != found.ComparerName)
                    {
                        LineReader.Report(problems, span, $"'{words[i]}' compares {found.ComparerName}, the tables before it {comparerName}");
                        return null;
                    }

                    comparer = found.Comparer;
                    comparerName = found.ComparerName;
                    values.AddRange(found.Rows);
                }

                string? fallback = null;
                if (elseAt >= 0)
                {
                    fallback = words[elseAt + 1];
                    if (!CheckCategory(line, fallback, ruleStart + rule.LastIndexOf(fallback, StringComparison.Ordinal)))
                    {
                        return null;
                    }
                }

                return SourceEntry.ByArgument(id, platform!, words[1], comparer!, fallback, values);
            }

            private bool TryFindTable(string name, out ValueTable found)
            {
                if (declared.TryGetValue(name, out var builder))
                {
                    found = builder.ToTable();
                    return true;
                }

                return sharedTables.TryGetValue(name, out found!);
            }

            private bool CheckCategory(LineReader.ContentLine line, string category, int start)
            {
                if (!LineReader.IsWellFormedId(category))
                {
                    LineReader.Report(problems, line.SpanOf(start, category.Length), category.Length == 0 ? "a category id is missing after ';'" : $"'{category}' is not a category id");
                    return false;
                }

                if (!TaxonomyIndex.IsAccepted(category, IdKind.Category))
                {
                    LineReader.Report(problems, line.SpanOf(start, category.Length), $"unknown category id '{category}'" + TaxonomyIndex.DidYouMean(category, IdKind.Category));
                    return false;
                }

                // The built-in catalog emits fideslang ids only.
                if (builtIn && TaxonomyIndex.Deprecated(category, IdKind.Category) is { } former)
                {
                    LineReader.Report(problems, line.SpanOf(start, category.Length), $"'{category}' is a deprecated taxonomy id; use {former.ReplacedByText}");
                    return false;
                }

                return true;
            }
        }
    }

    /// <summary>A parsed sources file: a team's PersonalDataSources.txt, or one file of the built-in catalog.</summary>
    internal sealed class SourcesFile
    {
        public static readonly SourcesFile Empty = new SourcesFile(ImmutableArray<SourceEntry>.Empty, ImmutableArray<FileProblem>.Empty);

        public SourcesFile(ImmutableArray<SourceEntry> entries, ImmutableArray<FileProblem> problems)
            : this(entries, problems, platform: null, ImmutableDictionary<string, ValueTable>.Empty)
        {
        }

        public SourcesFile(ImmutableArray<SourceEntry> entries, ImmutableArray<FileProblem> problems, string? platform, ImmutableDictionary<string, ValueTable> tables)
        {
            Entries = entries;
            Problems = problems;
            Platform = platform;
            Tables = tables;
        }

        public ImmutableArray<SourceEntry> Entries { get; }

        public ImmutableArray<FileProblem> Problems { get; }

        /// <summary>Built-in files: the platform the <c>[platform …]</c> line names; null for a team's file or a shared table file.</summary>
        public string? Platform { get; }

        /// <summary>Built-in files: the value tables the file declares, for the files read after it.</summary>
        public ImmutableDictionary<string, ValueTable> Tables { get; }
    }
}
