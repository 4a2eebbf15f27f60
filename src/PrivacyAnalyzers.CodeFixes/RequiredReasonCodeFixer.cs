using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.RequiredReasons;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV202: replaces a reason code that does not belong to its category with one that does, one
    /// action per code of the category, titled with what it promises; or an unknown category with a
    /// known one. Replaced in place, as a string literal.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredReasonCodeFixer)), Shared]
    public sealed class RequiredReasonCodeFixer : CodeFixProvider
    {
        private const string KeyPrefix = RuleIds.RequiredReasonWrongCode + "|";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RequiredReasonWrongCode);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
                if (RequiredReasonTable.FindFull(SiteCodec.Category(diagnostic.Properties)) is { } category)
                {
                    if (SiteCodec.Reason(diagnostic.Properties) is null)
                    {
                        continue;
                    }

                    foreach (var reason in category.Reasons)
                    {
                        var code = reason.Code;
                        nested.Add(CodeAction.Create(code + ": " + reason.Meaning, ct => ReplaceAsync(context.Document, expression, Literal(code), ct), KeyPrefix + code));
                    }
                }
                else
                {
                    foreach (var known in RequiredReasonTable.All)
                    {
                        // The full name as a literal compiles wherever the attribute does, with or without a using.
                        var name = known.FullName;
                        nested.Add(CodeAction.Create(name, ct => ReplaceAsync(context.Document, expression, Literal(name), ct), KeyPrefix + known.ShortName));
                    }
                }

                context.RegisterCodeFix(CodeAction.Create("Use a code of the category", nested.ToImmutable(), isInlinable: false), diagnostic);
            }
        }

        private static LiteralExpressionSyntax Literal(string text) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, ExpressionSyntax replacement, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return document.WithSyntaxRoot(root!.ReplaceNode(expression, replacement.WithTriviaFrom(expression)));
        }
    }
}
