namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// A fix with at most one action per diagnostic, on the syntax node the diagnostic spans, batched
    /// under Fix All: PRIV004's removal and PRIV006's replacement share this, and only say what they do.
    /// </summary>
    /// <typeparam name="TNode">The node the diagnostic is reported on; other nodes get no action.</typeparam>
    public abstract class NodeFixer<TNode> : CodeFixProvider
        where TNode : SyntaxNode
    {
        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is TNode node
                    && CreateAction(context.Document, diagnostic, node) is { } action)
                {
                    context.RegisterCodeFix(action, diagnostic);
                }
            }
        }

        /// <summary>The action for one diagnostic, or null when there is nothing to offer.</summary>
        protected abstract CodeAction? CreateAction(Document document, Diagnostic diagnostic, TNode node);
    }
}
