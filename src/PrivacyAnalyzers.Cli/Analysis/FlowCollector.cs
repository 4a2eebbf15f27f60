using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>
    /// The manifest's "where it goes": the flow inventory (PRIV105) read through <see cref="SiteCodec"/>,
    /// grouped per category by processor and sink kind. A category is stored when a flow reaches
    /// storage, and sent off the device when one reaches a third party or the network. A flow with sink
    /// kind Unresolved (a call the analysis could not follow) is no recipient: it is counted per category
    /// as a coverage gap, one per category and call.
    /// </summary>
    internal sealed class FlowCollector
    {
        private readonly Dictionary<string, Dictionary<(string Processor, string Sink), List<(FlowEntry Entry, bool Declared, bool ServiceProvider)>>> byCategory =
            new(StringComparer.Ordinal);

        private readonly HashSet<(string Category, string File, int Line, int Column, string Source)> seen = new();

        private readonly Dictionary<string, HashSet<(string File, int Line, int Column, string Api)>> gaps = new(StringComparer.Ordinal);

        // A merged manifest's parts give their gaps as counts, not calls: they add up.
        private readonly Dictionary<string, int> gapCounts = new(StringComparer.Ordinal);

        /// <summary>The categories that flow somewhere or into a call that could not be followed.</summary>
        public IEnumerable<string> Categories => byCategory.Keys
            .Concat(gaps.Keys.Where(c => !byCategory.ContainsKey(c)))
            .Concat(gapCounts.Keys.Where(c => !byCategory.ContainsKey(c) && !gaps.ContainsKey(c)));

        /// <summary>A flow inventory diagnostic (PRIV105) at its sink; one that carries no flow is ignored.</summary>
        public void Add(DiagnosticRecord diagnostic)
        {
            // Read as SiteCodec.ReadFlow reads a Roslyn diagnostic: hop i is additional location i, described by hop.i.
            var source = SiteCodec.ReadSite(diagnostic.Properties);
            var sink = SiteCodec.ReadSink(diagnostic.Properties, diagnostic.AdditionalLocations.Count);
            if (source is null || sink is null)
            {
                return;
            }

            var position = diagnostic.Location;
            if (sink.Kind == SinkKind.Unresolved)
            {
                if (!gaps.TryGetValue(source.Category, out var calls))
                {
                    gaps.Add(source.Category, calls = new());
                }

                calls.Add((position.File, position.Line, position.Column, sink.Api));
                return;
            }

            var hops = SiteCodec.HopCount(diagnostic.Properties);
            List<FlowStep>? path = null;
            if (hops > 0)
            {
                path = new List<FlowStep>(hops);
                for (var i = 0; i < hops; i++)
                {
                    var hop = diagnostic.AdditionalLocations[i];
                    path.Add(new FlowStep(hop.File, hop.Line, hop.Column, SiteCodec.HopDescription(diagnostic.Properties, i)));
                }
            }

            var entry = new FlowEntry(
                position.File,
                position.Line,
                position.Column,
                diagnostic.Project,
                sink.Api,
                source.DisplayApi,
                SiteCodec.Flag(diagnostic.Properties, SiteCodec.PseudonymisedKey),
                SiteCodec.Flag(diagnostic.Properties, SiteCodec.InsecureKey),
                path);
            Add(
                source.Category,
                sink.Processor,
                SinkName(sink.Kind),
                entry,
                SiteCodec.Flag(diagnostic.Properties, SiteCodec.RecipientDeclaredKey),
                SiteCodec.Flag(diagnostic.Properties, SiteCodec.ServiceProviderKey));
        }

        /// <summary>One flow of a category to a processor and sink kind (a merged manifest's); the first at one place, source and processor is kept.</summary>
        public void Add(string category, string? processor, string sink, FlowEntry entry, bool declared, bool serviceProvider)
        {
            if (!seen.Add((category, entry.File, entry.Line, entry.Column, entry.SourceApi + "|" + processor)))
            {
                return;
            }

            if (!byCategory.TryGetValue(category, out var recipients))
            {
                byCategory.Add(category, recipients = new());
            }

            var key = (processor ?? "unknown", sink);
            if (!recipients.TryGetValue(key, out var entries))
            {
                recipients.Add(key, entries = new());
            }

            entries.Add((entry, declared, serviceProvider));
        }

        /// <summary>A merged part's coverage gaps of one category (a count: the part's manifest lists no calls).</summary>
        public void AddGaps(string category, int count)
        {
            gapCounts[category] = (gapCounts.TryGetValue(category, out var known) ? known : 0) + count;
        }

        /// <summary>The category with its recipients, stored and sent-off flags and coverage gaps; unchanged when nothing flows.</summary>
        public CategoryEntry Apply(CategoryEntry category)
        {
            var gapTotal = (gaps.TryGetValue(category.Id, out var calls) ? calls.Count : 0)
                + (gapCounts.TryGetValue(category.Id, out var counted) ? counted : 0);
            int? gapCount = gapTotal > 0 || calls is not null ? gapTotal : null;
            if (!byCategory.TryGetValue(category.Id, out var recipients))
            {
                return gapCount is null ? category : category with { CoverageGaps = gapCount };
            }

            var list = recipients
                .OrderBy(r => r.Key.Processor, StringComparer.Ordinal).ThenBy(r => r.Key.Sink, StringComparer.Ordinal)
                .Select(r => new Recipient(
                    r.Key.Processor,
                    r.Key.Sink,
                    r.Value.All(f => f.Declared),
                    r.Value.Select(f => f.Entry)
                        .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.SourceApi, StringComparer.Ordinal)
                        .ToList(),
                    // A service provider for every flow, as Declared: one flow outside the agreement is sharing.
                    r.Value.All(f => f.ServiceProvider) ? true : null))
                .ToList();
            return category with
            {
                Recipients = list,
                Stored = list.Any(r => r.Sink == "storage"),
                SentOffDevice = list.Any(r => r.Sink is "third-party" or "network"),
                CoverageGaps = gapCount,
            };
        }

        public static string SinkName(SinkKind kind) => kind switch
        {
            SinkKind.Log => "log",
            SinkKind.ThirdParty => "third-party",
            SinkKind.Network => "network",
            SinkKind.Unresolved => "unresolved",
            _ => "storage",
        };
    }
}
