using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Adds <c>[CollectsPersonalData(category, purpose)]</c> declarations to a document, one per
    /// target and category however many sites share them, through the editor and generator so the
    /// <c>using</c> is added, names are simplified and the trivia of the touched node survives.
    /// </summary>
    internal static class DeclarationWriter
    {
        public static async Task<Document> AddAsync(
            Document document,
            IEnumerable<(SyntaxNode Target, string Category)> declarations,
            string purpose,
            CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var compilation = editor.SemanticModel.Compilation;
            var generator = editor.Generator;
            var attributeType = compilation.GetTypeByMetadataName("PrivacyAnalyzers.CollectsPersonalDataAttribute");
            var categoriesType = compilation.GetTypeByMetadataName("PrivacyAnalyzers.DataCategories");
            var purposesType = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Purposes");

            var eol = LineEnding(await document.GetTextAsync(cancellationToken).ConfigureAwait(false));
            var seen = new HashSet<(SyntaxNode, string)>();
            foreach (var (target, category) in declarations)
            {
                if (!seen.Add((target, category)))
                {
                    continue;
                }

                var attribute = generator.Attribute(
                    attributeType is null ? generator.IdentifierName("PrivacyAnalyzers.CollectsPersonalData") : generator.TypeExpression(attributeType, addImport: true),
                    new[]
                    {
                        Constant(generator, categoriesType, IdKind.Category, category),
                        Constant(generator, purposesType, IdKind.Purpose, purpose),
                    }).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

                editor.ReplaceNode(target, (current, g) => current is LocalFunctionStatementSyntax local && attribute is AttributeListSyntax list
                    ? AddToLocalFunction(local, list.WithAdditionalAnnotations(Formatter.Annotation), eol)
                    : g.AddAttributes(current, attribute).WithAdditionalAnnotations(Formatter.Annotation));
            }

            // New lines follow the document, not the machine: a using added to an LF file stays LF.
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var options = document.Project.Solution.Options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, LineEnding(text));

            var changed = editor.GetChangedDocument();
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, options, cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, options, cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Puts the list on its own line above a local function, keeping the lines around it: the
        /// generator would put it inline and eat the blank line before, and formatting the whole
        /// statement would touch the user's layout.
        /// </summary>
        private static LocalFunctionStatementSyntax AddToLocalFunction(LocalFunctionStatementSyntax local, AttributeListSyntax list, string eol)
        {
            var leading = local.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
                ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
                : SyntaxFactory.TriviaList();
            var newLine = SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(eol));
            if (local.AttributeLists.Count > 0)
            {
                return local.WithAttributeLists(local.AttributeLists.Add(list.WithLeadingTrivia(indentation).WithTrailingTrivia(newLine)));
            }

            var first = local.GetFirstToken();
            var bare = local.ReplaceToken(first, first.WithLeadingTrivia(indentation));
            return bare.WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(newLine)));
        }

        private static string LineEnding(Microsoft.CodeAnalysis.Text.SourceText text)
        {
            foreach (var line in text.Lines)
            {
                var length = line.EndIncludingLineBreak - line.End;
                if (length > 0)
                {
                    return text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(line.End, length));
                }
            }

            return "\n";
        }

        /// <summary><c>DataCategories.Email</c> when the constant exists, else the id as a string literal.</summary>
        private static SyntaxNode Constant(
            SyntaxGenerator generator,
            INamedTypeSymbol? constantsType,
            IdKind kind,
            string id)
        {
            if (constantsType != null && TaxonomyIndex.Find(id, kind) is { } row && constantsType.GetMembers(row.ConstantName).Length > 0)
            {
                return generator.MemberAccessExpression(generator.TypeExpression(constantsType, addImport: true), row.ConstantName);
            }

            return generator.LiteralExpression(id);
        }
    }
}
