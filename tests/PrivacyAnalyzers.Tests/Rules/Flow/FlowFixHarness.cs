using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Rules;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// Applies the flow rules' fixes to a workspace built like <see cref="TestBuilder"/>'s: one action for the first
/// diagnostic, or Fix All (the fixer's own provider) over a document, with the exact text afterwards.
/// </summary>
internal static class FlowFixHarness
{
    public static async Task<(Solution Solution, Project Project)> ProjectAsync(string source, string? policy = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var builder = FlowHarness.Builder(source);
        var compilation = builder.Compile();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            compilation.AssemblyName!,
            compilation.AssemblyName!,
            LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: compilation.SyntaxTrees[0].Options,
            metadataReferences: compilation.References));
        solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", compilation.SyntaxTrees[0].GetText(), filePath: "/0/Test0.cs");
        if (policy != null)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "PrivacyPolicy.txt", SourceText.From(policy), filePath: "/0/PrivacyPolicy.txt");
        }

        await Task.CompletedTask;
        return (solution, solution.GetProject(projectId)!);
    }

    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, string id)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var run = AnalyzerRunner.ThrowOnFailure(await AnalyzerRunner.AnalyzeAsync(compilation, project.AnalyzerOptions.AdditionalFiles, [new FlowAnalyzer()]));
        return run.Diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>The titles and keys of the actions for the first <paramref name="id"/> diagnostic.</summary>
    public static async Task<List<CodeAction>> ActionsAsync(CodeFixProvider fixer, Project project, string id)
    {
        var diagnostic = (await DiagnosticsAsync(project, id)).First();
        var document = project.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    public static async Task<Solution> ApplyAsync(CodeAction action)
        => (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;

    public static async Task<Solution> FixAllAsync(CodeFixProvider fixer, Project project, string id, string key)
    {
        var diagnostics = await DiagnosticsAsync(project, id);
        var document = project.Documents.Single();
        var context = new FixAllContext(document, fixer, FixAllScope.Document, key, [id], new Provider(diagnostics), CancellationToken.None);
        var action = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        return await ApplyAsync(action!);
    }

    public static async Task<string> TextAsync(Solution solution)
        => (await solution.Projects.Single().Documents.Single().GetTextAsync()).ToString();

    public static async Task<string> PolicyAsync(Solution solution)
        => (await solution.Projects.Single().AdditionalDocuments.Single().GetTextAsync()).ToString();

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
