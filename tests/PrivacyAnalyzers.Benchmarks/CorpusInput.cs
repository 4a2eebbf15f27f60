using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>A code base to measure on: parsed once; every measurement compiles it afresh.</summary>
internal sealed record CorpusInput(
    string Name,
    string Description,
    ImmutableArray<SyntaxTree> Trees,
    ImmutableArray<MetadataReference> References,
    int Lines,
    int Methods,
    int SiteMethods,
    bool AllowUnsafe = false)
{
    public CSharpCompilation Compile(IEnumerable<KeyValuePair<string, ReportDiagnostic>> severities)
    {
        var compilation = CorpusCompilation.Create(Name, Trees, References, severities);
        return AllowUnsafe ? compilation.WithOptions(compilation.Options.WithAllowUnsafe(true)) : compilation;
    }

    /// <summary>
    /// A real code base kept outside this repository (see docs/performance.md): every .cs file under
    /// <paramref name="directory"/> except build output, as one library against the running .NET and
    /// ASP.NET Core shared frameworks and the annotations (as a project with the package has them),
    /// unsafe code allowed, with the given preprocessor symbols.
    /// </summary>
    public static CorpusInput Folder(string directory, IReadOnlyList<string> defines)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"--corpus-dir: no folder {root}");
        }

        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var parseOptions = CorpusCompilation.ParseOptions.WithPreprocessorSymbols(defines);
        var trees = files
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, path: f))
            .ToImmutableArray();
        var lines = trees.Sum(t => t.GetText().Lines.Count);
        var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
        var description = $"the folder {root} (kept outside this repository): {files.Count} files, {lines:N0} lines"
            + (defines.Count > 0 ? ", defines " + string.Join(";", defines) : string.Empty);
        return new CorpusInput(name, description, trees, CorpusCompilation.References, lines, Methods: 0, SiteMethods: 0, AllowUnsafe: true);
    }

    public static CorpusInput Generated(string name, CorpusOptions options)
    {
        var corpus = CorpusGenerator.Generate(options);
        var description = $"generated, seed {options.Seed}, 1 collecting method in {options.MethodsPerSite}: {corpus.Files.Count} files, "
            + $"{corpus.Lines:N0} lines, {corpus.Methods:N0} methods, {corpus.SiteMethods} collecting ({corpus.DeclaredSiteMethods} declared)";
        return new CorpusInput(name, description, CorpusCompilation.Parse(corpus), CorpusCompilation.References, corpus.Lines, corpus.Methods, corpus.SiteMethods);
    }

    /// <summary>The dense-flow corpus: sources passed through helpers, fields and interpolation to log, HTTP and file sinks.</summary>
    public static CorpusInput Flow(int targetLines)
    {
        var corpus = FlowCorpus.Generate(targetLines);
        var description = $"dense flow: {corpus.Files.Count} modules, {corpus.Lines:N0} lines, {corpus.Methods:N0} methods, "
            + $"{corpus.SiteMethods} holding a source, one member of {FlowCorpus.LongMemberStatements * 3} statements";
        return new CorpusInput("flow", description, CorpusCompilation.Parse(corpus), CorpusCompilation.References, corpus.Lines, corpus.Methods, corpus.SiteMethods);
    }

    /// <summary>
    /// The project's own analyzer-side sources (the src projects that target netstandard2.0: the
    /// annotations, the analyzers, the code fixes) as one compilation, against the running framework
    /// and the Roslyn assemblies the harness runs. The command-line tool is left out: it needs
    /// packages (System.CommandLine, MSBuild) the harness does not carry.
    /// </summary>
    public static CorpusInput Self(string repositoryRoot)
    {
        var src = Path.Combine(repositoryRoot, "src");
        var projects = Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .Where(p => Regex.IsMatch(File.ReadAllText(p), "<TargetFramework>netstandard2.0</TargetFramework>"))
            .Select(p => Path.GetDirectoryName(p)!)
            .Where(p => Directory.EnumerateFiles(p, "*.cs", SearchOption.AllDirectories).Any(f => !IsBuildOutput(f)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var files = projects
            .SelectMany(p => Directory.EnumerateFiles(p, "*.cs", SearchOption.AllDirectories))
            .Where(f => !IsBuildOutput(f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var trees = files
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), CorpusCompilation.ParseOptions, path: f))
            .ToImmutableArray();
        var lines = trees.Sum(t => t.GetText().Lines.Count);
        var harness = AppContext.BaseDirectory;
        var references = CorpusCompilation.ManagedAssembliesIn(Path.GetDirectoryName(typeof(object).Assembly.Location)!)
            .Concat(Directory.EnumerateFiles(harness, "*.dll")
                .Where(f => Path.GetFileName(f) is var n && (n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || n.StartsWith("System.Composition", StringComparison.Ordinal)))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)))
            .ToImmutableArray();
        var description = $"this repository's {string.Join(", ", projects.Select(Path.GetFileName))}: {files.Count} files, {lines:N0} lines, "
            + $"against Roslyn {PeerAnalyzers.VersionOf(typeof(Compilation).Assembly)}";
        return new CorpusInput("self", description, trees, references, lines, Methods: 0, SiteMethods: 0);
    }

    /// <summary>The repository root baked in at build time (works with --artifacts-path outside the tree).</summary>
    public static string RepositoryRoot()
        => typeof(CorpusInput).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
            ?? throw new InvalidOperationException("RepositoryRoot metadata missing");

    private static bool IsBuildOutput(string file)
    {
        var parts = file.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
