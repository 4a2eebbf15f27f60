using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Cli.Model;
using PrivacyAnalyzers.Contract;

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

        /// <summary>The categories that flow somewhere or into a call that could not be followed.</summary>
        public IEnumerable<string> Categories => byCategory.Keys.Concat(gaps.Keys.Where(c => !byCategory.ContainsKey(c)));

        /// <summary>Adds a PRIV105 flow at its sink; <paramref name="positionOf"/> places its hops (the path), when given.</summary>
        public void Add(Diagnostic diagnostic, string project, (string File, int Line, int Column) position, Func<Location, (string File, int Line, int Column)>? positionOf = null)
        {
            if (!SiteCodec.TryReadFlow(diagnostic, out var flow) || flow is null)
            {
                return;
            }

            var category = flow.Source.Category;
            if (flow.Sink.Kind == SinkKind.Unresolved)
            {
                if (!gaps.TryGetValue(category, out var calls))
                {
                    gaps.Add(category, calls = new());
                }

                calls.Add((position.File, position.Line, position.Column, flow.Sink.Api));
                return;
            }

            if (!seen.Add((category, position.File, position.Line, position.Column, flow.Source.DisplayApi + "|" + flow.Sink.Processor)))
            {
                return;
            }

            if (!byCategory.TryGetValue(category, out var recipients))
            {
                byCategory.Add(category, recipients = new());
            }

            var key = (flow.Sink.Processor ?? "unknown", SinkName(flow.Sink.Kind));
            if (!recipients.TryGetValue(key, out var entries))
            {
                recipients.Add(key, entries = new());
            }

            List<FlowStep>? path = null;
            if (positionOf is not null && flow.Hops.Length > 0)
            {
                path = new List<FlowStep>(flow.Hops.Length);
                foreach (var hop in flow.Hops)
                {
                    var (file, line, column) = positionOf(hop.Location);
                    path.Add(new FlowStep(file, line, column, hop.Description));
                }
            }

            entries.Add((new FlowEntry(position.File, position.Line, position.Column, project, flow.Sink.Api, flow.Source.DisplayApi, flow.Pseudonymised, flow.Insecure, path), flow.DeclaredRecipient, flow.ServiceProvider));
        }

        /// <summary>The category with its recipients, stored and sent-off flags and coverage gaps; unchanged when nothing flows.</summary>
        public CategoryEntry Apply(CategoryEntry category)
        {
            int? gapCount = gaps.TryGetValue(category.Id, out var calls) ? calls.Count : null;
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
