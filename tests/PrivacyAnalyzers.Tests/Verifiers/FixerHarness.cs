using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Tests.Verifiers;

/// <summary>Builds a workspace document for direct code-fix calls (titles, nesting, option handling).</summary>
internal static class FixerHarness
{
    public static async Task<(Document Document, Diagnostic Diagnostic)> FirstDiagnosticAsync(string source, params (string Name, string Text)[] additionalFiles)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Test",
            "Test",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.All));
        var document = workspace.AddDocument(project.Id, "Test.cs", SourceText.From(source));
        foreach (var (name, text) in additionalFiles)
        {
            var info = DocumentInfo.Create(DocumentId.CreateNewId(project.Id), name, filePath: "/" + name, loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default)));
            workspace.TryApplyChanges(workspace.CurrentSolution.AddAdditionalDocument(info));
        }

        document = workspace.CurrentSolution.GetDocument(document.Id)!;
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new CollectionSiteAnalyzer());
        return (document, diagnostics.First());
    }
}
