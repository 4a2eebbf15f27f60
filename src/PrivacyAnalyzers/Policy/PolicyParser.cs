using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// Parses PrivacyPolicy.txt: one <c>category: purpose, purpose</c> line per category, <c>#</c>
    /// comments, a trailing <c>*</c> segment (<c>user.contact.*</c>) for a category and all below it.
    /// Every problem is located; every line that parses still applies.
    /// </summary>
    internal static class PolicyParser
    {
        public const string FileName = "PrivacyPolicy.txt";

        public static PrivacyPolicy Parse(SourceText text, CancellationToken cancellationToken = default)
        {
            var problems = new List<FileProblem>();
            var deprecated = new List<DeprecatedUse>();
            var lines = new List<PolicyLine>();
            var byPattern = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var any = false;
            var recipients = ImmutableArray.CreateBuilder<string>();
            var serviceProviders = ImmutableArray.CreateBuilder<string>();
            var inRecipients = false;
            foreach (var line in LineReader.Read(text, FileName, problems, cancellationToken))
            {
                any = true;
                if (TryParseRecipients(line, recipients, serviceProviders, problems, ref inRecipients))
                {
                    continue;
                }

                foreach (var parsed in ParseLine(line, problems, deprecated))
                {
                    if (byPattern.TryGetValue(parsed.Pattern, out var earlier))
                    {
                        var first = lines[earlier];
                        var same = first.Purposes.Length == parsed.Purposes.Length && !HasDifference(first.Purposes, parsed.Purposes);
                        LineReader.Report(
                            problems,
                            line.SpanOf(0, parsed.Pattern.Length),
                            same
                                ? $"'{parsed.Pattern}' repeats line {first.LineNumber}"
                                : $"'{parsed.Pattern}' conflicts with line {first.LineNumber}, which lists other purposes: both lines apply, merge them into one");
                        lines[earlier] = new PolicyLine(first.LineNumber, first.Category, first.Wildcard, Union(first.Purposes, parsed.Purposes), first.Span);
                        continue;
                    }

                    byPattern.Add(parsed.Pattern, lines.Count);
                    lines.Add(parsed);
                }
            }

            if (!any && problems.Count == 0)
            {
                problems.Add(new FileProblem(new TextSpan(0, 0), FileName + " is empty: it discloses no category, so every collection is undisclosed"));
            }

            return new PrivacyPolicy(lines.ToImmutableArray(), problems.ToImmutableArray(), deprecated.ToImmutableArray()) { Recipients = recipients.ToImmutable(), ServiceProviders = serviceProviders.ToImmutable() };
        }

        /// <summary>
        /// The processors the organisation has agreements with: <c>recipients: Sentry, Application Insights</c>
        /// on one line, or a <c>recipients:</c> line followed by <c>- Sentry</c> lines. A processor's name
        /// is the one the flow rules' sink tables give (PRIV102's message names it); <c>Sentry (service provider)</c>
        /// also marks it as processing the data on the app's behalf (<see cref="ServiceProviderMarker"/>).
        /// </summary>
        private static bool TryParseRecipients(LineReader.ContentLine line, ImmutableArray<string>.Builder recipients, ImmutableArray<string>.Builder serviceProviders, List<FileProblem> problems, ref bool inRecipients)
        {
            var content = line.Content;
            if (inRecipients && content.StartsWith("-", System.StringComparison.Ordinal))
            {
                AddRecipient(content.Substring(1).Trim(), line, recipients, serviceProviders, problems);
                return true;
            }

            inRecipients = false;
            if (!content.StartsWith(RecipientsSection, System.StringComparison.Ordinal))
            {
                return false;
            }

            var rest = content.Substring(RecipientsSection.Length).Trim();
            if (rest.Length == 0)
            {
                inRecipients = true;
                return true;
            }

            foreach (var item in rest.Split(','))
            {
                AddRecipient(item.Trim(), line, recipients, serviceProviders, problems);
            }

            return true;
        }

        private static void AddRecipient(string name, LineReader.ContentLine line, ImmutableArray<string>.Builder recipients, ImmutableArray<string>.Builder serviceProviders, List<FileProblem> problems)
        {
            if (name.EndsWith(ServiceProviderMarker, System.StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - ServiceProviderMarker.Length).TrimEnd();
                if (name.Length > 0 && !serviceProviders.Contains(name))
                {
                    serviceProviders.Add(name);
                }
            }

            if (name.Length == 0)
            {
                LineReader.Report(problems, line.Span, "an empty recipient name");
            }
            else if (!recipients.Contains(name))
            {
                recipients.Add(name);
            }
        }

        /// <summary>The line that starts the recipients section (<c>recipients:</c>).</summary>
        public const string RecipientsSection = "recipients:";

        /// <summary>What follows a recipient's name when it is a service provider: <c>- Sentry (service provider)</c>.</summary>
        public const string ServiceProviderMarker = "(service provider)";

        /// <summary>The line's meaning: none when it does not parse, one line, or one per replacement of a split former id.</summary>
        private static PolicyLine[] ParseLine(LineReader.ContentLine line, List<FileProblem> problems, List<DeprecatedUse> deprecated)
        {
            var content = line.Content;
            var colon = content.IndexOf(':');
            if (colon < 0)
            {
                LineReader.Report(problems, line.Span, $"expected 'category: purpose, purpose' but found '{Shorten(content)}'");
                return System.Array.Empty<PolicyLine>();
            }

            var (categoryText, categoryStart) = Trim(content, 0, colon);
            var wildcard = categoryText.EndsWith(".*", System.StringComparison.Ordinal);
            var category = wildcard ? categoryText.Substring(0, categoryText.Length - 2) : categoryText;
            if (!LineReader.IsWellFormedId(category))
            {
                LineReader.Report(problems, line.SpanOf(categoryStart, categoryText.Length), categoryText.Length == 0
                    ? "a category id is missing before ':'"
                    : $"'{categoryText}' is not a category id: lowercase segments separated by dots, '*' only as the last segment");
                return System.Array.Empty<PolicyLine>();
            }

            var categories = Read(category, IdKind.Category, line.SpanOf(categoryStart, category.Length), problems, deprecated);

            var purposes = ImmutableArray.CreateBuilder<string>();
            var position = colon + 1;
            while (position <= content.Length)
            {
                var comma = content.IndexOf(',', position);
                var end = comma < 0 ? content.Length : comma;
                var (purpose, purposeStart) = Trim(content, position, end);
                var span = line.SpanOf(purposeStart, purpose.Length);
                if (purpose.Length == 0)
                {
                    if (comma >= 0 || purposes.Count == 0)
                    {
                        LineReader.Report(problems, purposes.Count == 0 && comma < 0 ? line.Span : span, purposes.Count == 0 && comma < 0
                            ? $"'{category}' lists no purpose"
                            : "an empty purpose between commas");
                    }
                }
                else if (!LineReader.IsWellFormedId(purpose))
                {
                    LineReader.Report(problems, span, $"'{purpose}' is not a purpose id: lowercase segments separated by dots");
                }
                else if (purposes.Contains(purpose))
                {
                    LineReader.Report(problems, span, $"'{purpose}' is listed twice for '{categoryText}'");
                }
                else
                {
                    foreach (var read in Read(purpose, IdKind.Purpose, span, problems, deprecated))
                    {
                        if (!purposes.Contains(read))
                        {
                            purposes.Add(read);
                        }
                    }
                }

                if (comma < 0)
                {
                    break;
                }

                position = comma + 1;
            }

            var allowed = purposes.ToImmutable();
            var result = new PolicyLine[categories.Length];
            for (var i = 0; i < categories.Length; i++)
            {
                result[i] = new PolicyLine(line.Number, categories[i], wildcard, allowed, line.Span);
            }

            return result;
        }

        /// <summary>
        /// The ids an id written in the file stands for: a former id (PRIV009) its replacements, any other
        /// itself. A team may add its own ids below known ones; a near miss of a known id is a typo.
        /// </summary>
        private static ImmutableArray<string> Read(string id, IdKind kind, TextSpan span, List<FileProblem> problems, List<DeprecatedUse> deprecated)
        {
            if (TaxonomyIndex.Deprecated(id, kind) is { } former)
            {
                deprecated.Add(new DeprecatedUse(span, former));
                return former.ReplacedBy;
            }

            if (!TaxonomyIndex.IsAccepted(id, kind))
            {
                LineReader.Report(problems, span, $"unknown {TaxonomyIndex.KindName(kind)} id '{id}'" + TaxonomyIndex.DidYouMean(id, kind));
            }

            return ImmutableArray.Create(id);
        }

        private static (string Text, int Start) Trim(string content, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(content[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(content[end - 1]))
            {
                end--;
            }

            return (content.Substring(start, end - start), start);
        }

        private static bool HasDifference(ImmutableArray<string> a, ImmutableArray<string> b)
        {
            foreach (var item in a)
            {
                if (!b.Contains(item))
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableArray<string> Union(ImmutableArray<string> a, ImmutableArray<string> b)
        {
            var builder = a.ToBuilder();
            foreach (var item in b)
            {
                if (!builder.Contains(item))
                {
                    builder.Add(item);
                }
            }

            return builder.ToImmutable();
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
