using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        bool ReducedConfidence,
        IReadOnlyDictionary<SiteKey, SiteDetail>? Details = null);

    /// <summary>A site diagnostic's place: its file and start, as every pass of a folder scan reports it.</summary>
    internal readonly record struct SiteKey(string Path, int Start)
    {
        public static SiteKey Of(Diagnostic diagnostic) => new(diagnostic.Location.SourceTree?.FilePath ?? string.Empty, diagnostic.Location.SourceSpan.Start);
    }

    /// <summary>What folder mode knows of a site beyond its diagnostic: matched through a reference shape, and the symbol sets it was seen under alone.</summary>
    internal sealed record SiteDetail(bool ReferenceShape, IReadOnlyList<string>? Conditions);

    /// <summary>Everything a scan produced, before it becomes a <see cref="Manifests.Model.Manifest"/>.</summary>
    /// <param name="Failed">A project failed to load or compile, or an analyzer failed: results are partial and the exit code is 2.</param>
    /// <param name="Warnings">Warning-level load diagnostics: notes in the manifest that neither fail the scan nor make it partial.</param>
    internal sealed record ScanResult(
        ScanInput Input,
        string? PolicyFile,
        IReadOnlyList<ProjectOutcome> Projects,
        IReadOnlyList<string> Notes,
        bool Failed,
        IReadOnlyList<string> Warnings,
        IReadOnlyList<Manifests.Model.PlatformGap>? NotAnalysed = null,
        IReadOnlyList<Manifests.Model.InactiveRegion>? InactiveCode = null);

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

        /// <summary>Folder mode on the whole input folder (also the fallback of a project or solution that does not load).</summary>
        public static async Task<ScanResult> ScanFolderAsync(ScanInput input, string? policyFile, AnalyzerSet analyzers, Reporter reporter, string? platform, CancellationToken cancellationToken)
        {
            reporter.Progress($"Compiling the .cs files of {input.RootName}…");
            var folder = FolderCompilation.Read(input.RootDirectory, policyFile, nameFallback: true, platform, cancellationToken);
            reporter.Info($"folder mode: {folder.Documents} files, compiled against {folder.Description}");
            var compilation = folder.Compile(folder.Trees);
            var analysis = await CompilationAnalysis.AnalyzeAsync(compilation, folder.AnalyzerOptions, analyzers, DocumentProgress(reporter, input.RootName, folder.Documents), cancellationToken).ConfigureAwait(false);
            var shapeAssemblies = ShapeAssemblies(compilation, folder);
            var details = new Dictionary<SiteKey, SiteDetail>();
            var seenBy = new Dictionary<SiteKey, SortedSet<string>>();
            var diagnostics = analysis.PrivacyDiagnostics.ToBuilder();
            var unresolved = analysis.Unresolved.ToBuilder();
            var failures = analysis.AnalyzerFailures.ToList();
            var otherErrors = analysis.CompileErrors.Length - analysis.Unresolved.Length;
            Record(analysis.PrivacyDiagnostics, compilation, shapeAssemblies, details, seenBy, pass: null);

            // Platform code under #if: one more pass per platform symbol set the code tests, over the files that test it.
            var sourceTrees = folder.Trees.Take(folder.Documents).ToList();
            var inactive = sourceTrees.ToDictionary(t => t.FilePath, t => PreprocessorPasses.InactiveLines(t, cancellationToken), StringComparer.Ordinal);
            var tested = PreprocessorPasses.TestedSymbols(sourceTrees, cancellationToken);
            foreach (var set in PreprocessorPasses.Chosen(tested))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var symbols = PreprocessorPasses.Symbols(set, tested);
                var choosing = set.Triggers.Concat(symbols.Where(s => !set.Defines.Contains(s, StringComparer.Ordinal))).ToImmutableArray();
                var options = folder.ParseOptions.WithPreprocessorSymbols(symbols);
                var trees = new List<SyntaxTree>(folder.Trees.Length);
                var changed = new List<SyntaxTree>();
                for (var i = 0; i < folder.Trees.Length; i++)
                {
                    var tree = folder.Trees[i];
                    if (i < folder.Documents && PreprocessorPasses.Tests(tree, choosing, cancellationToken))
                    {
                        tree = CSharpSyntaxTree.ParseText(folder.Texts[i], options, tree.FilePath, cancellationToken);
                        changed.Add(tree);
                        var stillInactive = PreprocessorPasses.InactiveLines(tree, cancellationToken);
                        inactive[tree.FilePath].IntersectWith(stillInactive);
                    }

                    trees.Add(tree);
                }

                reporter.Progress($"Analysing {input.RootName} as {set.Name}: {changed.Count} files");
                var passCompilation = folder.Compile(trees);
                var pass = await CompilationAnalysis.AnalyzeTreesAsync(passCompilation, folder.AnalyzerOptions, analyzers, changed, cancellationToken).ConfigureAwait(false);
                reporter.Info($"folder mode, {set.Name} ({string.Join(" ", symbols)}): {changed.Count} files, {pass.PrivacyDiagnostics.Length} PRIV diagnostics");
                diagnostics.AddRange(pass.PrivacyDiagnostics);
                unresolved.AddRange(pass.Unresolved);
                failures.AddRange(pass.AnalyzerFailures);
                Record(pass.PrivacyDiagnostics, passCompilation, ShapeAssemblies(passCompilation, folder), details, seenBy, set.Name);
            }

            foreach (var (key, passes) in seenBy)
            {
                // Seen by the default pass: no condition. Seen only under platform symbols: those.
                var detail = details.TryGetValue(key, out var known) ? known : new SiteDetail(false, null);
                details[key] = detail with { Conditions = passes.Contains(string.Empty) ? null : passes.ToList() };
            }

            var catalogued = PrivacyAnalyzers.Contract.AnalyzerInventory.CatalogMemberNames();
            var regions = new List<Manifests.Model.InactiveRegion>();
            for (var i = 0; i < sourceTrees.Count; i++)
            {
                var lines = inactive[sourceTrees[i].FilePath];
                if (lines.Count > 0)
                {
                    foreach (var (start, end, apis) in PreprocessorPasses.CataloguedRegions(folder.Texts[i], lines, catalogued))
                    {
                        regions.Add(new Manifests.Model.InactiveRegion(Paths.Relative(input.RootDirectory, sourceTrees[i].FilePath), start, end, apis));
                    }
                }
            }

            var unresolvedAll = unresolved.ToImmutable();
            var notAnalysed = PlatformGaps(unresolvedAll, folder.Shapes, cancellationToken);
            var notes = new List<string>();
            var reduced = unresolvedAll.Length > 0;
            if (reduced)
            {
                var names = unresolvedAll
                    .GroupBy(d => UnresolvedName(d), StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key)
                    .ToList();
                var shown = string.Join(", ", names.Take(5)) + (names.Count > 5 ? ", …" : string.Empty);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Folder mode: {unresolvedAll.Length} references to {names.Count} names did not resolve against the framework reference assemblies{(folder.Shapes.IsEmpty ? string.Empty : " and the reference shapes")} ({shown}); catalogued APIs reached through them were matched by name where the code names their type, and other sites that use them are not found. Scan the project or solution, restored, for complete results."));
            }

            if (notAnalysed.Count > 0)
            {
                notes.Add("Not analysed: code of " + string.Join(", ", notAnalysed.Select(g => g.Platform)) + " whose references did not resolve.");
            }

            if (regions.Count > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Not analysed: {regions.Count} #if region{(regions.Count == 1 ? string.Empty : "s")} no platform symbol set made active name catalogued APIs ({string.Join(", ", regions.Take(3).Select(r => $"{r.File}:{r.Line}"))}{(regions.Count > 3 ? ", …" : string.Empty)})."));
            }

            if (otherErrors > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Folder mode: the files have {otherErrors} other compile errors."));
            }

            foreach (var failure in failures.Distinct(StringComparer.Ordinal))
            {
                notes.Add("An analyzer failed: " + failure);
            }

            var outcome = new ProjectOutcome(input.RootName, Analyzed, folder.Documents, null, diagnostics.ToImmutable(), unresolvedAll, reduced || otherErrors > 0, details);
            return new ScanResult(input, policyFile, new[] { outcome }, notes, Failed: failures.Count > 0, Warnings: [], notAnalysed, regions);
        }

        /// <summary>The shape assemblies as the compilation sees them.</summary>
        private static HashSet<IAssemblySymbol> ShapeAssemblies(Compilation compilation, FolderCompilation.FolderInput folder)
        {
            var set = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
            foreach (var shape in folder.Shapes)
            {
                if (compilation.GetAssemblyOrModuleSymbol(shape.Reference) is IAssemblySymbol assembly)
                {
                    set.Add(assembly);
                }
            }

            return set;
        }

        /// <summary>Notes, per site diagnostic, the pass that saw it and whether its source's type came from a reference shape.</summary>
        private static void Record(ImmutableArray<Diagnostic> diagnostics, Compilation compilation, HashSet<IAssemblySymbol> shapes, Dictionary<SiteKey, SiteDetail> details, Dictionary<SiteKey, SortedSet<string>> seenBy, string? pass)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id != RuleIds.CollectionSite || !PrivacyAnalyzers.Contract.SiteCodec.TryReadSite(diagnostic, out var site))
                {
                    continue;
                }

                var key = SiteKey.Of(diagnostic);
                if (!seenBy.TryGetValue(key, out var passes))
                {
                    seenBy[key] = passes = new SortedSet<string>(StringComparer.Ordinal);
                }

                passes.Add(pass ?? string.Empty);
                if (shapes.Count > 0 && site!.Kind == PrivacyAnalyzers.Contract.SiteKind.ApiCall && site.SourceId is { } id && FromShape(id, compilation, shapes))
                {
                    details[key] = new SiteDetail(true, null);
                }
            }
        }

        /// <summary>Whether a documentation-comment id's type is defined by a reference shape (<c>P:Android.OS.Build.Model</c> → <c>T:Android.OS.Build</c>).</summary>
        private static bool FromShape(string id, Compilation compilation, HashSet<IAssemblySymbol> shapes)
        {
            if (id.Length < 3 || id[1] != ':')
            {
                return false;
            }

            var path = id[2..];
            var paren = path.IndexOf('(', StringComparison.Ordinal);
            if (paren >= 0)
            {
                path = path[..paren];
            }

            var typeName = id[0] == 'T' ? path : path[..Math.Max(0, path.LastIndexOf('.'))];
            return typeName.Length > 0
                && DocumentationCommentId.GetFirstSymbolForDeclarationId("T:" + typeName, compilation) is { ContainingAssembly: { } assembly }
                && shapes.Contains(assembly);
        }

        /// <summary>
        /// The catalogued platforms with unresolved references: a using or a qualified name that did not resolve
        /// (<c>using Microsoft.Maui.Controls;</c>, <c>Android.Widget.Toast</c>), attributed by namespace.
        /// </summary>
        private static List<Manifests.Model.PlatformGap> PlatformGaps(ImmutableArray<Diagnostic> unresolved, ImmutableArray<ReferenceShapes.Shape> shapes, CancellationToken cancellationToken)
        {
            var byPlatform = new Dictionary<string, (int Count, SortedSet<string> Names)>(StringComparer.Ordinal);
            foreach (var diagnostic in unresolved)
            {
                if (diagnostic.Location.SourceTree is not { } tree)
                {
                    continue;
                }

                var node = tree.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                string name;
                if (node.FirstAncestorOrSelf<UsingDirectiveSyntax>() is { } directive)
                {
                    name = directive.NamespaceOrType.ToString();
                }
                else
                {
                    // A qualified name: its whole dotted text (Android.Widget.Toast), not the one part that failed.
                    var top = node;
                    while (top.Parent is QualifiedNameSyntax or MemberAccessExpressionSyntax { Expression: not InvocationExpressionSyntax } && top.Parent.Span.Start == node.Span.Start)
                    {
                        top = top.Parent;
                    }

                    // Up to the part that failed: Microsoft.Maui.ApplicationModel.Platform, not its member.
                    name = tree.GetText(cancellationToken).ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(top.Span.Start, Math.Max(top.Span.Start, diagnostic.Location.SourceSpan.End)));
                }

                if (PlatformNamespaces.PlatformOf(name) is not { } platform)
                {
                    continue;
                }

                if (!byPlatform.TryGetValue(platform, out var entry))
                {
                    entry = (0, new SortedSet<string>(StringComparer.Ordinal));
                }

                entry.Names.Add(name);
                byPlatform[platform] = (entry.Count + 1, entry.Names);
            }

            var shaped = shapes.SelectMany(s => s.Namespaces).Select(PlatformNamespaces.PlatformOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return byPlatform
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new Manifests.Model.PlatformGap(p.Key, p.Value.Count, p.Value.Names.Take(5).ToList(), shaped.Contains(p.Key)))
                .ToList();
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
