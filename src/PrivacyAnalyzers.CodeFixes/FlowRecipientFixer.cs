using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV102: "add &lt;processor&gt; to the recipients in PrivacyPolicy.txt", for the processors the
    /// organisation has an agreement with. The fix edits the policy, an additional document, so its Fix All
    /// adds every processor of the scope to each project's policy in one edit.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FlowRecipientFixer)), Shared]
    public sealed class FlowRecipientFixer : CodeFixProvider
    {
        internal const string Key = "PRIV102|recipient-in-policy";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.FlowToThirdParty);

        public override FixAllProvider GetFixAllProvider() => RecipientFixAll.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var policy = PolicyFixer.FindPolicy(context.Document.Project);
            if (policy is null)
            {
                return Task.CompletedTask;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Processor(diagnostic) is { } processor)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Add " + processor + " to the recipients in " + PolicyParser.FileName, ct => ApplyAsync(context.Document.Project.Solution, policy.Id, new[] { processor }, ct), Key),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>The processor a PRIV102 names, when it can be written to the policy (no comma, no line break).</summary>
        internal static string? Processor(Diagnostic diagnostic)
            => SiteCodec.ReadFlow(diagnostic.Properties, diagnostic.AdditionalLocations) is { Sink.Processor: { Length: > 0 } processor }
                && processor.IndexOfAny(new[] { ',', '\n', '\r', '#' }) < 0
                    ? processor
                    : null;

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
        /// The policy with the processors among its recipients: added to the first one-line <c>recipients:</c>
        /// list, or as a new <c>recipients:</c> line at the end; a processor already listed is left alone.
        /// </summary>
        internal static SourceText AddRecipients(SourceText text, IEnumerable<string> processors)
        {
            var known = PolicyParser.Parse(text).Recipients;
            var missing = processors.Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(p => !known.Contains(p, StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (missing.Count == 0)
            {
                return text;
            }

            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                var comment = content.IndexOf('#');
                var code = (comment < 0 ? content : content.Substring(0, comment)).TrimEnd();
                if (code.TrimStart().StartsWith(PolicyParser.RecipientsSection, StringComparison.Ordinal)
                    && code.TrimStart().Length > PolicyParser.RecipientsSection.Length)
                {
                    var at = line.Start + content.IndexOf(code.TrimStart(), StringComparison.Ordinal) + code.TrimStart().Length;
                    return text.WithChanges(new TextChange(new TextSpan(at, 0), ", " + string.Join(", ", missing)));
                }
            }

            var newline = text.Lines.Count > 1 && text.ToString(text.Lines[0].SpanIncludingLineBreak).EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var ending = text.Length == 0 || text.ToString(new TextSpan(text.Length - 1, 1)) == "\n" ? string.Empty : newline;
            return text.WithChanges(new TextChange(new TextSpan(text.Length, 0), ending + PolicyParser.RecipientsSection + " " + string.Join(", ", missing) + newline));
        }

        /// <summary>Every processor of the scope, added to each project's policy in one edit.</summary>
        private sealed class RecipientFixAll : FixAllProvider
        {
            public static readonly RecipientFixAll Instance = new RecipientFixAll();

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects : new[] { fixAllContext.Project };
                var edits = new List<(DocumentId Policy, List<string> Processors)>();
                foreach (var project in projects)
                {
                    if (PolicyFixer.FindPolicy(project) is not { } policy)
                    {
                        continue;
                    }

                    var diagnostics = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } document
                        ? await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                        : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                    var processors = diagnostics.Select(Processor).OfType<string>().ToList();
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
        }
    }
}
