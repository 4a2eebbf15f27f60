using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>One declaration to add: the node that receives it, the category and the purpose.</summary>
    internal readonly struct Declaration
    {
        public Declaration(SyntaxNode target, string category, string purpose)
        {
            Target = target;
            Category = category;
            Purpose = purpose;
        }

        public SyntaxNode Target { get; }

        public string Category { get; }

        public string Purpose { get; }
    }

    /// <summary>
    /// Adds <c>[CollectsPersonalData(category, purpose)]</c> declarations to a document, one per
    /// target and category however many sites share them. The attribute is built by the generator
    /// (so the <c>using</c> is added and names are simplified), and placed by hand as a user would
    /// type it: on its own line above a declaration that starts its line, with that line's
    /// indentation, after the comments and documentation above it; inline before a declaration
    /// that shares its line, or a lambda. Only the new attribute lists get canonical spacing, and the
    /// formatter only sees the new <c>using</c>: every other line of the file, the body of the member
    /// included, is left as it was.
    /// </summary>
    internal static class DeclarationWriter
    {
        public static async Task<Document> AddAsync(Document document, IEnumerable<Declaration> declarations, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var compilation = editor.SemanticModel.Compilation;
            var generator = editor.Generator;
            var attributeType = compilation.GetTypeByMetadataName("PrivacyAnalyzers.CollectsPersonalDataAttribute");
            var categoriesType = compilation.GetTypeByMetadataName("PrivacyAnalyzers.DataCategories");
            var purposesType = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Purposes");

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var eol = SyntaxFactory.EndOfLine(LineEnding(text));

            // Marks the lists this call adds: they alone are given canonical spacing at the end.
            var added = new SyntaxAnnotation();
            var seen = new HashSet<(SyntaxNode, string)>();
            foreach (var declaration in declarations)
            {
                if (!seen.Add((declaration.Target, declaration.Category)))
                {
                    continue;
                }

                var generated = generator.Attribute(
                    attributeType is null ? generator.IdentifierName("PrivacyAnalyzers.CollectsPersonalData") : generator.TypeExpression(attributeType, addImport: true),
                    new[]
                    {
                        Constant(generator, categoriesType, IdKind.Category, declaration.Category),
                        Constant(generator, purposesType, IdKind.Purpose, declaration.Purpose),
                    });
                if (generated is not AttributeListSyntax list)
                {
                    continue;
                }

                list = list.WithoutTrivia().WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, added);
                var layout = Layout.Of(declaration.Target, text);
                editor.ReplaceNode(declaration.Target, (current, _) => Place(current, list, layout, eol));
            }

            // New lines follow the document, not the machine: a using added to an LF file stays LF.
            var options = document.Project.Solution.Options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, LineEnding(text));

            var changed = editor.GetChangedDocument();
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, options, cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, options, cancellationToken).ConfigureAwait(false);
            changed = await NormalizeAsync(changed, added, cancellationToken).ConfigureAwait(false);

            // Formats what the import adder annotated (the new using) and nothing else: the formatter
            // would also re-indent the trivia around a new attribute list, the user's lines.
            return await Formatter.FormatAsync(changed, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The added lists with canonical spacing inside (<c>[A(x, y)]</c>); the trivia around them stays as placed.</summary>
        private static async Task<Document> NormalizeAsync(Document document, SyntaxAnnotation added, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var lists = new List<AttributeListSyntax>();
            foreach (var node in root.GetAnnotatedNodes(added))
            {
                if (node is AttributeListSyntax list)
                {
                    lists.Add(list);
                }
            }

            // Every token of the list gets fixed (not elastic) spacing, the brackets included: the code
            // action's clean-up formats around elastic trivia, and its span would reach back into the
            // trivia before the list (the user's comments, directives, indentation) and re-indent it.
            // The simplifier's marks for the formatter go too, for the same reason.
            return document.WithSyntaxRoot(root.ReplaceNodes(lists, (_, current) =>
            {
                var normalized = current.NormalizeWhitespace()
                    .WithLeadingTrivia(current.GetLeadingTrivia())
                    .WithTrailingTrivia(current.GetTrailingTrivia());
                return normalized.ReplaceSyntax(
                    normalized.DescendantNodes().Where(n => n.HasAnnotation(Formatter.Annotation)),
                    (_, node) => node.WithoutAnnotations(Formatter.Annotation),
                    normalized.DescendantTokens().Where(t => t.HasAnnotation(Formatter.Annotation)),
                    (_, token) => token.WithoutAnnotations(Formatter.Annotation),
                    Enumerable.Empty<SyntaxTrivia>(),
                    (_, trivia) => trivia).WithoutAnnotations(Formatter.Annotation);
            }));
        }

        /// <summary>The node with the list added; the node unchanged when it cannot take one.</summary>
        private static SyntaxNode Place(SyntaxNode current, AttributeListSyntax list, Layout layout, SyntaxTrivia eol) => current switch
        {
            CompilationUnitSyntax unit => AddToAssembly(unit, list, eol),
            SimpleLambdaExpressionSyntax simple => AddToLambda(Parenthesize(simple), list),
            ParenthesizedLambdaExpressionSyntax lambda => AddToLambda(lambda, list),
            LocalFunctionStatementSyntax local => AddToDeclaration(local, local.AttributeLists, list, layout, eol, (node, lists) => node.WithAttributeLists(lists)),
            MemberDeclarationSyntax member => AddToDeclaration(member, member.AttributeLists, list, layout, eol, (node, lists) => node.WithAttributeLists(lists)),
            _ => current,
        };

        /// <summary>
        /// Above a declaration that starts its line: the comments, documentation and blank lines above
        /// it stay above the new list, which takes the declaration's indentation. After the lists it
        /// already has, in their style (own line or inline).
        /// </summary>
        private static T AddToDeclaration<T>(
            T node,
            SyntaxList<AttributeListSyntax> existing,
            AttributeListSyntax list,
            Layout layout,
            SyntaxTrivia eol,
            System.Func<T, SyntaxList<AttributeListSyntax>, T> withLists)
            where T : SyntaxNode
        {
            var indentation = layout.Indentation.Length == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(layout.Indentation));
            if (existing.Count > 0)
            {
                var last = existing[existing.Count - 1];
                var ownLine = last.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia);
                var added = ownLine
                    ? list.WithLeadingTrivia(indentation).WithTrailingTrivia(eol)
                    : list.WithTrailingTrivia(SyntaxFactory.Space);
                return withLists(node, existing.Add(added));
            }

            var leading = node.GetLeadingTrivia();
            var first = node.GetFirstToken();
            var bare = node.ReplaceToken(first, first.WithLeadingTrivia(layout.StartsLine ? indentation : SyntaxFactory.TriviaList()));
            var placed = list.WithLeadingTrivia(leading).WithTrailingTrivia(layout.StartsLine ? SyntaxFactory.TriviaList(eol) : SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return withLists(bare, SyntaxFactory.SingletonList(placed));
        }

        /// <summary><c>[A] (x) => …</c>: inline, before the modifiers; the lambda's leading trivia stays in front.</summary>
        private static ParenthesizedLambdaExpressionSyntax AddToLambda(ParenthesizedLambdaExpressionSyntax lambda, AttributeListSyntax list)
        {
            var added = list.WithTrailingTrivia(SyntaxFactory.Space);
            if (lambda.AttributeLists.Count > 0)
            {
                return lambda.WithAttributeLists(lambda.AttributeLists.Add(added));
            }

            var leading = lambda.GetLeadingTrivia();
            var first = lambda.GetFirstToken();
            var bare = lambda.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.TriviaList()));
            return bare.WithAttributeLists(SyntaxFactory.SingletonList(added.WithLeadingTrivia(leading)));
        }

        /// <summary>A lambda with attributes needs its parameter in parentheses: <c>x => …</c> becomes <c>(x) => …</c>.</summary>
        private static ParenthesizedLambdaExpressionSyntax Parenthesize(SimpleLambdaExpressionSyntax simple)
        {
            var parameter = simple.Parameter;
            // Fixed tokens, not SyntaxFactory's elastic ones, so the clean-up's formatter leaves them be.
            var parameters = SyntaxFactory.ParameterList(
                SyntaxFactory.Token(parameter.GetLeadingTrivia(), SyntaxKind.OpenParenToken, SyntaxFactory.TriviaList()),
                SyntaxFactory.SingletonSeparatedList(parameter.WithoutTrivia()),
                SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CloseParenToken, parameter.GetTrailingTrivia()));
            return SyntaxFactory.ParenthesizedLambdaExpression(
                simple.AttributeLists,
                simple.Modifiers,
                returnType: null,
                parameters,
                simple.ArrowToken,
                simple.Block,
                simple.ExpressionBody);
        }

        /// <summary>
        /// <c>[assembly: …]</c> after the usings and any assembly attributes, before the first
        /// statement or member. The blank lines that separated the usings from the code stay above
        /// the attribute, one blank line follows it, and the comments of the first statement stay on it.
        /// </summary>
        private static CompilationUnitSyntax AddToAssembly(CompilationUnitSyntax unit, AttributeListSyntax list, SyntaxTrivia eol)
        {
            var assembly = list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(
                SyntaxFactory.Token(SyntaxKind.AssemblyKeyword),
                SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)));
            if (unit.AttributeLists.Count > 0)
            {
                return unit.WithAttributeLists(unit.AttributeLists.Add(assembly.WithTrailingTrivia(eol)));
            }

            // The token after the place of the new list: the first member's, or end of file.
            var next = unit.Members.Count > 0 ? unit.Members[0].GetFirstToken() : unit.EndOfFileToken;
            var leading = next.LeadingTrivia;
            var split = 0;
            for (var i = 0; i < leading.Count; i++)
            {
                if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia) && IsBlankLineEnd(leading, i))
                {
                    split = i + 1;
                }
            }

            var before = SyntaxFactory.TriviaList(Slice(leading, 0, split));
            var after = SyntaxFactory.TriviaList(Slice(leading, split, leading.Count));
            var placed = assembly.WithLeadingTrivia(before).WithTrailingTrivia(eol, eol);
            var rest = unit.ReplaceToken(next, next.WithLeadingTrivia(after));
            return rest.WithAttributeLists(SyntaxFactory.SingletonList(placed));
        }

        /// <summary>Whether the end of line at <paramref name="index"/> ends a line that holds only whitespace.</summary>
        private static bool IsBlankLineEnd(SyntaxTriviaList trivia, int index)
        {
            for (var i = index - 1; i >= 0; i--)
            {
                if (trivia[i].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return true;
                }

                if (!trivia[i].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    return false;
                }
            }

            // The first line of the trivia: blank when it follows a line break (the usings' last).
            return true;
        }

        private static IEnumerable<SyntaxTrivia> Slice(SyntaxTriviaList trivia, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                yield return trivia[i];
            }
        }

        private static string LineEnding(SourceText text)
        {
            foreach (var line in text.Lines)
            {
                var length = line.EndIncludingLineBreak - line.End;
                if (length > 0)
                {
                    return text.ToString(new TextSpan(line.End, length));
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

        /// <summary>How the target sits in the original text: whether it starts its line, and that line's indentation.</summary>
        private readonly struct Layout
        {
            private Layout(bool startsLine, string indentation)
            {
                StartsLine = startsLine;
                Indentation = indentation;
            }

            public bool StartsLine { get; }

            public string Indentation { get; }

            public static Layout Of(SyntaxNode target, SourceText text)
            {
                if (target is CompilationUnitSyntax)
                {
                    return new Layout(true, string.Empty);
                }

                var start = target.SpanStart;
                var line = text.Lines.GetLineFromPosition(start);
                var prefix = text.ToString(TextSpan.FromBounds(line.Start, start));
                return string.IsNullOrWhiteSpace(prefix) ? new Layout(true, prefix) : new Layout(false, string.Empty);
            }
        }
    }
}
