using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>PRIV004: removes a declaration that covers no collection site (its whole list when it stood alone).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnusedDeclarationFixer)), Shared]
    public sealed class UnusedDeclarationFixer : NodeFixer<AttributeSyntax>
    {
        private const string Key = RuleIds.UnusedDeclaration + "|remove";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnusedDeclaration);

        protected override CodeAction CreateAction(Document document, Diagnostic diagnostic, AttributeSyntax node)
            => CodeAction.Create("Remove the unused declaration", ct => RemoveAsync(document, node, ct), Key);

        private static async Task<Document> RemoveAsync(Document document, AttributeSyntax attribute, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root != null && attribute.Parent is AttributeListSyntax { Attributes.Count: 1 } list)
            {
                // Drop the list's line; what stood before it (documentation comments, indentation)
                // moves to the member's next token. Nothing else in the member is touched.
                var next = list.GetLastToken().GetNextToken();
                var withTrivia = root.ReplaceToken(next, next.WithLeadingTrivia(list.GetLeadingTrivia()));
                if (withTrivia.FindNode(list.Span) is AttributeListSyntax moved)
                {
                    return document.WithSyntaxRoot(withTrivia.RemoveNode(moved, SyntaxRemoveOptions.KeepNoTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives)!);
                }
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            editor.RemoveNode(attribute);
            return editor.GetChangedDocument();
        }
    }
}
