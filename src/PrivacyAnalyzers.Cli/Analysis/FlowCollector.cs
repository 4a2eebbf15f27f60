using PrivacyAnalyzers.Cli.Model;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>
    /// The manifest's "where it goes": the flow inventory (PRIV105) read through <see cref="SiteCodec"/>,
    /// grouped per category by processor and sink kind. A category is stored when a flow reaches
    /// storage, and sent off the device when one reaches a third party or the network.
    /// </summary>
    internal sealed class FlowCollector
    {
        private readonly Dictionary<string, Dictionary<(string Processor, string Sink), List<(FlowEntry Entry, bool Declared)>>> byCategory =
            new(StringComparer.Ordinal);

        private readonly HashSet<(string Category, string File, int Line, int Column, string Source)> seen = new();

        public IEnumerable<string> Categories => byCategory.Keys;

        /// <summary>A flow inventory diagnostic (PRIV105); one that carries no flow is ignored.</summary>
        public void Add(DiagnosticRecord diagnostic)
        {
            // The manifest needs no hop locations: the site, the sink and the flags, read as SiteCodec.ReadFlow reads them.
            var source = SiteCodec.ReadSite(diagnostic.Properties);
            var sink = SiteCodec.ReadSink(diagnostic.Properties, diagnostic.AdditionalLocations.Count);
            if (source is null || sink is null)
            {
                return;
            }

            var position = diagnostic.Location;
            var entry = new FlowEntry(
                position.File,
                position.Line,
                position.Column,
                diagnostic.Project,
                sink.Api,
                source.DisplayApi,
                SiteCodec.Flag(diagnostic.Properties, SiteCodec.PseudonymisedKey),
                SiteCodec.Flag(diagnostic.Properties, SiteCodec.InsecureKey));
            Add(source.Category, sink.Processor, SinkName(sink.Kind), entry, SiteCodec.Flag(diagnostic.Properties, SiteCodec.RecipientDeclaredKey));
        }

        /// <summary>One flow of a category to a processor and sink kind (a merged manifest's); the first at one place, source and processor is kept.</summary>
        public void Add(string category, string? processor, string sink, FlowEntry entry, bool declared)
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

            entries.Add((entry, declared));
        }

        /// <summary>The category with its recipients, stored and sent-off flags; unchanged when nothing flows.</summary>
        public CategoryEntry Apply(CategoryEntry category)
        {
            if (!byCategory.TryGetValue(category.Id, out var recipients))
            {
                return category;
            }

            var list = recipients
                .OrderBy(r => r.Key.Processor, StringComparer.Ordinal).ThenBy(r => r.Key.Sink, StringComparer.Ordinal)
                .Select(r => new Recipient(
                    r.Key.Processor,
                    r.Key.Sink,
                    r.Value.All(f => f.Declared),
                    r.Value.Select(f => f.Entry)
                        .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.SourceApi, StringComparer.Ordinal)
                        .ToList()))
                .ToList();
            return category with
            {
                Recipients = list,
                Stored = list.Any(r => r.Sink == "storage"),
                SentOffDevice = list.Any(r => r.Sink is "third-party" or "network"),
            };
        }

        public static string SinkName(SinkKind kind) => kind switch
        {
            SinkKind.Log => "log",
            SinkKind.ThirdParty => "third-party",
            SinkKind.Network => "network",
            _ => "storage",
        };
    }
}
