using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.TestCorpus;
using PrivacyAnalyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Testing;

/// <summary>What one analysis reported, and every exception an analyzer threw on the way.</summary>
public sealed record AnalysisRun(
    Compilation Compilation,
    ImmutableArray<AdditionalText> AdditionalFiles,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<string> Exceptions);

/// <summary>
/// The engine under <see cref="TestBuilder"/>: compiles code against <see cref="TestReferences.All"/>
/// and runs analyzers on it the way a build does. Tests that build their compilation themselves
/// (generated code, emitted libraries, whole corpora) call it directly; everything else goes through
/// the builder.
/// </summary>
public static class AnalyzerRunner
{
    public const string DefaultAssemblyName = "TestProject";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>A library (or <paramref name="outputKind"/>) with nullable on; <paramref name="enabledRules"/> are turned on at info level, as an .editorconfig line would.</summary>
    public static CSharpCompilationOptions CompilationOptions(OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, IEnumerable<string>? enabledRules = null)
        => new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions((enabledRules ?? Array.Empty<string>()).Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Info)));

    public static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, path);

    /// <summary>Sources named <c>/0/Test0.cs</c>, <c>/0/Test1.cs</c>, … as the testing framework names them.</summary>
    public static CSharpCompilation Compile(IEnumerable<string> sources, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, IEnumerable<MetadataReference>? references = null)
        => Compile(sources.Select((text, i) => Parse($"/0/Test{i}.cs", text)), references, CompilationOptions(outputKind));

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference>? references, CSharpCompilationOptions options, string assemblyName = DefaultAssemblyName)
        => CSharpCompilation.Create(assemblyName, trees, references ?? TestReferences.All, options);

    /// <summary>Every analyzer of the package on the sources; an analyzer that throws fails the test.</summary>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, params string[] sources)
        => RunAsync(Compile(sources), analyzer);

    /// <summary>The analyzers' diagnostics in source order; an analyzer that throws (or reports AD0001) fails the test.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var run = await AnalyzeAsync(compilation, ImmutableArray<AdditionalText>.Empty, ImmutableArray.Create(analyzers)).ConfigureAwait(false);
        return ThrowOnFailure(run).Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>
    /// Runs the analyzers (by default every analyzer of the package) and records what they throw
    /// instead of throwing, so a test can say which input made which analyzer fail.
    /// </summary>
    public static async Task<AnalysisRun> AnalyzeAsync(
        Compilation compilation,
        ImmutableArray<AdditionalText> additionalFiles,
        ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
        AnalyzerConfigOptionsProvider? options = null,
        bool concurrent = true,
        CancellationToken cancellationToken = default)
    {
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers ?? PrivacyAnalyzerSet.CreateAll(),
            new CompilationWithAnalyzersOptions(
                options is null ? new AnalyzerOptions(additionalFiles) : new AnalyzerOptions(additionalFiles, options),
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return new AnalysisRun(compilation, additionalFiles, diagnostics, exceptions.ToList());
    }

    /// <summary>The run, if no analyzer threw; otherwise an exception that says which one and how.</summary>
    public static AnalysisRun ThrowOnFailure(AnalysisRun run)
    {
        var crashes = run.Exceptions.Concat(run.Diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString())).ToList();
        if (crashes.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw: " + string.Join(Environment.NewLine, crashes));
        }

        return run;
    }
}
