using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Cli.Loading;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>One analysed (or failed) project; target frameworks of one project are merged.</summary>
    /// <param name="Status"><c>analyzed</c>, <c>compile-errors</c> or <c>failed</c>.</param>
    /// <param name="ReducedConfidence">The compilation had unresolved references.</param>
    internal sealed record ProjectOutcome(
        string Name,
        string Status,
        int Documents,
        string? Message,
        ImmutableArray<Diagnostic> Diagnostics,
        ImmutableArray<Diagnostic> Unresolved,
        bool ReducedConfidence);

    /// <summary>Everything a scan produced, before it becomes a <see cref="Model.Manifest"/>.</summary>
    /// <param name="Failed">A project failed to load or compile, or an analyzer failed: results are partial and the exit code is 2.</param>
    /// <param name="Warnings">Warning-level load diagnostics: notes in the manifest that neither fail the scan nor make it partial.</param>
    internal sealed record ScanResult(
        ScanInput Input,
        string? PolicyFile,
        IReadOnlyList<ProjectOutcome> Projects,
        IReadOnlyList<string> Notes,
        bool Failed,
        IReadOnlyList<string> Warnings);

    /// <summary>Loads the input and runs the analyzers over every project in it.</summary>
    internal static class Scanner
    {
        public const string Analyzed = "analyzed";
        public const string CompileErrors = "compile-errors";
        public const string FailedStatus = "failed";

        public static Task<ScanResult> ScanAsync(ScanInput input, string? policyFile, AnalyzerSet analyzers, Reporter reporter, CancellationToken cancellationToken)
            => ScanAsync(input, policyFile, analyzers, reporter, platform: null, cancellationToken);

        /// <param name="platform">The Apple platform of a folder scan (--platform), or null.</param>
        public static async Task<ScanResult> ScanAsync(ScanInput input, string? policyFile, AnalyzerSet analyzers, Reporter reporter, string? platform, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            var result = input.Kind == InputKind.Folder
                ? await ScanFolderAsync(input, policyFile, analyzers, reporter, platform, cancellationToken).ConfigureAwait(false)
                : await ScanProjectsAsync(input, policyFile, analyzers, reporter, cancellationToken).ConfigureAwait(false);
            reporter.ClearProgress();
            reporter.Info($"scanned {input.RootName} in {clock.Elapsed.TotalSeconds:0.0}s");
            return result;
        }

        private static async Task<ScanResult> ScanFolderAsync(ScanInput input, string? policyFile, AnalyzerSet analyzers, Reporter reporter, string? platform, CancellationToken cancellationToken)
        {
            reporter.Progress($"Compiling the .cs files of {input.RootName}…");
            var (compilation, options, documents, references) = FolderCompilation.Create(input.Path, policyFile, platform, cancellationToken);
            reporter.Info($"folder mode: {documents} files, compiled against {references}");
            var analysis = await CompilationAnalysis.AnalyzeAsync(compilation, options, analyzers, DocumentProgress(reporter, input.RootName, documents), cancellationToken).ConfigureAwait(false);

            var notes = new List<string>();
            var reduced = analysis.Unresolved.Length > 0;
            if (reduced)
            {
                var names = analysis.Unresolved
                    .GroupBy(d => UnresolvedName(d), StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key)
                    .ToList();
                var shown = string.Join(", ", names.Take(5)) + (names.Count > 5 ? ", …" : string.Empty);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Folder mode: {analysis.Unresolved.Length} references to {names.Count} names did not resolve against the framework reference assemblies ({shown}); sites that use them are not found, and results have reduced confidence. Scan the project or solution for complete results."));
            }

            var otherErrors = analysis.CompileErrors.Length - analysis.Unresolved.Length;
            if (otherErrors > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Folder mode: the files have {otherErrors} other compile errors."));
            }

            foreach (var failure in analysis.AnalyzerFailures)
            {
                notes.Add("An analyzer failed: " + failure);
            }

            var outcome = new ProjectOutcome(input.RootName, Analyzed, documents, null, analysis.PrivacyDiagnostics, analysis.Unresolved, reduced || otherErrors > 0);
            return new ScanResult(input, policyFile, new[] { outcome }, notes, Failed: analysis.AnalyzerFailures.Length > 0, Warnings: []);
        }

        private static async Task<ScanResult> ScanProjectsAsync(ScanInput input, string? policyFile, AnalyzerSet analyzers, Reporter reporter, CancellationToken cancellationToken)
        {
            reporter.Progress($"Loading {input.RootName}…");
            var warmup = Warmup.StartAsync(analyzers, cancellationToken);
            using var workspace = await WorkspaceLoader.LoadAsync(input, policyFile, reporter, cancellationToken).ConfigureAwait(false);
            try
            {
                await warmup.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var outcomes = new List<ProjectOutcome>();
            var notes = new List<string>();
            var failed = false;
            foreach (var failure in workspace.Failures)
            {
                outcomes.Add(new ProjectOutcome(failure.Name, FailedStatus, 0, failure.Message, ImmutableArray<Diagnostic>.Empty, ImmutableArray<Diagnostic>.Empty, false));
                notes.Add($"{failure.Name} was not analysed: {failure.Message}");
                failed = true;
            }

            var index = 0;
            foreach (var loaded in workspace.Projects)
            {
                index++;
                cancellationToken.ThrowIfCancellationRequested();
                var label = workspace.Projects.Count > 1 ? $"{loaded.Name} ({index}/{workspace.Projects.Count})" : loaded.Name;
                reporter.Progress($"Compiling {label}…");
                var clock = Stopwatch.StartNew();
                var compilation = await loaded.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (compilation is null)
                {
                    const string message = "MSBuild produced no compilation for it";
                    outcomes.Add(new ProjectOutcome(loaded.Name, FailedStatus, 0, message, ImmutableArray<Diagnostic>.Empty, ImmutableArray<Diagnostic>.Empty, false));
                    notes.Add($"{loaded.Name} was not analysed: {message}.");
                    failed = true;
                    continue;
                }

                var compiled = clock.Elapsed;
                var documents = loaded.Project.Documents.Count();
                var analysis = await CompilationAnalysis.AnalyzeAsync(
                    compilation,
                    loaded.Project.AnalyzerOptions,
                    analyzers,
                    DocumentProgress(reporter, label, compilation.SyntaxTrees.Count()),
                    cancellationToken).ConfigureAwait(false);
                reporter.Info($"analysed {loaded.Name}{Framework(loaded.Project)}: {documents} documents, {analysis.PrivacyDiagnostics.Length} PRIV diagnostics, {analysis.CompileErrors.Length} compile errors; generators {compiled.TotalSeconds:0.0}s, compile and analyse {(clock.Elapsed - compiled).TotalSeconds:0.0}s");

                string status = Analyzed;
                string? projectMessage = null;
                if (analysis.CompileErrors.Length > 0)
                {
                    status = CompileErrors;
                    var first = analysis.CompileErrors.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).First();
                    projectMessage = string.Create(CultureInfo.InvariantCulture, $"{analysis.CompileErrors.Length} compile error{(analysis.CompileErrors.Length == 1 ? string.Empty : "s")}, first: {Describe(first, input.RootDirectory)}");
                    if (analysis.Unresolved.Length > 0 && NotRestored(loaded.Project))
                    {
                        projectMessage += $" (it looks unrestored: run `dotnet restore {loaded.Project.FilePath}` first)";
                    }

                    notes.Add($"{loaded.Name} does not compile ({projectMessage}); its results may be incomplete.");
                    failed = true;
                }

                foreach (var failure in analysis.AnalyzerFailures)
                {
                    notes.Add($"{loaded.Name}: an analyzer failed: {failure}");
                    failed = true;
                }

                outcomes.Add(new ProjectOutcome(loaded.Name, status, documents, projectMessage, analysis.PrivacyDiagnostics, analysis.Unresolved, analysis.Unresolved.Length > 0));
            }

            return new ScanResult(input, policyFile, Merge(outcomes), notes.Distinct(StringComparer.Ordinal).ToList(), failed, workspace.Warnings);
        }

        /// <summary>No obj/project.assets.json next to the project: restore has not run (for the default obj folder).</summary>
        private static bool NotRestored(Project project)
            => project.FilePath is { } file && !File.Exists(Path.Combine(Path.GetDirectoryName(file)!, "obj", "project.assets.json"));

        /// <summary>Target frameworks of one project become one outcome: the worst status, every diagnostic.</summary>
        private static List<ProjectOutcome> Merge(List<ProjectOutcome> outcomes)
            => outcomes
                .GroupBy(o => o.Name, StringComparer.Ordinal)
                .Select(g => g.Count() == 1 ? g.First() : new ProjectOutcome(
                    g.Key,
                    g.Any(o => o.Status == FailedStatus) ? FailedStatus : g.Any(o => o.Status == CompileErrors) ? CompileErrors : Analyzed,
                    g.Max(o => o.Documents),
                    g.Select(o => o.Message).FirstOrDefault(m => m is not null),
                    g.SelectMany(o => o.Diagnostics).ToImmutableArray(),
                    g.SelectMany(o => o.Unresolved).ToImmutableArray(),
                    g.Any(o => o.ReducedConfidence)))
                .OrderBy(o => o.Name, StringComparer.Ordinal)
                .ToList();

        private static Action<int>? DocumentProgress(Reporter reporter, string label, int total)
            => reporter.ShowsProgress ? done => reporter.Progress($"Analysing {label}: {Math.Min(done, total)}/{total} documents") : null;

        private static string Framework(Project project)
        {
            var open = project.Name.LastIndexOf('(');
            return open > 0 && project.Name.EndsWith(')') ? " " + project.Name[open..] : string.Empty;
        }

        /// <summary><c>file(line,col): CS0103: message</c>, the path relative to the root.</summary>
        public static string Describe(Diagnostic diagnostic, string root)
        {
            var span = diagnostic.Location.GetLineSpan();
            var file = string.IsNullOrEmpty(span.Path) ? "(no file)" : Paths.Relative(root, span.Path);
            return string.Create(CultureInfo.InvariantCulture, $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        }

        /// <summary>The unresolved name: the source text the diagnostic points at.</summary>
        public static string UnresolvedName(Diagnostic diagnostic)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is null)
            {
                return diagnostic.Id;
            }

            var text = tree.GetText().ToString(diagnostic.Location.SourceSpan).Trim();
            if (text.Length > 80)
            {
                text = text[..80] + "…";
            }

            return text.Length == 0 ? diagnostic.Id : text;
        }
    }
}
