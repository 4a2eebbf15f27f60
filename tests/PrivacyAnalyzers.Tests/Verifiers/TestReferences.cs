using System.Collections.Immutable;
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

    public static ImmutableArray<MetadataReference> PlatformStubs { get; } = ImmutableArray.Create(
        FromBin("Microsoft.Maui.Essentials.dll"),
        FromBin("Xamarin.Essentials.dll"),
        FromBin("Mono.Android.dll"),
        FromBin("Microsoft.iOS.dll"),
        FromBin("Xamarin.GooglePlayServices.Tasks.dll"),
        FromBin("Xamarin.GooglePlayServices.Location.dll"),
        FromBin("Xamarin.GooglePlayServices.Ads.Identifier.dll"),
        FromBin("System.Management.dll"),
        FromBin("System.Drawing.Common.dll"),
        FromBin("System.Windows.Forms.dll"),
        FromBin("PresentationCore.dll"),
        FromBin("System.DirectoryServices.AccountManagement.dll"),
        FromBin("Microsoft.Windows.SDK.NET.dll"),
        FromBin("UnityEngine.dll"),
        FromBin("Microsoft.AppCenter.dll"),
        FromBin("Firebase.Analytics.dll"));

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
