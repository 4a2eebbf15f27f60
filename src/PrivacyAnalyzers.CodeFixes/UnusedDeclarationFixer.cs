using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>PRIV004: removes a declaration that covers no collection site (its whole list when it stood alone).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnusedDeclarationFixer)), Shared]
    public sealed class UnusedDeclarationFixer : CodeFixProvider
    {
        private const string Key = RuleIds.UnusedDeclaration + "|remove";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnusedDeclaration);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is AttributeSyntax attribute)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Remove the unused declaration", ct => RemoveAsync(context.Document, attribute, ct), Key),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> RemoveAsync(Document document, AttributeSyntax attribute, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (attribute.Parent is AttributeListSyntax { Attributes.Count: 1, Parent: { } owner } list)
            {
                // Keep what stood before the list (documentation comments), drop its line, re-indent.
                var newOwner = owner.RemoveNode(list, SyntaxRemoveOptions.KeepLeadingTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives)!
                    .WithAdditionalAnnotations(Formatter.Annotation);
                var changed = document.WithSyntaxRoot(root!.ReplaceNode(owner, newOwner));
                return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            editor.RemoveNode(attribute);
            return editor.GetChangedDocument();
        }
    }
}
