using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>PRIV006: replaces an unknown id with the nearest known one, as a string literal in place.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownIdFixer)), Shared]
    public sealed class UnknownIdFixer : CodeFixProvider
    {
        private const string Key = RuleIds.UnknownId + "|nearest";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnknownId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(Contract.SiteCodec.NearestKey, out var nearest) && nearest != null
                    && root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Use '" + nearest + "'", ct => ReplaceAsync(context.Document, expression, nearest, ct), Key),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string id, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)).WithTriviaFrom(expression);
            return document.WithSyntaxRoot(root!.ReplaceNode(expression, literal));
        }
    }
}
