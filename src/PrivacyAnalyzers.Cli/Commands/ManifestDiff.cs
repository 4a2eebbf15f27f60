using System.Globalization;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Cli.Commands
{
    /// <summary>
    /// What a change starts and stops collecting, between two JSON manifests: categories, purposes per
    /// category, and collection sites. Sites are compared by category, file, member and API, not by line,
    /// so code that merely moves within a file is no change. Collection grew when a category or a
    /// category's purpose appears, or a category is collected at more places than before.
    /// </summary>
    internal sealed class ManifestDiff
    {
        private ManifestDiff(Manifest before, Manifest after)
        {
            var old = before.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
            var @new = after.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
            AddedCategories = @new.Values.Where(c => !old.ContainsKey(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
            RemovedCategories = old.Values.Where(c => !@new.ContainsKey(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();

            foreach (var category in @new.Values.Where(c => old.ContainsKey(c.Id)).OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                var previous = old[category.Id];
                var was = Purposes(previous).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
                var now = Purposes(category).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var purpose in Purposes(category).Where(p => !was.Contains(p.Id)))
                {
                    AddedPurposes.Add((category, purpose));
                }

                foreach (var purpose in Purposes(previous).Where(p => !now.Contains(p.Id)))
                {
                    RemovedPurposes.Add((category, purpose));
                }

                if (Sites(category).Count > Sites(previous).Count)
                {
                    MoreSites.Add(category);
                }
            }

            AddedSites = Difference(after, before);
            RemovedSites = Difference(before, after);
            StartsSharing = RecipientDifference(after, before);
            StopsSharing = RecipientDifference(before, after);
            foreach (var category in after.Categories.Where(c => (c.CoverageGaps ?? 0) > 0))
            {
                var earlier = before.Categories.FirstOrDefault(c => c.Id == category.Id)?.CoverageGaps ?? 0;
                if (category.CoverageGaps > earlier)
                {
                    MoreGaps.Add((category, earlier));
                }
            }
        }

        /// <summary>Categories with more calls the flow analysis could not follow than before (and how many before).</summary>
        public List<(CategoryEntry Category, int Before)> MoreGaps { get; } = new();

        /// <summary>Recipients (processor and sink kind) a category's data reaches after the change and not before.</summary>
        public List<(CategoryEntry Category, Recipient Recipient)> StartsSharing { get; }

        public List<(CategoryEntry Category, Recipient Recipient)> StopsSharing { get; }

        public List<CategoryEntry> AddedCategories { get; }

        public List<CategoryEntry> RemovedCategories { get; }

        public List<(CategoryEntry Category, PurposeEntry Purpose)> AddedPurposes { get; } = new();

        public List<(CategoryEntry Category, PurposeEntry Purpose)> RemovedPurposes { get; } = new();

        /// <summary>Categories collected at more places than before.</summary>
        public List<CategoryEntry> MoreSites { get; } = new();

        public List<(CategoryEntry Category, Site Site)> AddedSites { get; }

        public List<(CategoryEntry Category, Site Site)> RemovedSites { get; }

        public bool Grew => AddedCategories.Count > 0 || AddedPurposes.Count > 0 || MoreSites.Count > 0
            || StartsSharing.Any(s => s.Recipient.Sink is "third-party" or "network");

        public bool Changed => Grew || RemovedCategories.Count > 0 || RemovedPurposes.Count > 0 || AddedSites.Count > 0 || RemovedSites.Count > 0
            || StartsSharing.Count > 0 || StopsSharing.Count > 0 || MoreGaps.Count > 0;

        public static ManifestDiff Compare(Manifest before, Manifest after) => new(before, after);

        /// <summary>Markdown for a pull-request comment.</summary>
        public string ToMarkdown(string beforeName, string afterName, Manifest after)
        {
            var lines = new Text.Lines();
            lines.Add("## Privacy: what this change collects").Add();
            if (!Changed)
            {
                lines.Add("No change in the personal data collected, its purposes or where it is collected.").Add();
            }
            else if (Grew)
            {
                lines.Add("**This change collects more personal data.** Check that the privacy policy and the store disclosures cover it.").Add();
            }
            else
            {
                lines.Add("This change does not collect more personal data.").Add();
            }

            Section(lines, "Starts collecting", AddedCategories, category => $"- **{Text.Cell(category.Name)}** (`{category.Id}`) at {Text.Plural(Sites(category).Count, "place")}, for {Text.Purposes(Purposes(category), "no declared purpose")}");
            Section(lines, "New purposes", AddedPurposes, change => $"- {Text.Cell(change.Category.Name)} (`{change.Category.Id}`): now also for {Text.Cell(change.Purpose.Name)} (`{change.Purpose.Id}`)");
            Section(lines, "Stops collecting", RemovedCategories, category => $"- {Text.Cell(category.Name)} (`{category.Id}`)");
            Section(lines, "Purposes no longer declared", RemovedPurposes, change => $"- {Text.Cell(change.Category.Name)} (`{change.Category.Id}`): no longer for {Text.Cell(change.Purpose.Name)} (`{change.Purpose.Id}`)");
            Section(lines, "Starts sharing", StartsSharing, change => "- " + Sharing("starts", change.Category, change.Recipient));
            Section(lines, "Stops sharing", StopsSharing, change => "- " + Sharing("stops", change.Category, change.Recipient));
            Section(lines, "Calls not followed", MoreGaps, change => string.Create(CultureInfo.InvariantCulture, $"- `{change.Category.Id}`: {FlowFacts.GapSentence(change.Category.CoverageGaps ?? 0)} ({change.Before} before): where its data goes there is unknown"));
            SiteTable(lines, "New collection sites", AddedSites);
            SiteTable(lines, "Removed collection sites", RemovedSites);

            if (after.Scan.Partial)
            {
                lines.Add("> " + Text.Completeness(after.Scan)).Add();
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture, $"<sub>privacy diff {Text.Cell(beforeName)} → {Text.Cell(afterName)}: {Text.Summary(after.Summary)} after the change.</sub>"));
            return lines.ToString();
        }

        /// <summary>A heading and one bullet line per item; nothing at all when there are no items.</summary>
        private static void Section<T>(Text.Lines lines, string title, IReadOnlyCollection<T> items, Func<T, string> line)
        {
            if (items.Count == 0)
            {
                return;
            }

            lines.Add($"### {title}").Add();
            foreach (var item in items)
            {
                lines.Add(line(item));
            }

            lines.Add();
        }

        private static void SiteTable(Text.Lines lines, string title, List<(CategoryEntry Category, Site Site)> sites)
        {
            if (sites.Count == 0)
            {
                return;
            }

            lines.Add($"### {title}").Add();
            lines.Add("| Category | Location | Member | API | Declared |");
            lines.Add("|---|---|---|---|---|");
            foreach (var (category, site) in sites)
            {
                lines.Add($"| `{category.Id}` | `{Text.Cell(Text.Location(site.File, site.Line, site.Column))}` | {Text.Cell(site.Member)} | `{Text.Cell(site.Api)}` | {(site.Declared ? "yes" : "**no**")} |");
            }

            lines.Add();
        }

        /// <summary>Sites of <paramref name="from"/> with no counterpart in <paramref name="other"/> (multiset by category, file, member, API).</summary>
        private static List<(CategoryEntry, Site)> Difference(Manifest from, Manifest other)
        {
            var remaining = other.Categories
                .SelectMany(c => Sites(c).Select(s => Key(c, s)))
                .GroupBy(k => k)
                .ToDictionary(g => g.Key, g => g.Count());
            var result = new List<(CategoryEntry, Site)>();
            foreach (var category in from.Categories.OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                foreach (var site in Sites(category))
                {
                    var key = Key(category, site);
                    if (remaining.TryGetValue(key, out var count) && count > 0)
                    {
                        remaining[key] = count - 1;
                    }
                    else
                    {
                        result.Add((category, site));
                    }
                }
            }

            return result;
        }

        /// <summary>"starts sharing user.contact.email with Sentry", by sink kind.</summary>
        public static string Sharing(string verb, CategoryEntry category, Recipient recipient)
        {
            var what = recipient.Sink switch
            {
                "third-party" => $"sharing `{category.Id}` with {Text.Cell(recipient.Processor)}",
                "network" => $"sending `{category.Id}` over the network ({Text.Cell(recipient.Processor)})",
                "storage" => $"storing `{category.Id}` ({Text.Cell(recipient.Processor)})",
                _ => $"logging `{category.Id}` ({Text.Cell(recipient.Processor)})",
            };
            var declared = recipient.Sink != "third-party" ? string.Empty
                : recipient.ServiceProvider == true ? ", a declared service provider (not sharing in Google Play's sense)"
                : !recipient.Declared ? ", not a declared recipient"
                : string.Empty;
            return verb + " " + what + declared;
        }

        private static List<(CategoryEntry, Recipient)> RecipientDifference(Manifest from, Manifest other)
        {
            var known = other.Categories
                .SelectMany(c => (c.Recipients ?? Array.Empty<Recipient>()).Select(r => (c.Id, r.Processor, r.Sink)))
                .ToHashSet();
            var result = new List<(CategoryEntry, Recipient)>();
            foreach (var category in from.Categories.OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                foreach (var recipient in category.Recipients ?? Array.Empty<Recipient>())
                {
                    if (!known.Contains((category.Id, recipient.Processor, recipient.Sink)))
                    {
                        result.Add((category, recipient));
                    }
                }
            }

            return result;
        }

        private static (string, string, string, string) Key(CategoryEntry category, Site site)
            => (category.Id, site.File ?? string.Empty, site.Member ?? string.Empty, site.Api ?? string.Empty);

        private static IReadOnlyList<Site> Sites(CategoryEntry category) => category.Sites ?? Array.Empty<Site>();

        private static IReadOnlyList<PurposeEntry> Purposes(CategoryEntry category) => category.Purposes ?? Array.Empty<PurposeEntry>();
    }
}
