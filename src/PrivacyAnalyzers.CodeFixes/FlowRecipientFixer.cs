using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV102: declare the processor as a recipient, two ways. "Add &lt;processor&gt; to the recipients in
    /// PrivacyPolicy.txt", for the processors the organisation has an agreement with (through
    /// <see cref="PolicyEditor.AddRecipients"/>, which never damages the file); and "Add &lt;processor&gt; to the
    /// Recipients of [CollectsPersonalData(…)]", the declaration that covers the flow's source. Each Fix All
    /// makes one edit per policy or per declaration with every processor of the scope.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FlowRecipientFixer)), Shared]
    public sealed class FlowRecipientFixer : CodeFixProvider
    {
        internal const string Key = "PRIV102|recipient-in-policy";

        internal const string DeclarationKey = "PRIV102|recipient-in-declaration";

        private const string RecipientsArgument = "Recipients";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.FlowToThirdParty);

        public override FixAllProvider GetFixAllProvider() => RecipientFixAll.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var policy = PolicyFixer.FindPolicy(context.Document.Project);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (Processor(diagnostic) is not { } processor)
                {
                    continue;
                }

                if (await DeclarationAsync(context.Document.Project.Solution, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } declaration)
                {
                    var name = declaration.Name.ToString();
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Add " + processor + " to the Recipients of [" + name + "]",
                            ct => AddToDeclarationsAsync(context.Document.Project.Solution, new[] { (declaration, processor) }, ct),
                            DeclarationKey),
                        diagnostic);
                }

                if (policy != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Add " + processor + " to the recipients in " + PolicyParser.FileName, ct => ApplyAsync(context.Document.Project.Solution, policy.Id, new[] { processor }, ct), Key),
                        diagnostic);
                }
            }
        }

        /// <summary>The processor a PRIV102 names, when it can be written to the policy (no comma, no line break).</summary>
        internal static string? Processor(Diagnostic diagnostic)
            => SiteCodec.ReadFlow(diagnostic.Properties, diagnostic.AdditionalLocations) is { Sink.Processor: { Length: > 0 } processor }
                && processor.IndexOfAny(new[] { ',', '\n', '\r', '#' }) < 0
                    ? processor
                    : null;

        /// <summary>The policy with the processors among its recipients (<see cref="PolicyEditor.AddRecipients"/>).</summary>
        internal static SourceText AddRecipients(SourceText text, IEnumerable<string> processors) => PolicyEditor.AddRecipients(text, processors);

        private static async Task<Solution> ApplyAsync(Solution solution, DocumentId policyId, IEnumerable<string> processors, CancellationToken cancellationToken)
        {
            var policy = solution.GetAdditionalDocument(policyId);
            if (policy is null)
            {
                return solution;
            }

            var text = await policy.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return solution.WithAdditionalDocumentText(policyId, AddRecipients(text, processors));
        }

        /// <summary>
        /// The <c>[CollectsPersonalData]</c> that covers the flow's source (the diagnostic's first additional
        /// location): the declaration of the source's category on the nearest enclosing member or type, or
        /// on the assembly, written in source. Null when the source is undeclared (PRIV001 says so).
        /// </summary>
        private static async Task<AttributeSyntax?> DeclarationAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (SiteCodec.ReadFlow(diagnostic.Properties, diagnostic.AdditionalLocations) is not { Source.DeclaredCategory: { } category }
                || diagnostic.AdditionalLocations.Count == 0
                || diagnostic.AdditionalLocations[0] is not { IsInSource: true, SourceTree: { } tree } source
                || solution.GetDocument(tree) is not { } document)
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return null;
            }

            foreach (var node in root.FindNode(source.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf())
            {
                if (node is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
                    && model.GetDeclaredSymbol(node, cancellationToken) is { } symbol
                    && Covering(symbol.GetAttributes(), category, cancellationToken) is { } found)
                {
                    return found;
                }
            }

            return Covering(model.Compilation.Assembly.GetAttributes(), category, cancellationToken);
        }

        private static AttributeSyntax? Covering(ImmutableArray<AttributeData> attributes, string category, CancellationToken cancellationToken)
        {
            foreach (var attribute in attributes)
            {
                if (attribute.AttributeClass is { Name: "CollectsPersonalDataAttribute", ContainingNamespace: { Name: "PrivacyAnalyzers", ContainingNamespace.IsGlobalNamespace: true } }
                    && attribute.ConstructorArguments.Length > 0
                    && attribute.ConstructorArguments[0].Value is string declared
                    && string.Equals(declared, category, StringComparison.Ordinal)
                    && attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax)
                {
                    return syntax;
                }
            }

            return null;
        }

        /// <summary>Each declaration with its processors added to <c>Recipients</c>, one edit per declaration.</summary>
        private static async Task<Solution> AddToDeclarationsAsync(Solution solution, IEnumerable<(AttributeSyntax Declaration, string Processor)> additions, CancellationToken cancellationToken)
        {
            foreach (var byTree in additions.GroupBy(a => a.Declaration.SyntaxTree))
            {
                if (solution.GetDocument(byTree.Key) is not { } document)
                {
                    continue;
                }

                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var changes = new List<TextChange>();
                foreach (var byDeclaration in byTree.GroupBy(a => a.Declaration.Span))
                {
                    var declaration = byDeclaration.First().Declaration;
                    if (Edit(declaration, byDeclaration.Select(a => a.Processor)) is { } change)
                    {
                        changes.Add(change);
                    }
                }

                solution = solution.WithDocumentText(document.Id, text.WithChanges(changes));
            }

            return solution;
        }

        /// <summary>
        /// The one change that adds the processors to a declaration's <c>Recipients</c>: into its array or
        /// collection expression, or as a new <c>Recipients = new[] { … }</c> argument; names already there
        /// (whatever their case) are left alone, and a value it cannot read is not touched.
        /// </summary>
        internal static TextChange? Edit(AttributeSyntax declaration, IEnumerable<string> processors)
        {
            var argument = declaration.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == RecipientsArgument);
            var elements = argument?.Expression switch
            {
                ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
                ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
                CollectionExpressionSyntax collection => SyntaxFactory.SeparatedList(collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression)),
                null => default(SeparatedSyntaxList<ExpressionSyntax>?),
                _ => null,
            };
            if (argument != null && elements is null)
            {
                return null;
            }

            var existing = elements?.Select(e => e is LiteralExpressionSyntax literal ? literal.Token.ValueText : null).ToList() ?? new List<string?>();
            var missing = processors.Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(p => !existing.Contains(p, StringComparer.OrdinalIgnoreCase))
                .Select(p => SyntaxFactory.Literal(p).Text)
                .ToList();
            if (missing.Count == 0)
            {
                return null;
            }

            var names = string.Join(", ", missing);
            switch (argument?.Expression)
            {
                case null:
                    var list = declaration.ArgumentList;
                    var text = RecipientsArgument + " = new[] { " + names + " }";
                    return list is null
                        ? new TextChange(new TextSpan(declaration.Name.Span.End, 0), "(" + text + ")")
                        : new TextChange(new TextSpan(list.CloseParenToken.SpanStart, 0), (list.Arguments.Count == 0 ? string.Empty : ", ") + text);
                case ImplicitArrayCreationExpressionSyntax { Initializer: var initializer }:
                    return AppendTo(initializer.Expressions, initializer.CloseBraceToken, names, brace: true);
                case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                    return AppendTo(initializer.Expressions, initializer.CloseBraceToken, names, brace: true);
                case CollectionExpressionSyntax collection:
                    return collection.Elements.Count == 0
                        ? new TextChange(new TextSpan(collection.CloseBracketToken.SpanStart, 0), names)
                        : new TextChange(new TextSpan(collection.Elements.Last().Span.End, 0), ", " + names);
                default:
                    return null;
            }
        }

        private static TextChange AppendTo(SeparatedSyntaxList<ExpressionSyntax> expressions, SyntaxToken close, string names, bool brace)
            => expressions.Count == 0
                ? new TextChange(new TextSpan(close.SpanStart, 0), brace ? " " + names + " " : names)
                : new TextChange(new TextSpan(expressions.Last().Span.End, 0), ", " + names);

        /// <summary>Every processor of the scope: for the policy key, into each project's policy in one edit; for the declaration key, into each covering declaration in one edit.</summary>
        private sealed class RecipientFixAll : FixAllProvider
        {
            public static readonly RecipientFixAll Instance = new RecipientFixAll();

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects : new[] { fixAllContext.Project };
                if (fixAllContext.CodeActionEquivalenceKey == DeclarationKey)
                {
                    var additions = new List<(AttributeSyntax, string)>();
                    foreach (var project in projects)
                    {
                        foreach (var diagnostic in await DiagnosticsAsync(fixAllContext, project).ConfigureAwait(false))
                        {
                            if (Processor(diagnostic) is { } processor
                                && await DeclarationAsync(fixAllContext.Solution, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false) is { } declaration)
                            {
                                additions.Add((declaration, processor));
                            }
                        }
                    }

                    return additions.Count == 0
                        ? null
                        : CodeAction.Create("Add the processors to the Recipients of their declarations", ct => AddToDeclarationsAsync(fixAllContext.Solution, additions, ct), DeclarationKey);
                }

                var edits = new List<(DocumentId Policy, List<string> Processors)>();
                foreach (var project in projects)
                {
                    if (PolicyFixer.FindPolicy(project) is not { } policy)
                    {
                        continue;
                    }

                    var processors = (await DiagnosticsAsync(fixAllContext, project).ConfigureAwait(false)).Select(Processor).OfType<string>().ToList();
                    if (processors.Count > 0)
                    {
                        edits.Add((policy.Id, processors));
                    }
                }

                if (edits.Count == 0)
                {
                    return null;
                }

                return CodeAction.Create(
                    "Add the processors to the recipients in " + PolicyParser.FileName,
                    async ct =>
                    {
                        var solution = fixAllContext.Solution;
                        foreach (var (policy, processors) in edits)
                        {
                            solution = await ApplyAsync(solution, policy, processors, ct).ConfigureAwait(false);
                        }

                        return solution;
                    },
                    Key);
            }

            private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(FixAllContext context, Project project)
                => context.Scope == FixAllScope.Document && context.Document is { } document
                    ? await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                    : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
        }
    }
}
