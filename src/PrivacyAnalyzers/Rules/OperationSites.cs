using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The entry point for sites the code reaches through an operation (the hot path): a call, read,
    /// subscription or construction of a catalogued member or a user's <c>[PersonalDataSource]</c>
    /// (<see cref="SiteDetector"/>), or a value-aware source with a run-time value (PRIV008).
    /// One report per site: the same member read again on the same line, with the same category
    /// (<c>c.RemoteIpAddress is null || IsLocal(c.RemoteIpAddress)</c>), is the same site, reported once at its
    /// first occurrence. In a server project, the host's own identity (<see cref="HostIdentity"/>) is no site.
    /// </summary>
    internal sealed class OperationSites
    {
        private readonly PrivacyContext privacy;
        private readonly SiteReporter reporter;
        private readonly Func<SyntaxTree, AnalyzerSettings> settings;

        public OperationSites(PrivacyContext privacy, SiteReporter reporter)
        {
            this.privacy = privacy;
            this.reporter = reporter;
            settings = privacy.Settings;
        }

        public void Analyze(OperationAnalysisContext context)
        {
            if (!SiteDetector.TryGetSite(context.Operation, privacy.Index, settings, out var match, out var possible))
            {
                if (possible != null)
                {
                    PossibleCollectionReporter.Report(context, possible);
                }

                return;
            }

            var syntax = match.Operation.Syntax;
            var options = privacy.Settings(syntax.SyntaxTree);
            var id = match.Source.MemberId;
            if (HostIdentity.Is(id) && privacy.Server.Is(options.ServerProject))
            {
                return;
            }

            // Setting a cookie the app reads back: the read is the site (Engine/CookieReads).
            if (id == CookieReads.ResponseCookies && privacy.CookieReads.IsWriteReadBack(match.Operation))
            {
                return;
            }

            if (RepeatsEarlierOnLine(match, context.CancellationToken))
            {
                return;
            }

            var coverage = Coverage.Find(match.Operation, context.ContainingSymbol, match.Category, privacy.Annotations, options);
            var site = new CollectionSite(
                match.Category,
                match.ApiName,
                SiteKind.ApiCall,
                match.Source.MemberId,
                platform: match.Source.Platform,
                member: ScopeNames.MemberName(context.ContainingSymbol));
            reporter.Report(context.ReportDiagnostic, syntax.GetLocation(), site, coverage);
        }

        /// <summary>
        /// Whether an earlier expression of the same kind on the same line, in the same statement, uses the same member
        /// with the same category: then that one is the site. Decided from the syntax alone, so the answer is the same
        /// whatever order the callbacks run in; only matched sites pay for it.
        /// </summary>
        private bool RepeatsEarlierOnLine(in SiteMatch match, System.Threading.CancellationToken cancellationToken)
        {
            var syntax = match.Operation.Syntax;
            var model = match.Operation.SemanticModel;
            var scope = Scope(syntax);
            if (model is null || scope is null)
            {
                return false;
            }

            var text = syntax.SyntaxTree.GetText(cancellationToken);
            var line = text.Lines.GetLineFromPosition(syntax.SpanStart);
            var definition = match.Member.OriginalDefinition;
            foreach (var candidate in scope.DescendantNodes(n => n.SpanStart < syntax.SpanStart))
            {
                if (candidate.SpanStart >= syntax.SpanStart || candidate.SpanStart < line.Start
                    || candidate.RawKind != syntax.RawKind || candidate.Span.Contains(syntax.Span))
                {
                    continue;
                }

                if (model.GetOperation(candidate, cancellationToken) is { } earlier
                    && SiteDetector.TryGetSite(earlier, privacy.Index, settings, out var other, out _)
                    && SymbolEqualityComparer.Default.Equals(other.Member.OriginalDefinition, definition)
                    && other.Category == match.Category)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The statement (or member, for an expression body or an initializer) the expression belongs to.</summary>
        private static SyntaxNode? Scope(SyntaxNode syntax)
        {
            for (var node = syntax.Parent; node != null; node = node.Parent)
            {
                if (node is StatementSyntax or MemberDeclarationSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax)
                {
                    return node;
                }
            }

            return null;
        }
    }
}
