using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>One applied fix: the diagnostic, the action, and the solution before and after.</summary>
internal sealed record FixStep(Diagnostic Diagnostic, string DiagnosticText, CodeFixProvider Fixer, CodeAction Action, Solution Before, Solution After)
{
    public override string ToString() => $"{Fixer.GetType().Name} '{Action.Title}' ({Action.EquivalenceKey}) for {DiagnosticText}";
}

/// <summary>
/// Applies the package's code fixes to whole projects in an <see cref="AdhocWorkspace"/>, as an IDE
/// or <c>dotnet format</c> would: one by one, or with a fixer's Fix All provider.
/// </summary>
internal static class FixHarness
{
    public const int MaxSteps = 150;

    /// <summary>A solution of one or more corpus projects; projects with the same policy path share the file, as the package's props make them.</summary>
    public static Solution CreateSolution(IEnumerable<CorpusProject> projects, string? sourcesPath = null, string? sources = null)
    {
        var workspace = new AdhocWorkspace();
        var solution = workspace.CurrentSolution;
        foreach (var corpus in projects)
        {
            var projectId = ProjectId.CreateNewId(corpus.Name);
            var name = corpus.Name.Split('/').Last();
            solution = solution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name,
                name,
                LanguageNames.CSharp,
                filePath: "/repo/" + corpus.Name + "/" + name + ".csproj",
                compilationOptions: new CSharpCompilationOptions(corpus.OutputKind, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: Analysis.ParseOptions,
                metadataReferences: corpus.References));
            foreach (var file in corpus.Files)
            {
                solution = solution.AddDocument(DocumentInfo.Create(
                    DocumentId.CreateNewId(projectId, file.Path),
                    Path.GetFileName(file.Path),
                    filePath: file.Path,
                    loader: TextLoader.From(TextAndVersion.Create(SourceText.From(file.Text), VersionStamp.Default, file.Path))));
            }

            foreach (var config in corpus.GlobalConfigs.IsDefault ? ImmutableArray<SourceFile>.Empty : corpus.GlobalConfigs)
            {
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId, config.Path), Path.GetFileName(config.Path), SourceText.From(config.Text), filePath: config.Path);
            }

            if (corpus.Policy != null)
            {
                solution = solution.AddAdditionalDocument(AdditionalDocument(projectId, corpus.PolicyPath!, corpus.Policy));
            }

            if (sources != null)
            {
                solution = solution.AddAdditionalDocument(AdditionalDocument(projectId, sourcesPath!, sources));
            }
        }

        return solution;
    }

    /// <summary>
    /// Every analyzer diagnostic of a project, in a stable order (file, position, id, message), with the
    /// project's analyzer config documents as the options: the fixes read the same ones.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken = default)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var run = await AnalyzerRunner.AnalyzeAsync(
            compilation,
            project.AnalyzerOptions.AdditionalFiles,
            options: project.AnalyzerOptions.AnalyzerConfigOptionsProvider,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        Analysis.AssertSound(run, project.Name);
        return Sort(run.Diagnostics);
    }

    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(), StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>The compiler's errors, as id and message: positions move when fixes add lines.</summary>
    public static async Task<IReadOnlyList<string>> CompilerErrorsAsync(Solution solution)
    {
        var errors = new List<string>();
        foreach (var project in solution.Projects.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
            errors.AddRange(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{project.Name}: {d.Id} {d.GetMessage()}"));
        }

        errors.Sort(StringComparer.Ordinal);
        return errors;
    }

    /// <summary>The actions a fixer offers for one diagnostic, nested groups flattened, in order.</summary>
    public static Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
        => CodeActionTree.LeavesAsync(fixer, document, diagnostic);

    public static async Task<Solution> ApplyAsync(CodeAction action, Solution solution)
    {
        var before = solution;
        var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        foreach (var operation in operations)
        {
            if (operation is ApplyChangesOperation apply)
            {
                solution = apply.ChangedSolution;
            }
        }

        return await SyncSharedFilesAsync(before, solution).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies fixes one at a time, each time to the first diagnostic (in <see cref="Sort"/> order) for
    /// which a fixer offers an action, until none does. <paramref name="choose"/> picks the action (by
    /// default the first concrete one); <paramref name="fixers"/> restricts the run.
    /// </summary>
    public static async Task<(Solution Solution, IReadOnlyList<FixStep> Steps)> FixOneByOneAsync(
        Solution solution,
        ImmutableArray<CodeFixProvider> fixers,
        Func<IReadOnlyList<CodeAction>, CodeAction?>? choose = null,
        int maxSteps = MaxSteps)
    {
        choose ??= actions => actions.FirstOrDefault();
        var steps = new List<FixStep>();
        while (true)
        {
            var step = await NextAsync(solution, fixers, choose).ConfigureAwait(false);
            if (step is null)
            {
                return (solution, steps);
            }

            steps.Add(step);
            if (steps.Count > maxSteps)
            {
                throw new InvalidOperationException($"the fixes did not converge in {maxSteps} steps; the last ones:\n" + string.Join("\n", steps.TakeLast(6)));
            }

            solution = step.After;
        }
    }

    /// <summary>Fix All in solution scope, for one fixer and one equivalence key.</summary>
    public static async Task<Solution> FixAllAsync(Solution solution, CodeFixProvider fixer, string equivalenceKey)
    {
        var provider = fixer.GetFixAllProvider();
        if (provider is null)
        {
            return solution;
        }

        Document? first = null;
        foreach (var project in solution.Projects.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var diagnostic = (await AnalyzeAsync(project).ConfigureAwait(false)).FirstOrDefault(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource);
            if (diagnostic != null)
            {
                first = project.GetDocument(diagnostic.Location.SourceTree);
                break;
            }
        }

        if (first is null)
        {
            return solution;
        }

        var context = new FixAllContext(first, fixer, FixAllScope.Solution, equivalenceKey, fixer.FixableDiagnosticIds, new DiagnosticProvider(), CancellationToken.None);
        var action = await provider.GetFixAsync(context).ConfigureAwait(false);
        return action is null ? solution : await ApplyAsync(action, solution).ConfigureAwait(false);
    }

    /// <summary>Every text of a solution (documents and additional documents), by path, to compare solutions.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> TextsAsync(Solution solution)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in solution.Projects)
        {
            foreach (var document in project.Documents.Cast<TextDocument>().Concat(project.AdditionalDocuments))
            {
                texts[project.Name + ":" + document.FilePath] = (await document.GetTextAsync().ConfigureAwait(false)).ToString();
            }
        }

        return texts;
    }

    /// <summary>
    /// Projects that share a file (the repository's one PrivacyPolicy.txt) see one text: an IDE saves
    /// the edited copy and the others reload it. Copies edited differently by one action cannot both be
    /// saved; they are left as they are, for the caller to notice.
    /// </summary>
    private static async Task<Solution> SyncSharedFilesAsync(Solution before, Solution after)
    {
        var synced = after;
        foreach (var group in after.Projects.SelectMany(p => p.AdditionalDocuments).GroupBy(d => d.FilePath, StringComparer.Ordinal))
        {
            var edited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in group)
            {
                var text = (await document.GetTextAsync().ConfigureAwait(false)).ToString();
                var old = before.GetAdditionalDocument(document.Id) is { } original ? (await original.GetTextAsync().ConfigureAwait(false)).ToString() : null;
                if (text != old)
                {
                    edited.Add(text);
                }
            }

            if (edited.Count == 1)
            {
                foreach (var document in group)
                {
                    synced = synced.WithAdditionalDocumentText(document.Id, SourceText.From(edited.Single()));
                }
            }
        }

        return synced;
    }

    private static async Task<FixStep?> NextAsync(Solution solution, ImmutableArray<CodeFixProvider> fixers, Func<IReadOnlyList<CodeAction>, CodeAction?> choose)
    {
        foreach (var project in solution.Projects.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var diagnostic in await AnalyzeAsync(project).ConfigureAwait(false))
            {
                if (!diagnostic.Location.IsInSource || project.GetDocument(diagnostic.Location.SourceTree) is not { } document)
                {
                    continue;
                }

                foreach (var fixer in fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    if (choose(await ActionsAsync(fixer, document, diagnostic).ConfigureAwait(false)) is { } action)
                    {
                        var after = await ApplyAsync(action, solution).ConfigureAwait(false);
                        var text = $"{diagnostic.Id} at {diagnostic.Location.GetLineSpan()}: {diagnostic.GetMessage()}";
                        return new FixStep(diagnostic, text, fixer, action, solution, after);
                    }
                }
            }
        }

        return null;
    }

    private static DocumentInfo AdditionalDocument(ProjectId projectId, string path, string text)
        => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, path),
            Path.GetFileName(path),
            filePath: path,
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default, path)));

    /// <summary>The diagnostics Fix All asks for: every analyzer run on the project, as the IDE does.</summary>
    private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return (await AnalyzeAsync(document.Project, cancellationToken).ConfigureAwait(false)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => (await AnalyzeAsync(project, cancellationToken).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await AnalyzeAsync(project, cancellationToken).ConfigureAwait(false);
    }
}
