using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// A sink a method's parameter reaches: which parameter, which sink, where, by which hops inside the method, and the
    /// recipients the declarations on the way name (the member that hands the data over and each helper between).
    /// </summary>
    internal sealed class SummarySink
    {
        public SummarySink(int parameter, FlowMember row, string api, Location location, ImmutableArray<FlowHop> hops, bool pseudonymised, bool insecure, ImmutableArray<string> recipients)
        {
            Recipients = recipients.IsDefault ? ImmutableArray<string>.Empty : recipients;
            Parameter = parameter;
            Row = row;
            Api = api;
            Location = location;
            Hops = hops;
            Pseudonymised = pseudonymised;
            Insecure = insecure;
        }

        public int Parameter { get; }

        public FlowMember Row { get; }

        public string Api { get; }

        public Location Location { get; }

        public ImmutableArray<FlowHop> Hops { get; }

        public bool Pseudonymised { get; }

        public bool Insecure { get; }

        /// <summary>
        /// What <c>[CollectsPersonalData(Recipients = …)]</c> on the members between the parameter and the sink declare:
        /// a helper two calls below the caller declared to send to OpenAI still declares what reaches OpenAI.
        /// </summary>
        public ImmutableArray<string> Recipients { get; }
    }

    /// <summary>
    /// What a method does with personal data, for its callers: what its return value carries
    /// (its parameters', as markers, and sources of its own), and which sinks its parameters reach.
    /// Computed on demand with a bounded call depth, and cached per compilation by
    /// <see cref="FlowEngine"/>.
    /// </summary>
    internal sealed class MethodSummary
    {
        public MethodSummary(Taint? returned, ImmutableArray<SummarySink> sinks, int gaps)
        {
            Returned = returned;
            Sinks = sinks;
            Gaps = gaps;
        }

        /// <summary>What the return value carries; parameter markers are <see cref="Origin.Parameter"/> ≥ 0.</summary>
        public Taint? Returned { get; }

        public ImmutableArray<SummarySink> Sinks { get; }

        /// <summary>Calls inside the method (and below) the analysis could not follow.</summary>
        public int Gaps { get; }
    }
}
