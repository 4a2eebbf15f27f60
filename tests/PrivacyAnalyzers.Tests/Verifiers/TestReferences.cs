using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Tests.Verifiers;

/// <summary>
/// The metadata references test code compiles against: the running .NET and ASP.NET Core shared
/// frameworks (real), the annotations assembly, and the platform stubs (faithful, separate
/// assemblies, as an app would reference them). Shared, linked, by every test project that compiles code.
/// </summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> Framework { get; } = LoadFramework();

    public static MetadataReference Annotations { get; } = FromBin("PrivacyAnalyzers.Annotations.dll");

    /// <summary>
    /// The assembly file names of the platform stubs, in ordinal order, as the build recorded them: one
    /// <c>[AssemblyMetadata("PlatformStub", file)]</c> per stub referenced through tests/Stubs/PlatformStubs.props.
    /// </summary>
    public static ImmutableArray<string> PlatformStubFiles { get; } = RecordedPlatformStubs();

    public static ImmutableArray<MetadataReference> PlatformStubs { get; } =
        PlatformStubFiles.Select(FromBin).ToImmutableArray();

    /// <summary>Everything: what an app on any supported platform could reference.</summary>
    public static ImmutableArray<MetadataReference> All { get; } =
        Framework.Add(Annotations).AddRange(PlatformStubs);

    /// <summary><see cref="All"/> plus Roslyn, so the project's own sources bind when they are the analyzed code.</summary>
    public static ImmutableArray<MetadataReference> WithRoslyn { get; } = All.AddRange(new[]
    {
        typeof(Compilation).Assembly,
        typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly,
        typeof(Workspace).Assembly,
        typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions).Assembly,
    }.Distinct().Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)));

    private static ImmutableArray<string> RecordedPlatformStubs()
    {
        var files = typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == "PlatformStub" && a.Value != null)
            .Select(a => a.Value!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToImmutableArray();
        if (files.IsEmpty)
        {
            throw new InvalidOperationException(
                "No [AssemblyMetadata(\"PlatformStub\", ...)] on " + typeof(TestReferences).Assembly.GetName().Name
                + ": the test project must import tests/Stubs/PlatformStubs.props.");
        }

        return files;
    }

    private static MetadataReference FromBin(string fileName)
        => MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, fileName));

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspNetCore = Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Http.HttpContext).Assembly.Location)!;
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var directory in new[] { netCore, aspNetCore })
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
            {
                if (IsManagedAssembly(file))
                {
                    builder.Add(MetadataReference.CreateFromFile(file));
                }
            }
        }

        return builder.ToImmutable();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
