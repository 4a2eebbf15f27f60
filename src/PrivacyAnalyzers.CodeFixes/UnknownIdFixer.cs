using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>PRIV006: replaces an unknown id with the nearest known one, as a string literal in place.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownIdFixer)), Shared]
    public sealed class UnknownIdFixer : NodeFixer<ExpressionSyntax>
    {
        private const string Key = RuleIds.UnknownId + "|nearest";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnknownId);

        /// <summary>Only an id the taxonomy knows is written: a stale or hand-made property never puts an unknown one in place.</summary>
        protected override CodeAction? CreateAction(Document document, Diagnostic diagnostic, ExpressionSyntax node)
            => diagnostic.Properties.TryGetValue(Contract.SiteCodec.NearestKey, out var nearest) && nearest != null
                && (TaxonomyIndex.IsKnown(nearest, IdKind.Category) || TaxonomyIndex.IsKnown(nearest, IdKind.Purpose))
                ? CodeAction.Create("Use '" + nearest + "'", ct => ReplaceAsync(document, node, nearest, ct), Key)
                : null;

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string id, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)).WithTriviaFrom(expression);
            return document.WithSyntaxRoot(root!.ReplaceNode(expression, literal));
        }
    }
}
