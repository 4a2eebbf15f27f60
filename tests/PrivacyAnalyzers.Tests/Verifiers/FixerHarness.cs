using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Tests.Verifiers;

/// <summary>Builds a workspace document for direct code-fix calls (titles, nesting, option handling).</summary>
internal static class FixerHarness
{
    public static async Task<(Document Document, Diagnostic Diagnostic)> FirstDiagnosticAsync(string source)
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
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new CollectionSiteAnalyzer());
        return (document, diagnostics.First());
    }
}
