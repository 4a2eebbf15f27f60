using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Cli.Loading;

namespace PrivacyAnalyzers.TestCorpus;

/// <summary>
/// Turns a generated corpus into compilations: the trees are parsed once, each measurement gets a
/// fresh compilation (nothing bound yet) over the same trees and the same metadata references, as a
/// build or an IDE would see it.
/// </summary>
public static class CorpusCompilation
{
    /// <summary>The running .NET and ASP.NET Core shared frameworks (real), and the annotations assembly.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = LoadReferences();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static ImmutableArray<SyntaxTree> Parse(Corpus corpus)
        => corpus.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: "/corpus/" + f.Path)).ToImmutableArray();

    public static CSharpCompilation Create(
        string assemblyName,
        IEnumerable<SyntaxTree> trees,
        IEnumerable<MetadataReference>? references = null,
        IEnumerable<KeyValuePair<string, ReportDiagnostic>>? specificDiagnosticOptions = null)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: true,
            specificDiagnosticOptions: specificDiagnosticOptions);
        return CSharpCompilation.Create(assemblyName, trees, references ?? References, options);
    }

    /// <summary>The managed assemblies of a folder, in a stable order: native files are skipped.</summary>
    public static IEnumerable<MetadataReference> ManagedAssembliesIn(string directory) => ManagedAssemblies.In(directory);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspNetCore = Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.HttpContext).Assembly.Location)!;
        return ManagedAssembliesIn(netCore)
            .Concat(ManagedAssembliesIn(aspNetCore))
            .Append(MetadataReference.CreateFromFile(typeof(CollectsPersonalDataAttribute).Assembly.Location))
            .ToImmutableArray();
    }
}
