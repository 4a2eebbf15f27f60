using System;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The entry point for name-only matches (<see cref="NameFallback"/>): members that did not bind at
    /// all, in folder scans and unrestored projects, when <c>privacy_analyzers.name_fallback</c> is on.
    /// </summary>
    internal sealed class NameMatchSites(PrivacyContext privacy, NameFallback fallback, Lazy<XamlBindings> markup, SiteReporter reporter)
    {
        public void Analyze(SyntaxNodeAnalysisContext context)
        {
            // A form's text field named by what the user types (txtEmail.Text): cheap check on the member name first.
            if (context.Node is MemberAccessExpressionSyntax field && ControlNames.IsTextMember(field.Name.Identifier.ValueText)
                && AnalyzeTextField(context, field))
            {
                return;
            }

            var match = context.Node switch
            {
                MemberAccessExpressionSyntax access => fallback.Match(access, context.SemanticModel, context.CancellationToken),
                ObjectCreationExpressionSyntax creation => fallback.Match(creation, context.SemanticModel, context.CancellationToken),
                _ => null,
            };
            if (match is not { } found)
            {
                return;
            }

            var source = found.Entry;

            // A member access that is itself invoked is reported at the invocation, as bound sites are.
            var node = context.Node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == context.Node ? invocation : context.Node;
            var scope = context.ContainingSymbol ?? context.SemanticModel.Compilation.Assembly;
            var coverage = Coverage.Find(null, scope, found.Category, privacy.Annotations, privacy.Settings(node.SyntaxTree));
            var site = new CollectionSite(
                found.Category,
                MemberId.DisplayNameOf(source.MemberId),
                SiteKind.NameMatch,
                source.MemberId,
                platform: source.Platform,
                member: ScopeNames.MemberName(scope));
            reporter.Report(context.ReportDiagnostic, node.GetLocation(), site, coverage);
        }

        /// <summary>Reports a text field's read when its name says what the user types; false when it is not one.</summary>
        private bool AnalyzeTextField(SyntaxNodeAnalysisContext context, MemberAccessExpressionSyntax access)
        {
            if (!ControlNames.TryMatch(access, context.SemanticModel, context.CancellationToken, out var category))
            {
                return false;
            }

            var settings = privacy.Settings(access.SyntaxTree);
            if (!settings.BoundMemberNames)
            {
                return true;
            }

            // A field the form's markup binds to a view model: the binding took the value in (ViewModelSites), the
            // code-behind only reads it again.
            if (!privacy.Options.AdditionalFiles.IsEmpty && FieldName(access.Expression) is { } name && markup.Value.IsBoundField(name))
            {
                return true;
            }

            var scope = context.ContainingSymbol ?? context.SemanticModel.Compilation.Assembly;
            var coverage = Coverage.Find(null, scope, category, privacy.Annotations, settings);
            var site = new CollectionSite(
                category,
                access.ToString() + " (typed into a text field)",
                SiteKind.ApiCall,
                platform: ControlNames.Platform,
                member: ScopeNames.MemberName(scope),
                confidence: CollectionSite.NameConfidence);
            reporter.Report(context.ReportDiagnostic, access.GetLocation(), site, coverage);
            return true;
        }

        /// <summary>The field a text read goes through: <c>EntryEmail</c> of <c>EntryEmail.Text</c> or <c>this.EntryEmail.Text</c>.</summary>
        private static string? FieldName(ExpressionSyntax receiver) => receiver switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
