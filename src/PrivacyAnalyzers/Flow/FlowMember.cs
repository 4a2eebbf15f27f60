using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>What a flow table row does with the data it is handed.</summary>
    internal enum FlowRole
    {
        /// <summary>Hands the data over (a log, a third party's SDK, the network, storage): a finding.</summary>
        Sink,

        /// <summary>Returns the data unreadable (a redactor): the flow ends here.</summary>
        Redactor,

        /// <summary>Returns a SHA-256 of the data: it keeps its category, marked pseudonymised.</summary>
        Hash,

        /// <summary>Returns (or, for a mutator, stores in its receiver) what it is handed: the flow goes on.</summary>
        Propagator,
    }

    /// <summary>
    /// One row of a flow table: a member by its containing type's full metadata name and its name
    /// (<c>Log*</c> names every member whose name starts with <c>Log</c>), what it does with the data,
    /// and for a sink the sink kind and the processor that receives the data. Every row cites the
    /// public documentation of the member it names.
    /// </summary>
    internal sealed class FlowMember
    {
        private FlowMember(FlowRole role, string type, string member, SinkKind kind, string? processor, string doc, bool setter)
        {
            Role = role;
            TypeName = type;
            IsPrefix = member.EndsWith("*", System.StringComparison.Ordinal);
            MemberName = IsPrefix ? member.Substring(0, member.Length - 1) : member;
            Kind = kind;
            Processor = processor;
            Doc = doc;
            IsSetter = setter;
        }

        public FlowRole Role { get; }

        /// <summary>The containing type's full metadata name (<c>Microsoft.Extensions.Logging.LoggerExtensions</c>, <c>Serilog.ILogger</c>).</summary>
        public string TypeName { get; }

        /// <summary>The member's name, or the prefix of its name when <see cref="IsPrefix"/>.</summary>
        public string MemberName { get; }

        public bool IsPrefix { get; }

        /// <summary>For a sink: where the data ends up.</summary>
        public SinkKind Kind { get; }

        /// <summary>For a sink: who receives the data (<c>Sentry</c>, <c>Serilog</c>).</summary>
        public string? Processor { get; }

        /// <summary>The public page the row mirrors.</summary>
        public string Doc { get; }

        /// <summary>Whether the row names a property whose setter is the sink (<c>SentryUser.Email = …</c>).</summary>
        public bool IsSetter { get; }

        /// <summary>The sink API as a reader knows it: <c>LoggerExtensions.LogInformation</c>.</summary>
        public string DisplayName(string memberName)
        {
            var dot = TypeName.LastIndexOf('.');
            var type = dot < 0 ? TypeName : TypeName.Substring(dot + 1);
            var tick = type.IndexOf('`');
            return (tick < 0 ? type : type.Substring(0, tick)) + "." + memberName;
        }

        public static FlowMember Sink(SinkKind kind, string type, string member, string processor, string doc)
            => new FlowMember(FlowRole.Sink, type, member, kind, processor, doc, setter: false);

        public static FlowMember SetterSink(SinkKind kind, string type, string property, string processor, string doc)
            => new FlowMember(FlowRole.Sink, type, property, kind, processor, doc, setter: true);

        public static FlowMember Redactor(string type, string member, string doc)
            => new FlowMember(FlowRole.Redactor, type, member, SinkKind.Log, null, doc, setter: false);

        public static FlowMember Hash(string type, string member, string doc)
            => new FlowMember(FlowRole.Hash, type, member, SinkKind.Log, null, doc, setter: false);

        /// <summary>
        /// The row of every call the analysis cannot follow (<see cref="SinkKind.Unresolved"/>): no table
        /// names it, it has no processor, and it only ever reaches the inventory (PRIV105).
        /// </summary>
        public static FlowMember Unresolved { get; } =
            new FlowMember(FlowRole.Sink, "<unresolved>", "", SinkKind.Unresolved, null, "https://github.com/dotnet/roslyn/blob/main/docs/analyzers/Analyzer%20Actions%20Semantics.md", setter: false);

        public static FlowMember Propagator(string type, string member, string doc)
            => new FlowMember(FlowRole.Propagator, type, member, SinkKind.Log, null, doc, setter: false);
    }
}
