using System;
using System.Collections.Generic;
using System.Collections.Immutable;
#if !PRIVACY_MANIFESTS
using Microsoft.CodeAnalysis;
#endif

namespace PrivacyAnalyzers.Contract
{
    /// <summary>Where personal data ends up, in the families of the flow rules (PRIV101–PRIV104).</summary>
    // Linked into PrivacyAnalyzers.Manifests (Roslyn-free) as internal: the CLI references both assemblies and must see one type.
#if PRIVACY_MANIFESTS
    internal
#else
    public
#endif
    enum SinkKind
    {
        /// <summary>A log (PRIV101).</summary>
        Log,

        /// <summary>A third party's SDK (PRIV102).</summary>
        ThirdParty,

        /// <summary>The network (PRIV103).</summary>
        Network,

        /// <summary>Storage: files, databases, preferences (PRIV104).</summary>
        Storage,
    }

    /// <summary>The end of a flow: what kind of sink, which API, and who receives the data.</summary>
    // Linked into PrivacyAnalyzers.Manifests (Roslyn-free) as internal: the CLI references both assemblies and must see one type.
#if PRIVACY_MANIFESTS
    internal
#else
    public
#endif
    sealed class FlowSink : IEquatable<FlowSink>
    {
        public FlowSink(SinkKind kind, string api, string? processor = null)
        {
            Kind = kind;
            Api = api ?? throw new ArgumentNullException(nameof(api));
            Processor = processor;
        }

        public SinkKind Kind { get; }

        /// <summary>The sink API as a reader knows it (<c>ILogger.LogInformation</c>).</summary>
        public string Api { get; }

        /// <summary>Who receives the data (<c>Google Analytics</c>, <c>Application Insights</c>), when the sink table says.</summary>
        public string? Processor { get; }

        public bool Equals(FlowSink? other)
            => other is not null && Kind == other.Kind && Api == other.Api && Processor == other.Processor;

        public override bool Equals(object? obj) => Equals(obj as FlowSink);

        public override int GetHashCode() => ((int)Kind * 31) + StringComparer.Ordinal.GetHashCode(Api);
    }

#if !PRIVACY_MANIFESTS
    /// <summary>One step of a flow between its source and its sink: where, and what happens there.</summary>
    public sealed class FlowHop : IEquatable<FlowHop>
    {
        public FlowHop(Location location, string description)
        {
            Location = location ?? throw new ArgumentNullException(nameof(location));
            Description = description ?? throw new ArgumentNullException(nameof(description));
        }

        /// <summary>Where the hop is; a SARIF <c>codeFlows</c> step.</summary>
        public Location Location { get; }

        /// <summary>What happens there (<c>assigned to 'email'</c>, <c>passed to Send</c>).</summary>
        public string Description { get; }

        public bool Equals(FlowHop? other)
            => other is not null && Location.Equals(other.Location) && Description == other.Description;

        public override bool Equals(object? obj) => Equals(obj as FlowHop);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Description);
    }

    /// <summary>
    /// Personal data flowing from a collection site to a sink, hop by hop. The typed place of a flow
    /// rule's diagnostic (PRIV101–PRIV104); encoded by <see cref="SiteCodec"/>, the hops as the
    /// diagnostic's additional locations, in order.
    /// </summary>
    public sealed class FlowFinding : IEquatable<FlowFinding>
    {
        public FlowFinding(CollectionSite source, IEnumerable<FlowHop> hops, FlowSink sink)
            : this(source, hops, sink, pseudonymised: false, declaredRecipient: false, insecure: false)
        {
        }

        public FlowFinding(CollectionSite source, IEnumerable<FlowHop> hops, FlowSink sink, bool pseudonymised, bool declaredRecipient, bool insecure)
        {
            Source = source ?? throw new ArgumentNullException(nameof(source));
            Hops = hops is null ? ImmutableArray<FlowHop>.Empty : ImmutableArray.CreateRange(hops);
            Sink = sink ?? throw new ArgumentNullException(nameof(sink));
            Pseudonymised = pseudonymised;
            DeclaredRecipient = declaredRecipient;
            Insecure = insecure;
        }

        /// <summary>Whether the data was hashed (SHA-256) on the way: it keeps its category, pseudonymised.</summary>
        public bool Pseudonymised { get; }

        /// <summary>Whether the sink's processor is a declared recipient (a <c>Recipients</c> declaration or the policy's <c>recipients:</c>).</summary>
        public bool DeclaredRecipient { get; }

        /// <summary>Whether the data goes over a plain <c>http://</c> URL.</summary>
        public bool Insecure { get; }

        /// <summary>Where the data was collected.</summary>
        public CollectionSite Source { get; }

        /// <summary>The steps from the source to the sink, in order.</summary>
        public ImmutableArray<FlowHop> Hops { get; }

        /// <summary>Where the data ends up.</summary>
        public FlowSink Sink { get; }

        public bool Equals(FlowFinding? other)
        {
            if (other is null || !Source.Equals(other.Source) || !Sink.Equals(other.Sink) || Hops.Length != other.Hops.Length
                || Pseudonymised != other.Pseudonymised || DeclaredRecipient != other.DeclaredRecipient || Insecure != other.Insecure)
            {
                return false;
            }

            for (var i = 0; i < Hops.Length; i++)
            {
                if (!Hops[i].Equals(other.Hops[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as FlowFinding);

        public override int GetHashCode() => (Source.GetHashCode() * 31) + Sink.GetHashCode();
    }
#endif
}
