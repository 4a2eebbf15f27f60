using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The entry point for sites the code reaches through an operation (the hot path): a call, read,
    /// subscription or construction of a catalogued member or a user's <c>[PersonalDataSource]</c>
    /// (<see cref="SiteDetector"/>), or a value-aware source with a run-time value (PRIV008).
    /// </summary>
    internal sealed class OperationSites(PrivacyContext privacy, SiteReporter reporter)
    {
        public void Analyze(OperationAnalysisContext context)
        {
            if (!SiteDetector.TryGetSite(context.Operation, privacy.Index, out var match, out var possible))
            {
                if (possible != null)
                {
                    PossibleCollectionReporter.Report(context, possible);
                }

                return;
            }

            var syntax = match.Operation.Syntax;
            var coverage = Coverage.Find(match.Operation, context.ContainingSymbol, match.Category, privacy.Annotations, privacy.Settings(syntax.SyntaxTree));
            var site = new CollectionSite(
                match.Category,
                match.ApiName,
                SiteKind.ApiCall,
                match.Source.MemberId,
                platform: match.Source.Platform,
                member: ScopeNames.MemberName(context.ContainingSymbol));
            reporter.Report(context.ReportDiagnostic, syntax.GetLocation(), site, coverage);
        }
    }
}
