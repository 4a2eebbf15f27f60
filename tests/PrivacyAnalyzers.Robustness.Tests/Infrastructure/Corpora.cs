using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>A source file of a corpus: its path (as the analyzers see it) and its text.</summary>
internal sealed record SourceFile(string Path, string Text, bool Generated = false);

/// <summary>
/// One project of real code: its files, its kind, its references, its privacy policy and its global
/// analyzer configs (what the SDK generates from MSBuild properties, such as the target platform; none
/// when default).
/// </summary>
internal sealed record CorpusProject(
    string Name,
    ImmutableArray<SourceFile> Files,
    OutputKind OutputKind,
    string? PolicyPath,
    string? Policy,
    ImmutableArray<MetadataReference> References,
    ImmutableArray<SourceFile> GlobalConfigs = default)
{
    public IEnumerable<SourceFile> UserFiles => Files.Where(f => !f.Generated);

    public override string ToString() => Name;
}

/// <summary>
/// The code the suite feeds the analyzers: the documentation samples (docs/samples), the seed
/// programs (Corpus/) and the project's own sources (src/). Paths are repository-relative under
/// <c>/repo/</c>, the same on every machine.
/// </summary>
internal static class Corpora
{
    private static readonly string[] SdkUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly string[] WebSdkUsings =
    {
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    };

    /// <summary>Each sample project under docs/samples, with the implicit usings its SDK adds and its policy file.</summary>
    public static IReadOnlyList<CorpusProject> Samples { get; } = LoadSamples();

    /// <summary>Each seed project under Corpus/, with the seeds' policy file, the folder's <c>*.globalconfig</c> files and, if it has one, the stubs its <c>References.txt</c> lists.</summary>
    public static IReadOnlyList<CorpusProject> Seeds { get; } = LoadSeeds();

    /// <summary>The analyzers' and fixes' own sources (src/**/*.cs), each compiled alone against Roslyn.</summary>
    public static IReadOnlyList<SourceFile> ProjectSources { get; } = Repo.CSharpFiles("src").Select(Load).ToList();

    public static string PathOf(string repositoryRelative) => "/repo/" + repositoryRelative;

    private static IReadOnlyList<CorpusProject> LoadSamples()
    {
        var projects = new List<CorpusProject>();
        var root = Path.Combine(Repo.Root, "docs", "samples");
        foreach (var folder in Directory.EnumerateDirectories(root).OrderBy(f => f, StringComparer.Ordinal))
        {
            var projectFile = Directory.EnumerateFiles(folder, "*.csproj").FirstOrDefault();
            var files = Repo.CSharpFiles(Repo.Relative(folder)).Select(Load).ToList();
            if (projectFile is null || files.Count == 0)
            {
                continue;
            }

            var project = File.ReadAllText(projectFile);
            var usings = project.Contains("<ImplicitUsings>enable</ImplicitUsings>", StringComparison.Ordinal)
                ? SdkUsings.Concat(project.Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal) ? WebSdkUsings : Array.Empty<string>())
                : Array.Empty<string>();
            projects.Add(Create(Repo.Relative(folder), files, usings, Path.Combine(folder, "PrivacyPolicy.txt")));
        }

        return projects;
    }

    private static IReadOnlyList<CorpusProject> LoadSeeds()
    {
        var root = Path.Combine(Repo.TestProject, "Corpus");
        var policy = Path.Combine(root, "PrivacyPolicy.txt");
        return Directory.EnumerateDirectories(root).OrderBy(f => f, StringComparer.Ordinal)
            .Select(folder => Create(
                Repo.Relative(folder),
                Repo.CSharpFiles(Repo.Relative(folder)).Select(Load).ToList(),
                Array.Empty<string>(),
                policy,
                Directory.EnumerateFiles(folder, "*.globalconfig").OrderBy(f => f, StringComparer.Ordinal).Select(Load),
                StubReferences(folder)))
            .ToList();
    }

    /// <summary>
    /// The references of a seed that lists the platform stubs it uses in <c>References.txt</c> (one
    /// assembly file a line), as an app of one platform references only that platform's packages: the
    /// framework, the annotations and those stubs. Without the file, every stub (<see cref="TestReferences.All"/>).
    /// </summary>
    private static ImmutableArray<MetadataReference>? StubReferences(string folder)
    {
        var list = Path.Combine(folder, "References.txt");
        if (!File.Exists(list))
        {
            return null;
        }

        var files = File.ReadAllLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var unknown = files.Except(TestReferences.PlatformStubFiles, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{list} names stubs the build did not record: {string.Join(", ", unknown)}");
        }

        return TestReferences.Framework.Add(TestReferences.Annotations).AddRange(
            TestReferences.PlatformStubFiles.Select((file, i) => (file, reference: TestReferences.PlatformStubs[i])).Where(s => files.Contains(s.file, StringComparer.Ordinal)).Select(s => s.reference));
    }

    private static CorpusProject Create(string name, List<SourceFile> files, IEnumerable<string> usings, string policyFile, IEnumerable<SourceFile>? globalConfigs = null, ImmutableArray<MetadataReference>? references = null)
    {
        var globalUsings = string.Concat(usings.Select(u => "global using global::" + u + ";\n"));
        if (globalUsings.Length > 0)
        {
            files.Add(new SourceFile(PathOf(name + "/obj/GlobalUsings.g.cs"), "// <auto-generated/>\n" + globalUsings, Generated: true));
        }

        var topLevel = files.Any(f => CSharpSyntaxTree.ParseText(f.Text, Analysis.ParseOptions).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any());
        var hasPolicy = File.Exists(policyFile);
        return new CorpusProject(
            name,
            files.ToImmutableArray(),
            topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            hasPolicy ? PathOf(Repo.Relative(policyFile)) : null,
            hasPolicy ? File.ReadAllText(policyFile) : null,
            references ?? TestReferences.All,
            (globalConfigs ?? Enumerable.Empty<SourceFile>()).ToImmutableArray());
    }

    private static SourceFile Load(string path) => new(PathOf(Repo.Relative(path)), File.ReadAllText(path));
}
