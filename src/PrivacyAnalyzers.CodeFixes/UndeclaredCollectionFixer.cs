using System;
using System.Collections.Generic;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV001: declares the purpose of an undeclared collection site. For each scope (the enclosing
    /// member, the containing type) it offers a group "Declare purpose for &lt;category&gt; on …" with one
    /// action per purpose. Fix All applies the chosen scope and purpose to every site, one attribute
    /// per member and category.
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
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(Contract.SiteCodec.CategoryKey, out var category) || category is null)
                {
                    continue;
                }

                var site = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                foreach (var scope in new[] { DeclarationScope.Member, DeclarationScope.Type })
                {
                    var target = DeclarationTarget.Find(site, scope);
                    if (target is null)
                    {
                        continue;
                    }

                    var nested = ImmutableArray.CreateBuilder<CodeAction>();
                    foreach (var purpose in PurposeChoices.For(category, policy))
                    {
                        nested.Add(CodeAction.Create(
                            purpose.Id + " (" + purpose.DisplayName + ")",
                            ct => DeclarationWriter.AddAsync(context.Document, new[] { (target, category) }, purpose.Id, ct),
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
            // exactly one of ours is that bulk path, the member scope and the configured default purpose.
            var (scope, purpose, chosen) = ParseKey(context.CodeActionEquivalenceKey, document);
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return null;
            }

            // A chosen purpose is applied only where the fix offers it (Roslyn's Fix All contract);
            // the keyless bulk path (dotnet format) declares the configured default everywhere.
            var policy = chosen ? await PurposeChoices.PolicyOf(document.Project, context.CancellationToken).ConfigureAwait(false) : null;
            var declarations = new List<(SyntaxNode, string)>();
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(Contract.SiteCodec.CategoryKey, out var category) && category != null
                    && (!chosen || Offers(category, policy, purpose))
                    && DeclarationTarget.Find(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), scope) is { } target)
                {
                    declarations.Add((target, category));
                }
            }

            return declarations.Count == 0 ? document : await DeclarationWriter.AddAsync(document, declarations, purpose, context.CancellationToken).ConfigureAwait(false);
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

        /// <summary>The scope and purpose of a key the fixer registered (<c>Chosen</c>), else the bulk path's.</summary>
        private static (DeclarationScope Scope, string Purpose, bool Chosen) ParseKey(string? key, Document document)
        {
            if (EquivalenceKey.Parts(key, KeyPrefix, 2) is { } parts
                && Enum.TryParse<DeclarationScope>(parts[0], out var scope)
                && Enum.IsDefined(typeof(DeclarationScope), scope))
            {
                return (scope, parts[1], true);
            }

            return (DeclarationScope.Member, PurposeChoices.DefaultPurpose(document), false);
        }
    }
}
