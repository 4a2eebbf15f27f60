using System;
using System.Collections.Generic;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.RequiredReasons;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV201: declares why a required-reason API is used. One group per use, "Declare a reason for
    /// FileTimestamp on 'M'", with one action per reason code of the category, titled with what the code
    /// promises. Fix All applies the chosen code to every use of that category, one attribute per member.
    /// There is no bulk default: a reason is a promise to Apple only the team can make, so a key that is
    /// not exactly one of these (dotnet format's group key) changes nothing.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredReasonFixer)), Shared]
    public sealed class RequiredReasonFixer : CodeFixProvider
    {
        /// <summary>Equivalence keys are <c>PRIV201|category|code</c> (the category's short name).</summary>
        private const string KeyPrefix = RuleIds.RequiredReasonUndeclared + "|";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RequiredReasonUndeclared);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            var settings = AnalyzerSettings.For(context.Document.Project.AnalyzerOptions, model.SyntaxTree);

            foreach (var diagnostic in context.Diagnostics)
            {
                if (RequiredReasonTable.FindFull(SiteCodec.Category(diagnostic.Properties)) is not { } category
                    || MemberTarget(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), model, settings) is not { } target)
                {
                    continue;
                }

                var nested = ImmutableArray.CreateBuilder<CodeAction>(category.Reasons.Length);
                foreach (var reason in category.Reasons)
                {
                    var code = reason.Code;
                    nested.Add(CodeAction.Create(
                        reason.Meaning + " (" + code + ")",
                        ct => RequiredReasonWriter.AddAsync(context.Document, new[] { (target, category, code) }, ct),
                        KeyPrefix + category.ShortName + "|" + code));
                }

                context.RegisterCodeFix(
                    CodeAction.Create("Declare a reason for " + category.ShortName + " on " + DeclarationTarget.NameOf(target), nested.MoveToImmutable(), isInlinable: false),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var key = context.CodeActionEquivalenceKey;
            if (key is null || !key.StartsWith(KeyPrefix, StringComparison.Ordinal))
            {
                return null;
            }

            var parts = key.Substring(KeyPrefix.Length).Split('|');
            if (parts.Length != 2 || RequiredReasonTable.Find(parts[0]) is not { } chosen || chosen.Find(parts[1]) is null)
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var settings = AnalyzerSettings.For(document.Project.AnalyzerOptions, model.SyntaxTree);

            // The chosen code applies only where the fix offers it: uses of the same category.
            var declarations = new List<(SyntaxNode, RequiredReasonCategory, string)>();
            foreach (var diagnostic in diagnostics)
            {
                if (RequiredReasonTable.FindFull(SiteCodec.Category(diagnostic.Properties)) == chosen
                    && MemberTarget(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), model, settings) is { } target)
                {
                    declarations.Add((target, chosen, parts[1]));
                }
            }

            return declarations.Count == 0 ? null : await RequiredReasonWriter.AddAsync(document, declarations, context.CancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The member around the use (never a lambda or local function: the required-reason rules' coverage
        /// was written for members, types and the assembly).
        /// </summary>
        private static SyntaxNode? MemberTarget(SyntaxNode site, SemanticModel model, AnalyzerSettings settings)
            => DeclarationTarget.Find(site, DeclarationScope.Enclosing, model, settings) ?? DeclarationTarget.Find(site, DeclarationScope.Member, model, settings);
    }
}
