using System.Collections.Immutable;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Tests.Verifiers;

/// <summary>
/// The metadata references analyzed code compiles against: the running .NET and ASP.NET Core shared
/// frameworks (real), the annotations assembly and the platform stubs. The same set as
/// tests/PrivacyAnalyzers.Tests/Verifiers/TestReferences.cs, without its <c>ReferenceAssemblies</c>
/// member (Microsoft.CodeAnalysis.Testing, which this project does not reference);
/// <c>HygieneTests.StubListMatchesTheAnalyzerTests</c> keeps the two stub lists in step.
/// </summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> Framework { get; } = LoadFramework();

    public static MetadataReference Annotations { get; } = FromBin("PrivacyAnalyzers.Annotations.dll");

    public static ImmutableArray<string> PlatformStubNames { get; } = ImmutableArray.Create(
        "Microsoft.Maui.Essentials.dll",
        "Xamarin.Essentials.dll",
        "Mono.Android.dll",
        "Microsoft.iOS.dll",
        "Xamarin.GooglePlayServices.Tasks.dll",
        "Xamarin.GooglePlayServices.Location.dll",
        "Xamarin.GooglePlayServices.Ads.Identifier.dll",
        "System.Management.dll",
        "System.Drawing.Common.dll",
        "System.Windows.Forms.dll",
        "PresentationCore.dll",
        "System.DirectoryServices.AccountManagement.dll",
        "Microsoft.Windows.SDK.NET.dll",
        "UnityEngine.dll",
        "Microsoft.AppCenter.dll",
        "Firebase.Analytics.dll");

    public static ImmutableArray<MetadataReference> PlatformStubs { get; } = PlatformStubNames.Select(FromBin).ToImmutableArray();

    /// <summary>Everything: what an app on any supported platform could reference.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Framework.Add(Annotations).AddRange(PlatformStubs);

    /// <summary><see cref="All"/> plus Roslyn, so the project's own sources bind when they are the analyzed code.</summary>
    public static ImmutableArray<MetadataReference> WithRoslyn { get; } = All.AddRange(new[]
    {
        typeof(Compilation).Assembly,
        typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly,
        typeof(Workspace).Assembly,
        typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions).Assembly,
    }.Distinct().Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)));

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
