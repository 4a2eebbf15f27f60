using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Tests.Verifiers;

/// <summary>Compiles sources against <see cref="TestReferences.All"/> and runs analyzers, returning what they report.</summary>
internal static class AnalyzerRunner
{
    public static CSharpCompilation Compile(IEnumerable<string> sources, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, IEnumerable<MetadataReference>? references = null)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parseOptions, path: $"/0/Test{i}.cs"));
        return CSharpCompilation.Create(
            "TestProject",
            trees,
            references ?? TestReferences.All,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, params string[] sources)
        => RunAsync(Compile(sources), analyzer);

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, diagnostic) => throw new InvalidOperationException($"{analyzer} threw: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzers), options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
        if (crashes.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw: " + string.Join(Environment.NewLine, crashes));
        }

        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }
}
