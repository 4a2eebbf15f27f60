using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The flow rules (PRIV101–PRIV104, and the PRIV105 inventory): where personal data goes. One
    /// operation-block action per member; the flow runs only in members that hold a source (or call,
    /// to the configured depth, a member of this compilation that does), found by a walk of the
    /// operation tree with the site index's name checks first. Decisions and reports are
    /// <see cref="FlowReporter"/>'s.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlowAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.FlowToLog,
            Descriptors.FlowToThirdParty,
            Descriptors.FlowToNetwork,
            Descriptors.FlowToStorage,
            Descriptors.FlowInventory);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Data that generated code sends off is still sent off.
            context.ConfigureGeneratedCodeAnalysis(AnalyzerInventory.GeneratedCodeAnalysis);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var privacy = PrivacyContext.GetOrCreate(context);
            var engine = FlowEngine.Create(privacy, context.Options);
            if (engine.Sources.IsEmpty)
            {
                // Nothing can start a flow in this compilation.
                return;
            }

            var reporter = new FlowReporter(engine);
            context.RegisterOperationBlockAction(block => Analyze(block, engine, reporter));
        }

        private static void Analyze(OperationBlockAnalysisContext context, FlowEngine engine, FlowReporter reporter)
        {
            var owner = context.OwningSymbol as IMethodSymbol;
            if (owner is not null && engine.IsLoggerMessage(owner))
            {
                // A [LoggerMessage] method's generated body: its callers are the log sinks (reported at the call,
                // where the parameters' classification and redaction are seen), not the code the generator wrote.
                return;
            }

            ControlFlowGraph? analyzed = null;
            foreach (var block in context.OperationBlocks)
            {
                // A member's body (a method's block, whose parent is the method body; a constructor's);
                // field and parameter initializers hold no flow to a sink worth a graph.
                if (block is not (IMethodBodyBaseOperation or IBlockOperation))
                {
                    continue;
                }

                if (block.Parent is IMethodBodyBaseOperation body && context.OperationBlocks.Contains(body))
                {
                    // The block of a method body that is itself one of the blocks: the body's walk covers it, and shares its graph.
                    continue;
                }

                if (!engine.HoldsSource(block, owner, engine.Depth, context.CancellationToken))
                {
                    continue;
                }

                var graph = engine.OwnerGraph(block, owner, context.GetControlFlowGraph);
                if (ReferenceEquals(graph, analyzed))
                {
                    // The body and its block share one graph: walk it once.
                    continue;
                }

                analyzed = graph;
                var collector = new FlowCollector(summaryMode: false);
                var entry = FlowState.Empty;
                if (owner != null && engine.ParametersMayBeSources(block.Syntax, owner))
                {
                    foreach (var parameter in owner.Parameters)
                    {
                        if (engine.Sources.SiteOf(parameter, owner) is { } site)
                        {
                            var location = parameter.Locations.IsEmpty ? block.Syntax.GetLocation() : parameter.Locations[0];
                            entry = entry.Set(parameter, Taint.Of(Origin.FromSite(site, location, ImmutableArray<string>.Empty)));
                        }
                    }
                }

                new FlowWalker(engine, graph, context.OwningSymbol, collector, engine.Depth, context.CancellationToken).Run(entry);
                foreach (var finding in collector.Findings)
                {
                    reporter.Report(context.ReportDiagnostic, finding, context.OwningSymbol);
                }
            }
        }
    }
}
