using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>
    /// The flow rules' decision and report: every flow goes to the inventory (PRIV105, off by default:
    /// the tools read it); a flow that is neither pseudonymised nor to a declared recipient is PRIV101
    /// (log), PRIV102 (a third party), PRIV103 (network; a warning over plain <c>http://</c>) or PRIV104
    /// (storage), reported at the sink, the path as additional locations.
    /// </summary>
    internal sealed class FlowReporter(FlowEngine engine)
    {
        public void Report(Action<Diagnostic> report, RawFinding raw, ISymbol owner)
        {
            var origin = raw.Origin;
            var site = origin.Site!;
            var row = raw.Row;
            if (row.Kind == SinkKind.Unresolved)
            {
                // A coverage gap: where the data goes is unknown, so it is a fact for the manifest's count,
                // never a finding of PRIV101–PRIV104 and never "safe".
                var gap = new FlowFinding(site, origin.Hops.Add(new FlowHop(raw.Sink.Syntax.GetLocation(), "handed to " + raw.Api + ", which the analysis cannot follow")), new FlowSink(SinkKind.Unresolved, raw.Api), origin.Pseudonymised, declaredRecipient: false, insecure: false);
                var gapProperties = SiteCodec.Write(gap, out var gapLocations);
                report(Diagnostic.Create(Descriptors.FlowInventory, raw.Sink.Syntax.GetLocation(), gapLocations, gapProperties, site.Category, raw.Api, "a call the analysis cannot follow"));
                return;
            }

            // A declared recipient accepts the flow whatever the sink: a third party under an agreement,
            // or a log the declaration names (an access log kept for security).
            var declared = IsDeclaredRecipient(raw, owner, site.Category);
            var hops = origin.Hops.Add(new FlowHop(raw.Sink.Syntax.GetLocation(), "handed to " + raw.Api));
            var finding = new FlowFinding(site, hops, new FlowSink(row.Kind, raw.Api, row.Processor), origin.Pseudonymised, declared, raw.Insecure)
            {
                ServiceProvider = FlowRecipients.Contains(engine.ServiceProviders, row.Processor),
            };
            var properties = SiteCodec.Write(finding, out var additional);
            var location = raw.Sink.Syntax.GetLocation();
            var processor = row.Processor ?? "unknown";
            var category = site.Category;

            report(Diagnostic.Create(Descriptors.FlowInventory, location, additional, properties, category, raw.Api, processor));
            if (origin.Pseudonymised || declared)
            {
                return;
            }

            var descriptor = row.Kind switch
            {
                SinkKind.Log => Descriptors.FlowToLog,
                SinkKind.ThirdParty => Descriptors.FlowToThirdParty,
                SinkKind.Network => Descriptors.FlowToNetwork,
                _ => Descriptors.FlowToStorage,
            };

            if (raw.Insecure)
            {
                report(Diagnostic.Create(descriptor, location, DiagnosticSeverity.Warning, additional, properties, category, raw.Api, processor + " over plain http://"));
            }
            else
            {
                report(Diagnostic.Create(descriptor, location, additional, properties, category, raw.Api, processor));
            }
        }

        private bool IsDeclaredRecipient(RawFinding raw, ISymbol owner, string category)
        {
            var processor = raw.Row.Processor;
            if (FlowRecipients.Contains(engine.Recipients, processor) || FlowRecipients.Contains(raw.Origin.Recipients, processor))
            {
                return true;
            }

            // A declaration around the sink may name the recipient too (a helper that sends to Sentry).
            var coverage = Coverage.Find(raw.Sink, owner, category, engine.Privacy.Annotations, engine.Privacy.Settings(raw.Sink.Syntax.SyntaxTree));
            return coverage.Declaration is { } declaration && FlowRecipients.Contains(FlowRecipients.Of(declaration), processor);
        }
    }
}
