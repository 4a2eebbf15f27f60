using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV009: writes a former id's fideslang replacement in place, as a string literal (the obsolete
    /// <c>DataCategories</c> and <c>Purposes</c> aliases already carry the new id, so only literals and a
    /// team's own constants get here). A former id that fideslang splits (<c>user.professional_information</c>)
    /// has no one replacement: no action, the message names both.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeprecatedIdFixer)), Shared]
    public sealed class DeprecatedIdFixer : NodeFixer<ExpressionSyntax>
    {
        private const string Key = RuleIds.DeprecatedId + "|replace";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DeprecatedId);

        /// <summary>Only a replacement the taxonomy knows is written: a stale or hand-made property never puts anything else in place.</summary>
        protected override CodeAction? CreateAction(Document document, Diagnostic diagnostic, ExpressionSyntax node)
        {
            var replacedBy = SiteCodec.ReplacedBy(diagnostic.Properties);
            if (replacedBy.Length != 1)
            {
                return null;
            }

            var id = replacedBy[0];
            return TaxonomyIndex.IsAccepted(id, IdKind.Category) || TaxonomyIndex.IsAccepted(id, IdKind.Purpose)
                ? CodeAction.Create("Use '" + id + "'", ct => ReplaceAsync(document, node, id, ct), Key)
                : null;
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string id, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id));
            return document.WithSyntaxRoot(root!.ReplaceNode(expression, replacement.WithTriviaFrom(expression)));
        }
    }
}
