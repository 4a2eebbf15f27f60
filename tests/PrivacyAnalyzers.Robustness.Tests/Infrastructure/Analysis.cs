using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>
/// Compiles code and runs every analyzer on it the way a build does (through the shared
/// <see cref="AnalyzerRunner"/>), with the rules that are off by default turned on so their code runs
/// too, and checks what no input may break.
/// </summary>
internal static class Analysis
{
    public const string AssemblyName = "Analyzed";

    public static CSharpParseOptions ParseOptions => AnalyzerRunner.ParseOptions;

    /// <summary>
    /// A compilation of the files, with the rules that are off by default (PRIV007, the inventory)
    /// turned on through specific diagnostic options, as an .editorconfig line would.
    /// </summary>
    public static CSharpCompilation Compile(
        IEnumerable<(string Path, string Text)> files,
        ImmutableArray<MetadataReference>? references = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => Compile(files.Select(f => AnalyzerRunner.Parse(f.Path, f.Text)), references, outputKind);

    public static CSharpCompilation Compile(
        IEnumerable<SyntaxTree> trees,
        ImmutableArray<MetadataReference>? references = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => AnalyzerRunner.Compile(trees, references, CompilationOptions(outputKind), AssemblyName);

    public static CSharpCompilationOptions CompilationOptions(OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => AnalyzerRunner.CompilationOptions(outputKind, Plugins.DisabledByDefault);

    /// <summary>Runs every analyzer; exceptions are recorded, not thrown, so a test can say which input made which analyzer fail.</summary>
    public static Task<AnalysisRun> RunAsync(
        Compilation compilation,
        ImmutableArray<AdditionalText> additionalFiles,
        bool concurrent = true,
        ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
        CancellationToken cancellationToken = default,
        IReadOnlyDictionary<string, string>? editorConfig = null)
        => AnalyzerRunner.AnalyzeAsync(
            compilation,
            additionalFiles,
            analyzers,
            editorConfig is null ? null : new TestAnalyzerConfigOptions(editorConfig),
            concurrent,
            cancellationToken);

    /// <summary>
    /// The invariants every analysis must keep, whatever the input: no analyzer threw (no callback,
    /// no AD0001), every diagnostic and additional location lies inside a tree of the compilation or
    /// inside an additional file (line and column agreeing with the span), every message formats, and a
    /// diagnostic that carries a category names it in its message.
    /// </summary>
    public static IReadOnlyList<string> Violations(AnalysisRun run)
    {
        var problems = new List<string>(run.Exceptions);
        var trees = run.Compilation.SyntaxTrees.ToImmutableHashSet();
        var files = run.AdditionalFiles.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(f => f.GetText()).ToList(), StringComparer.Ordinal);
        foreach (var diagnostic in run.Diagnostics)
        {
            if (diagnostic.Id == "AD0001")
            {
                problems.Add("AD0001: " + diagnostic.GetMessage());
                continue;
            }

            string message;
            try
            {
                message = diagnostic.GetMessage();
            }
            catch (FormatException exception)
            {
                problems.Add($"{diagnostic.Id}: the message does not format: {exception.Message}");
                continue;
            }

            CheckLocation(diagnostic, diagnostic.Location, "location", trees, files, problems);
            foreach (var additional in diagnostic.AdditionalLocations)
            {
                CheckLocation(diagnostic, additional, "additional location", trees, files, problems);
            }

            if (diagnostic.Properties.TryGetValue("category", out var category) && category is { Length: > 0 }
                && !message.Contains(category, StringComparison.Ordinal))
            {
                problems.Add($"{diagnostic.Id} carries category '{category}' but its message does not name it: {message}");
            }
        }

        return problems;
    }

    public static void AssertSound(AnalysisRun run, string what)
    {
        var problems = Violations(run);
        if (problems.Count > 0)
        {
            Xunit.Assert.Fail($"{what}: {problems.Count} problem(s)\n" + string.Join("\n", problems.Take(10)));
        }
    }

    private static void CheckLocation(
        Diagnostic diagnostic,
        Location location,
        string kind,
        ImmutableHashSet<SyntaxTree> trees,
        Dictionary<string, List<SourceText?>> files,
        List<string> problems)
    {
        switch (location.Kind)
        {
            case LocationKind.SourceFile:
                var tree = location.SourceTree!;
                if (!trees.Contains(tree))
                {
                    problems.Add($"{diagnostic.Id}: {kind} in a tree that is not part of the compilation ({tree.FilePath})");
                    return;
                }

                CheckSpan(diagnostic, location, kind, tree.GetText(), problems);
                return;
            case LocationKind.ExternalFile:
                var path = location.GetLineSpan().Path;
                if (!files.TryGetValue(path, out var texts))
                {
                    problems.Add($"{diagnostic.Id}: {kind} in '{path}', which is no additional file");
                    return;
                }

                // Two files may share a path; the location must fit one of them.
                var fits = new List<string>();
                foreach (var text in texts)
                {
                    var local = new List<string>();
                    if (text is null)
                    {
                        local.Add("the file has no text");
                    }
                    else
                    {
                        CheckSpan(diagnostic, location, kind, text, local);
                    }

                    if (local.Count == 0)
                    {
                        return;
                    }

                    fits.AddRange(local);
                }

                problems.AddRange(fits);
                return;
            default:
                problems.Add($"{diagnostic.Id}: {kind} is {location.Kind}, not in the code or an additional file: {diagnostic}");
                return;
        }
    }

    private static void CheckSpan(Diagnostic diagnostic, Location location, string kind, SourceText text, List<string> problems)
    {
        var span = location.SourceSpan;
        if (span.Start < 0 || span.End > text.Length)
        {
            problems.Add($"{diagnostic.Id}: {kind} {span} is outside its file of {text.Length} characters ({location.GetLineSpan().Path})");
            return;
        }

        var lines = location.GetLineSpan().Span;
        var expected = text.Lines.GetLinePositionSpan(span);
        if (lines != expected)
        {
            problems.Add($"{diagnostic.Id}: {kind} says {lines} but its span {span} is at {expected} ({location.GetLineSpan().Path})");
        }
    }
}
