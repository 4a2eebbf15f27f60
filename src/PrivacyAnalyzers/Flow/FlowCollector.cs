using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>A flow found in the member under analysis: a source's origin reaching a sink.</summary>
    internal sealed class RawFinding
    {
        public RawFinding(IOperation sink, FlowMember row, string api, Origin origin, bool insecure)
        {
            Sink = sink;
            Row = row;
            Api = api;
            Origin = origin;
            Insecure = insecure;
        }

        /// <summary>The operation that hands the data over (a call, an assignment).</summary>
        public IOperation Sink { get; }

        public FlowMember Row { get; }

        public string Api { get; }

        public Origin Origin { get; }

        /// <summary>Whether the sink is a plain <c>http://</c> URL.</summary>
        public bool Insecure { get; }
    }

    /// <summary>
    /// Gathers what one analysis finds, once each however often the fixpoint visits a block: for a
    /// member's own analysis, findings (source to sink); for a summary, the sinks its parameters reach.
    /// </summary>
    internal sealed class FlowCollector
    {
        private readonly Dictionary<(Location, Origin, string), RawFinding> findings = new Dictionary<(Location, Origin, string), RawFinding>();
        private readonly Dictionary<(int, Location), SummarySink> sinks = new Dictionary<(int, Location), SummarySink>();
        private readonly HashSet<Location> gapLocations = new HashSet<Location>();

        // Coverage gaps as facts, bounded: one per callee in a member (the first origin that reaches it),
        // and in a summary one per callee and parameter, however many calls a big method makes.
        private readonly Dictionary<string, RawFinding> unresolved = new Dictionary<string, RawFinding>(System.StringComparer.Ordinal);
        private readonly Dictionary<(int, string), SummarySink> unresolvedSinks = new Dictionary<(int, string), SummarySink>();

        public FlowCollector(bool summaryMode) => SummaryMode = summaryMode;

        public bool SummaryMode { get; }

        /// <summary>Calls with personal data that the analysis could not follow (each call once).</summary>
        public int Gaps => gapLocations.Count + nestedGaps;

        private int nestedGaps;

        public void Gap(Location location) => gapLocations.Add(location);

        public void AddGaps(int count) => nestedGaps += count;

        public void Sink(IOperation sink, FlowMember row, string api, Origin origin, bool insecure)
        {
            if (row.Kind == Contract.SinkKind.Unresolved)
            {
                Unresolved(sink, row, api, origin);
                return;
            }

            var location = sink.Syntax.GetLocation();
            if (origin.Parameter >= 0)
            {
                if (SummaryMode && !sinks.ContainsKey((origin.Parameter, location)))
                {
                    sinks.Add((origin.Parameter, location), new SummarySink(origin.Parameter, row, api, location, origin.Hops, origin.Pseudonymised, insecure, origin.Recipients));
                }

                return;
            }

            if (!SummaryMode && origin.Site != null)
            {
                var key = (location, origin, row.Processor ?? string.Empty);
                if (!findings.ContainsKey(key))
                {
                    findings.Add(key, new RawFinding(sink, row, api, origin, insecure));
                }
            }
        }

        private void Unresolved(IOperation sink, FlowMember row, string api, Origin origin)
        {
            if (origin.Parameter >= 0)
            {
                if (SummaryMode && !unresolvedSinks.ContainsKey((origin.Parameter, api)))
                {
                    unresolvedSinks.Add((origin.Parameter, api), new SummarySink(origin.Parameter, row, api, sink.Syntax.GetLocation(), origin.Hops, origin.Pseudonymised, insecure: false, origin.Recipients));
                }

                return;
            }

            if (!SummaryMode && origin.Site != null && !unresolved.ContainsKey(api))
            {
                unresolved.Add(api, new RawFinding(sink, row, api, origin, insecure: false));
            }
        }

        /// <summary>The findings, sinks first, then the coverage gaps (one per callee).</summary>
        public IEnumerable<RawFinding> Findings
        {
            get
            {
                // One report per value stored in an entity: at the property assignment, not again at the
                // entity's Add, Update or Attach.
                HashSet<Origin>? storedByAssignment = null;
                foreach (var finding in findings.Values)
                {
                    if (IsEntityStore(finding) && finding.Sink is not IInvocationOperation)
                    {
                        (storedByAssignment ??= new HashSet<Origin>()).Add(finding.Origin);
                    }
                }

                foreach (var finding in findings.Values)
                {
                    if (storedByAssignment != null && finding.Sink is IInvocationOperation && IsEntityStore(finding) && storedByAssignment.Contains(finding.Origin))
                    {
                        continue;
                    }

                    yield return finding;
                }

                foreach (var gap in unresolved.Values)
                {
                    yield return gap;
                }
            }
        }

        private static bool IsEntityStore(RawFinding finding)
            => finding.Row.Kind == Contract.SinkKind.Storage && finding.Row.Processor == Data.StorageSinks.DatabaseProcessor;

        public ImmutableArray<SummarySink> SummarySinks()
        {
            var builder = ImmutableArray.CreateBuilder<SummarySink>(sinks.Count + unresolvedSinks.Count);
            foreach (var sink in sinks.Values)
            {
                builder.Add(sink);
            }

            foreach (var sink in unresolvedSinks.Values)
            {
                builder.Add(sink);
            }

            return builder.MoveToImmutable();
        }
    }
}
