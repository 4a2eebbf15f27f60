using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV002 and PRIV003: "allow &lt;purpose&gt; for &lt;category&gt; in PrivacyPolicy.txt". The fix edits the
    /// policy, an additional document, so it has its own Fix All: every allowance of the scope is
    /// applied to each project's policy in one edit.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PolicyFixer)), Shared]
    public sealed class PolicyFixer : CodeFixProvider
    {
        private const string AllowKey = "PRIV00x|allow-in-policy";
        private const string SuggestedKeyPrefix = "PRIV003|disclose|";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.PurposeNotAllowed, RuleIds.CategoryNotDisclosed);

        public override FixAllProvider GetFixAllProvider() => PolicyFixAllProvider.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var policy = FindPolicy(context.Document.Project);
            if (policy is null)
            {
                return Task.CompletedTask;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var allowances = Allowances(diagnostic);
                if (allowances.Count > 0)
                {
                    var category = allowances[0].Category;
                    var title = "Allow " + string.Join(", ", allowances.Select(a => a.Purpose)) + " for " + category + " in " + PolicyParser.FileName;
                    context.RegisterCodeFix(CodeAction.Create(title, ct => ApplyAsync(context.Document.Project.Solution, policy.Id, allowances, ct), AllowKey), diagnostic);
                    continue;
                }

                // An undeclared site: the team picks the purpose it discloses.
                if (diagnostic.Id == RuleIds.CategoryNotDisclosed
                    && diagnostic.Properties.TryGetValue(Contract.SiteCodec.CategoryKey, out var undeclared) && undeclared != null)
                {
                    // First, under the "Allow" key: disclosure with the default purpose. dotnet format applies the
                    // first diagnostic's first key to all, so whichever site comes first, the run is the same, and
                    // Fix All under that key stays what fixing one by one does.
                    var defaultPurpose = DefaultPurposeOf(context.Document.Project, diagnostic.Location.SourceTree);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Disclose " + undeclared + " for " + defaultPurpose + " (the default purpose) in " + PolicyParser.FileName,
                            ct => ApplyAsync(context.Document.Project.Solution, policy.Id, new[] { (undeclared, defaultPurpose) }, ct),
                            AllowKey),
                        diagnostic);

                    var nested = PurposeChoices.For(undeclared, null)
                        .Select(p => CodeAction.Create(
                            p.Id + " (" + p.DisplayName + ")",
                            ct => ApplyAsync(context.Document.Project.Solution, policy.Id, new[] { (undeclared, p.Id) }, ct),
                            SuggestedKeyPrefix + p.Id))
                        .ToImmutableArray();
                    context.RegisterCodeFix(CodeAction.Create("Disclose " + undeclared + " in " + PolicyParser.FileName, nested, isInlinable: false), diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        internal static TextDocument? FindPolicy(Project project)
            => project.AdditionalDocuments.FirstOrDefault(d => string.Equals(Path.GetFileName(d.FilePath ?? d.Name), PolicyParser.FileName, StringComparison.OrdinalIgnoreCase));

        /// <summary>What a diagnostic asks the policy to allow: PRIV002's purpose, or PRIV003's declared purposes.</summary>
        internal static IReadOnlyList<(string Category, string Purpose)> Allowances(Diagnostic diagnostic, string? suggestedPurpose = null)
        {
            if (!diagnostic.Properties.TryGetValue(Contract.SiteCodec.CategoryKey, out var category) || category is null)
            {
                return Array.Empty<(string, string)>();
            }

            if (diagnostic.Id == RuleIds.PurposeNotAllowed)
            {
                return diagnostic.Properties.TryGetValue(Contract.SiteCodec.PurposeKey, out var purpose) && purpose != null
                    ? new[] { (category, purpose) }
                    : Array.Empty<(string, string)>();
            }

            if (diagnostic.Properties.TryGetValue(Contract.SiteCodec.PurposesKey, out var purposes) && !string.IsNullOrEmpty(purposes))
            {
                return Contract.SiteCodec.SplitList(purposes!).Select(p => (category, p)).ToArray();
            }

            return suggestedPurpose is null ? Array.Empty<(string, string)>() : new[] { (category, suggestedPurpose) };
        }

        internal static async Task<Solution> ApplyAsync(Solution solution, DocumentId policyId, IEnumerable<(string Category, string Purpose)> allowances, CancellationToken cancellationToken)
        {
            var document = solution.GetAdditionalDocument(policyId);
            if (document is null)
            {
                return solution;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (category, purpose) in allowances)
            {
                text = PolicyEditor.Allow(text, category, purpose);
            }

            return solution.WithAdditionalDocumentText(policyId, text);
        }

        /// <summary>The purpose bulk fixes disclose for an undeclared category: the project's configured default, when it is a known purpose.</summary>
        private static string DefaultPurposeOf(Project project, SyntaxTree? tree)
        {
            var purpose = PurposeChoices.DefaultPurpose(project, tree);
            return TaxonomyIndex.IsKnown(purpose, IdKind.Purpose) ? purpose : PurposeChoices.FallbackPurpose;
        }

        /// <summary>Applies every allowance in the scope, project by project, to each project's policy file.</summary>
        private sealed class PolicyFixAllProvider : FixAllProvider
        {
            public static readonly PolicyFixAllProvider Instance = new PolicyFixAllProvider();

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
                => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
                => Task.FromResult<CodeAction?>(CodeAction.Create(
                    "Update " + PolicyParser.FileName,
                    ct => FixAllAsync(fixAllContext, ChoiceOf(fixAllContext.CodeActionEquivalenceKey), ct),
                    fixAllContext.CodeActionEquivalenceKey));

            /// <summary>
            /// What the key asks for. "Disclose for P" is the IDE's choice for undeclared sites. Every other
            /// key is the bulk path: declared purposes allowed, undeclared categories disclosed with the
            /// configured default purpose, as PRIV001's bulk path declares it. That includes "Allow":
            /// <c>dotnet format</c> passes the first diagnostic's first key, and which diagnostic comes first
            /// is not fixed, so a run must do the same whichever site it saw first (and a second run nothing).
            /// Only a parsed, known purpose id is ever written; never a piece of a key.
            /// </summary>
            private static (bool Allow, bool Disclose, string? Purpose) ChoiceOf(string? key)
            {
                if (EquivalenceKey.Parts(key, SuggestedKeyPrefix, 1) is { } parts && TaxonomyIndex.IsKnown(parts[0], IdKind.Purpose))
                {
                    return (false, true, parts[0]);
                }

                return (true, true, null);
            }

            private static async Task<Solution> FixAllAsync(FixAllContext context, (bool Allow, bool Disclose, string? Purpose) choice, CancellationToken cancellationToken)
            {
                var solution = context.Solution;
                var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };

                // Projects often share one policy (at the repository root): each project holds its
                // own copy of that file, so allowances are gathered per file and written to every copy.
                var byFile = new Dictionary<string, (List<DocumentId> Copies, List<(string, string)> Allowances)>(StringComparer.Ordinal);
                foreach (var project in projects.OrderBy(p => p.FilePath ?? p.Name, StringComparer.Ordinal))
                {
                    var policy = FindPolicy(project);
                    if (policy is null)
                    {
                        continue;
                    }

                    IEnumerable<Diagnostic> diagnostics = context.Scope == FixAllScope.Document && context.Document != null
                        ? await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false)
                        : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);

                    // Only what the chosen action does: a "disclose for P" choice fixes the undeclared
                    // PRIV003 sites; "allow" fixes the diagnostics whose purposes are known.
                    var allowances = diagnostics
                        .Where(d => d.Id == RuleIds.PurposeNotAllowed || d.Id == RuleIds.CategoryNotDisclosed)
                        .Where(d => Allowances(d).Count == 0
                            ? choice.Disclose && d.Id == RuleIds.CategoryNotDisclosed
                            : choice.Allow)
                        .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                        .ThenBy(d => d.Location.SourceSpan.Start)
                        .SelectMany(d => Allowances(d, choice.Purpose ?? DefaultPurposeOf(project, d.Location.SourceTree)));

                    var key = policy.FilePath ?? policy.Id.Id.ToString();
                    if (!byFile.TryGetValue(key, out var group))
                    {
                        byFile[key] = group = (new List<DocumentId>(), new List<(string, string)>());
                    }

                    group.Copies.Add(policy.Id);
                    group.Allowances.AddRange(allowances);
                }

                foreach (var (copies, allowances) in byFile.Values)
                {
                    var first = solution.GetAdditionalDocument(copies[0]);
                    if (first is null)
                    {
                        continue;
                    }

                    var text = await first.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    foreach (var (category, purpose) in allowances.Distinct())
                    {
                        text = PolicyEditor.Allow(text, category, purpose);
                    }

                    foreach (var copy in copies)
                    {
                        solution = solution.WithAdditionalDocumentText(copy, text);
                    }
                }

                return solution;
            }
        }
    }
}
