using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV101: keep the personal value out of the log. When Microsoft.Extensions.Compliance.Redaction is
    /// referenced and a <c>Redactor</c> is in scope (a field, property, parameter or local), "Redact … with
    /// &lt;redactor&gt;" wraps the value in <c>redactor.Redact(…)</c>; otherwise "Leave … out of the log message"
    /// removes the argument and its message-template hole (<c>"Signed in {Email}", email</c>), or the
    /// interpolation hole (<c>$"Signed in {email}"</c>). The value is the call's argument that holds a step
    /// of the flow's path (its source, or the local it was last assigned to). Fix All batches the edits.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FlowLogFixer)), Shared]
    public sealed class FlowLogFixer : CodeFixProvider
    {
        internal const string RedactKey = "PRIV101|redact";

        internal const string DropKey = "PRIV101|drop";

        private const string RedactorType = "Microsoft.Extensions.Compliance.Redaction.Redactor";

        private static readonly ImmutableArray<string> TemplateParameters = ImmutableArray.Create("message", "messageTemplate", "format");

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.FlowToLog);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } call
                    || Value(call, diagnostic) is not { } value)
                {
                    continue;
                }

                if (Redactor(model, call, context.CancellationToken) is { } redactor)
                {
                    var wrapped = SyntaxFactory.ParseExpression(redactor + ".Redact(" + value.Expression.ToString() + ")").WithTriviaFrom(value.Expression);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Redact '" + value.Expression + "' with " + redactor,
                            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value.Expression, wrapped))),
                            RedactKey),
                        diagnostic);
                }
                else if (Drop(call, value, diagnostic, model, context.CancellationToken) is { } changes)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Leave '" + value.Expression + "' out of the log message",
                            async ct => context.Document.WithText((await context.Document.GetTextAsync(ct).ConfigureAwait(false)).WithChanges(changes)),
                            DropKey),
                        diagnostic);
                }
            }
        }

        /// <summary>
        /// The argument that carries the flow: the one whose span holds a location of its path (the source's
        /// own expression, an interpolation of it), else the one that is the local or parameter the path last
        /// assigned it to (<c>assigned to 'email'</c>).
        /// </summary>
        private static ArgumentSyntax? Value(InvocationExpressionSyntax call, Diagnostic diagnostic)
        {
            var arguments = call.ArgumentList.Arguments;
            foreach (var location in diagnostic.AdditionalLocations)
            {
                if (location.SourceTree == call.SyntaxTree && arguments.FirstOrDefault(a => a.Span.Contains(location.SourceSpan)) is { } holder)
                {
                    return holder;
                }
            }

            for (var i = diagnostic.AdditionalLocations.Count - 1; i >= 0; i--)
            {
                if (diagnostic.Properties.TryGetValue("hop." + i.ToString(System.Globalization.CultureInfo.InvariantCulture), out var hop)
                    && hop is { } description
                    && description.StartsWith("assigned to '", StringComparison.Ordinal)
                    && description.EndsWith("'", StringComparison.Ordinal))
                {
                    var name = description.Substring("assigned to '".Length, description.Length - "assigned to '".Length - 1);
                    return arguments.FirstOrDefault(a => a.Expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name)
                        ?? arguments.FirstOrDefault(a => a.Expression is InterpolatedStringExpressionSyntax && Mentions(a, name));
                }
            }

            return null;
        }

        private static bool Mentions(SyntaxNode node, string name)
            => node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name);

        /// <summary>A <c>Redactor</c> the call can reach (by the name it is reached by), or null.</summary>
        private static string? Redactor(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
        {
            if (model.Compilation.GetTypeByMetadataName(RedactorType) is not { } redactor)
            {
                return null;
            }

            // In a static member, only static fields and properties are reachable by their name.
            var inStatic = model.GetEnclosingSymbol(call.SpanStart, cancellationToken) is { IsStatic: true };
            foreach (var symbol in model.LookupSymbols(call.SpanStart))
            {
                if (inStatic && !symbol.IsStatic && symbol is IFieldSymbol or IPropertySymbol)
                {
                    continue;
                }

                var type = symbol switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol { Parameters.IsEmpty: true } property => property.Type,
                    IParameterSymbol parameter => parameter.Type,
                    ILocalSymbol local => local.Type,
                    _ => null,
                };
                if (type != null && DerivesFrom(type, redactor))
                {
                    return symbol.Name;
                }
            }

            return null;
        }

        private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol redactor)
        {
            for (var current = type as INamedTypeSymbol; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, redactor))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The edits that leave the value out: its interpolation hole, or the argument and its template hole.</summary>
        private static TextChange[]? Drop(InvocationExpressionSyntax call, ArgumentSyntax value, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellationToken)
        {
            if (value.Expression is InterpolatedStringExpressionSyntax interpolated)
            {
                // The hole that holds a step of the path, else the only hole there is.
                var holes = interpolated.Contents.OfType<InterpolationSyntax>().ToList();
                var carrier = holes.FirstOrDefault(h => diagnostic.AdditionalLocations.Any(l => l.SourceTree == call.SyntaxTree && h.Span.Contains(l.SourceSpan)))
                    ?? (holes.Count == 1 ? holes[0] : null);
                return carrier is null ? null : new[] { new TextChange(WithSpaceBefore(call.SyntaxTree.GetText(cancellationToken), carrier.Span), string.Empty) };
            }

            if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            var arguments = call.ArgumentList.Arguments;
            var template = -1;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (Parameter(method, arguments[i], i) is { } parameter && TemplateParameters.Contains(parameter.Name, StringComparer.Ordinal)
                    && arguments[i].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression })
                {
                    template = i;
                    break;
                }
            }

            var index = arguments.IndexOf(value);
            if (template < 0 || index <= template)
            {
                return null;
            }

            var literal = (LiteralExpressionSyntax)arguments[template].Expression;
            if (Hole(literal.Token.Text, index - template - 1) is not { } hole)
            {
                return null;
            }

            var text = call.SyntaxTree.GetText(cancellationToken);
            var holeSpan = WithSpaceBefore(text, new TextSpan(literal.Token.SpanStart + hole.Start, hole.Length));
            var argumentSpan = TextSpan.FromBounds(arguments.GetSeparator(index - 1).SpanStart, value.Span.End);
            return new[] { new TextChange(holeSpan, string.Empty), new TextChange(argumentSpan, string.Empty) };
        }

        private static IParameterSymbol? Parameter(IMethodSymbol method, ArgumentSyntax argument, int position)
        {
            if (argument.NameColon is { } name)
            {
                return method.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText);
            }

            // An extension method called as an instance method: its first parameter is the receiver.
            var parameters = method.ReducedFrom is { } unreduced && method.MethodKind == MethodKind.ReducedExtension ? unreduced.Parameters.RemoveAt(0) : method.Parameters;
            return position < parameters.Length ? parameters[position] : parameters.LastOrDefault(p => p.IsParams);
        }

        /// <summary>The span (in the literal's text) of the template's hole number <paramref name="ordinal"/>: <c>{Name}</c>, not <c>{{</c>.</summary>
        private static TextSpan? Hole(string literal, int ordinal)
        {
            var seen = 0;
            for (var i = 0; i < literal.Length; i++)
            {
                if (literal[i] != '{')
                {
                    continue;
                }

                if (i + 1 < literal.Length && literal[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var end = literal.IndexOf('}', i + 1);
                if (end < 0)
                {
                    return null;
                }

                if (seen++ == ordinal)
                {
                    return TextSpan.FromBounds(i, end + 1);
                }

                i = end;
            }

            return null;
        }

        /// <summary>A hole with the space before it, so <c>"Signed in {Email}"</c> becomes <c>"Signed in"</c>.</summary>
        private static TextSpan WithSpaceBefore(SourceText text, TextSpan hole)
            => hole.Start > 0 && text[hole.Start - 1] == ' ' ? TextSpan.FromBounds(hole.Start - 1, hole.End) : hole;
    }
}
