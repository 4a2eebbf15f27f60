using System.Collections.Generic;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using PrivacyAnalyzers.RequiredReasons;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Adds <c>[UsesRequiredReasonApi(RequiredReasonApis.X, "code")]</c> declarations, one per target and
    /// category however many uses share them, through the editor and generator (as <c>DeclarationWriter</c>
    /// does for <c>[CollectsPersonalData]</c>): the <c>using</c> is added, names are simplified, and the
    /// trivia of the touched node survives.
    /// </summary>
    internal static class RequiredReasonWriter
    {
        public static async Task<Document> AddAsync(Document document, IEnumerable<(SyntaxNode Target, RequiredReasonCategory Category, string Reason)> declarations, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var compilation = editor.SemanticModel.Compilation;
            var generator = editor.Generator;
            var attributeType = compilation.GetTypeByMetadataName(Rules.RequiredReasonAnalyzer.AttributeMetadataName);
            var constants = compilation.GetTypeByMetadataName("PrivacyAnalyzers.RequiredReasonApis");
            var seen = new HashSet<(SyntaxNode, string)>();
            foreach (var (target, category, reason) in declarations)
            {
                if (!seen.Add((target, category.ShortName)))
                {
                    continue;
                }

                var categoryExpression = constants != null && constants.GetMembers(category.ShortName).Length > 0
                    ? generator.MemberAccessExpression(generator.TypeExpression(constants, addImport: true), category.ShortName)
                    : generator.LiteralExpression(category.FullName);
                var attribute = generator.Attribute(
                    attributeType is null ? generator.IdentifierName("PrivacyAnalyzers.UsesRequiredReasonApi") : generator.TypeExpression(attributeType, addImport: true),
                    new[] { categoryExpression, generator.LiteralExpression(reason) })
                    .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
                editor.ReplaceNode(target, (current, g) => g.AddAttributes(current, attribute).WithAdditionalAnnotations(Formatter.Annotation));
            }

            var changed = editor.GetChangedDocument();
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
