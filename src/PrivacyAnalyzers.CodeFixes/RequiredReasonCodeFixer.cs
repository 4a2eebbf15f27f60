using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.RequiredReasons;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV202: replaces a reason code that does not belong to its category with one that does, one
    /// action per code of the category, titled with what it promises; or an unknown category with a
    /// known one. Replaced in place, as a string literal. Fix All writes the chosen code (or category)
    /// wherever the fix offers it; a key that is not exactly one of the actions' (dotnet format's group
    /// key, a null key) changes nothing: the batch fixer would hand the group itself to be applied, and
    /// a group has no change of its own.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredReasonCodeFixer)), Shared]
    public sealed class RequiredReasonCodeFixer : CodeFixProvider
    {
        private const string KeyPrefix = RuleIds.RequiredReasonWrongCode + "|";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RequiredReasonWrongCode);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
                {
                    continue;
                }

                var nested = ImmutableArray.CreateBuilder<CodeAction>();
                foreach (var (key, title, text) in Choices(diagnostic))
                {
                    nested.Add(CodeAction.Create(title, ct => ReplaceAsync(context.Document, new[] { (expression, text) }, ct), key));
                }

                if (nested.Count > 0)
                {
                    context.RegisterCodeFix(CodeAction.Create("Use a code of the category", nested.ToImmutable(), isInlinable: false), diagnostic);
                }
            }
        }

        /// <summary>
        /// What the fix offers for a diagnostic: the codes of its category, or, when the category is not
        /// one Apple lists, every known category (its full name as a literal compiles wherever the
        /// attribute does, with or without a using). Each as its key, its title and the literal's text.
        /// </summary>
        private static IEnumerable<(string Key, string Title, string Text)> Choices(Diagnostic diagnostic)
        {
            if (RequiredReasonTable.FindFull(SiteCodec.Category(diagnostic.Properties)) is { } category)
            {
                if (SiteCodec.Reason(diagnostic.Properties) is null)
                {
                    yield break;
                }

                foreach (var reason in category.Reasons)
                {
                    yield return (KeyPrefix + reason.Code, reason.Code + ": " + reason.Meaning, reason.Code);
                }

                yield break;
            }

            foreach (var known in RequiredReasonTable.All)
            {
                yield return (KeyPrefix + known.ShortName, known.FullName, known.FullName);
            }
        }

        private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var key = context.CodeActionEquivalenceKey;
            if (key is null || !key.StartsWith(KeyPrefix, StringComparison.Ordinal))
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return null;
            }

            var replacements = new List<(ExpressionSyntax, string)>();
            foreach (var diagnostic in diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression)
                {
                    foreach (var choice in Choices(diagnostic))
                    {
                        if (choice.Key == key)
                        {
                            replacements.Add((expression, choice.Text));
                            break;
                        }
                    }
                }
            }

            return replacements.Count == 0 ? null : await ReplaceAsync(document, replacements, context.CancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<(ExpressionSyntax Expression, string Text)> replacements, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var texts = new Dictionary<SyntaxNode, string>();
            foreach (var (expression, text) in replacements)
            {
                texts[expression] = text;
            }

            return document.WithSyntaxRoot(root!.ReplaceNodes(
                texts.Keys,
                (original, _) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(texts[original])).WithTriviaFrom(original)));
        }
    }
}
