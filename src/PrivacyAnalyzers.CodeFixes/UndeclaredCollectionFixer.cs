using System;
using System.Collections.Generic;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV001: declares the purpose of an undeclared collection site. For each scope (the innermost
    /// lambda, local function or member; the member around a lambda or local function; the containing
    /// type) it offers a group "Declare purpose for &lt;category&gt; on …" with one action per purpose,
    /// the policy's first. Fix All applies the chosen scope and purpose to every site, one attribute
    /// per target and category; dotnet format's bulk path declares on the innermost scope, with the
    /// policy's purpose for each category.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndeclaredCollectionFixer)), Shared]
    public sealed class UndeclaredCollectionFixer : CodeFixProvider
    {
        /// <summary>Equivalence keys are <c>PRIV001|scope|purpose</c>: the same choice fixes every site.</summary>
        private const string KeyPrefix = RuleIds.UndeclaredCollection + "|";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UndeclaredCollection);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            var policy = await PurposeChoices.PolicyOf(context.Document.Project, context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return;
            }

            var settings = AnalyzerSettings.For(context.Document.Project.AnalyzerOptions, model.SyntaxTree);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(Contract.SiteCodec.CategoryKey, out var category) || category is null)
                {
                    continue;
                }

                var site = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                foreach (var scope in DeclarationTarget.Offered)
                {
                    var target = DeclarationTarget.Find(site, scope, model, settings);
                    if (target is null)
                    {
                        continue;
                    }

                    // The policy's purposes come first, in its order: the first is what a user means.
                    var nested = ImmutableArray.CreateBuilder<CodeAction>();
                    foreach (var purpose in PurposeChoices.For(category, policy))
                    {
                        nested.Add(CodeAction.Create(
                            purpose.Id + " (" + purpose.DisplayName + ")",
                            ct => DeclarationWriter.AddAsync(context.Document, new[] { new Declaration(target, category, purpose.Id) }, ct),
                            KeyPrefix + scope + "|" + purpose.Id));
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create("Declare purpose for " + category + " on " + DeclarationTarget.NameOf(target), nested.ToImmutable(), isInlinable: false),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            // dotnet format passes the key of the first registered action, a group, whose key Roslyn
            // joins from its nested keys ("k1;k2;…;"; an older host passes null): any key that is not
            // exactly one of ours is that bulk path, the innermost scope and, per category, the purpose
            // a user would pick (PurposeChoices.BulkPurpose: the policy's, else the configured default).
            var (scope, chosenPurpose) = ParseKey(context.CodeActionEquivalenceKey);
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            // A chosen purpose is applied only where the fix offers it (Roslyn's Fix All contract).
            var policy = await PurposeChoices.PolicyOf(document.Project, context.CancellationToken).ConfigureAwait(false);
            var settings = AnalyzerSettings.For(document.Project.AnalyzerOptions, model.SyntaxTree);
            var fallback = chosenPurpose is null ? PurposeChoices.DefaultPurpose(document.Project, model.SyntaxTree) : null;
            var declarations = new List<Declaration>();
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(Contract.SiteCodec.CategoryKey, out var category) && category != null
                    && (chosenPurpose is null || Offers(category, policy, chosenPurpose))
                    && DeclarationTarget.Find(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), scope, model, settings) is { } target)
                {
                    declarations.Add(new Declaration(target, category, chosenPurpose ?? PurposeChoices.BulkPurpose(category, policy, fallback!)));
                }
            }

            return declarations.Count == 0 ? document : await DeclarationWriter.AddAsync(document, declarations, context.CancellationToken).ConfigureAwait(false);
        }

        private static bool Offers(string category, PrivacyAnalyzers.Policy.PrivacyPolicy? policy, string purpose)
        {
            foreach (var offered in PurposeChoices.For(category, policy))
            {
                if (offered.Id == purpose)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The scope and purpose of a key the fixer registered; else the bulk path's innermost scope and no purpose.</summary>
        private static (DeclarationScope Scope, string? Purpose) ParseKey(string? key)
        {
            if (EquivalenceKey.Parts(key, KeyPrefix, 2) is { } parts
                && Enum.TryParse<DeclarationScope>(parts[0], out var scope)
                && Enum.IsDefined(typeof(DeclarationScope), scope))
            {
                return (scope, parts[1]);
            }

            return (DeclarationScope.Member, null);
        }
    }
}
