using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>A group of analyzers loaded from files, with where they came from.</summary>
internal sealed record LoadedAnalyzers(string Name, string Source, ImmutableArray<DiagnosticAnalyzer> Analyzers);

/// <summary>
/// Loads the peers we compare against, the way a build loads them: the SDK's own NetAnalyzers from
/// the running SDK's folder, and Meziantou.Analyzer from its NuGet package. They are loaded into the
/// default load context, so they bind to the harness's Roslyn, as the compiler server binds them to its own.
/// </summary>
internal static class PeerAnalyzers
{
    private static readonly List<string> ProbeDirectories = new();

    static PeerAnalyzers()
    {
        // The C# NetAnalyzers depend on the language-neutral one, which sits beside them.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            foreach (var directory in ProbeDirectories)
            {
                var candidate = Path.Combine(directory, name.Name + ".dll");
                if (File.Exists(candidate))
                {
                    return context.LoadFromAssemblyPath(candidate);
                }
            }

            return null;
        };
    }

    /// <summary>The running SDK's analyzer folder: <c>{dotnet root}/sdk/{version}/Sdks/Microsoft.NET.Sdk/analyzers</c>.</summary>
    public static string SdkAnalyzerDirectory(string workingDirectory)
    {
        var dotnetRoot = DotnetRoot();
        var version = SdkVersion(workingDirectory);
        var sdkRoot = Path.Combine(dotnetRoot, "sdk");
        if (version is null || !Directory.Exists(Path.Combine(sdkRoot, version)))
        {
            // No CLI to ask: the newest SDK installed beside the runtime.
            version = Directory.EnumerateDirectories(sdkRoot)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(v => Version.TryParse(v.Split('-')[0], out _))
                .OrderBy(v => Version.Parse(v.Split('-')[0]))
                .LastOrDefault() ?? throw new InvalidOperationException("no SDK under " + sdkRoot);
        }

        return Path.Combine(sdkRoot, version, "Sdks", "Microsoft.NET.Sdk", "analyzers");
    }

    /// <summary>The running SDK's own compiler, as a build runs it with the compiler server off: <c>{dotnet root}/sdk/{version}/Roslyn/bincore/csc.dll</c>.</summary>
    public static string SdkCompiler(string workingDirectory)
    {
        var sdk = Path.GetFullPath(Path.Combine(SdkAnalyzerDirectory(workingDirectory), "..", "..", ".."));
        var csc = Path.Combine(sdk, "Roslyn", "bincore", "csc.dll");
        return File.Exists(csc) ? csc : throw new InvalidOperationException("no compiler at " + csc);
    }

    /// <summary>The <c>dotnet</c> host beside the running framework.</summary>
    public static string DotnetHost() => Path.Combine(DotnetRoot(), "dotnet");

    /// <summary>
    /// Compilation options for NetAnalyzers as the SDK applies them by default for net10.0
    /// (<c>AnalysisLevel</c> latest, mode Default): the severities of <c>analysislevel_10_default.globalconfig</c>.
    /// </summary>
    public static ImmutableDictionary<string, ReportDiagnostic> SdkDefaultSeverities(string analyzerDirectory)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        var file = Path.Combine(analyzerDirectory, "build", "config", "analysislevel_10_default.globalconfig");
        if (!File.Exists(file))
        {
            return builder.ToImmutable();
        }

        foreach (var line in File.ReadLines(file))
        {
            // dotnet_diagnostic.CA1516.severity = none
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !parts[0].StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) || !parts[0].EndsWith(".severity", StringComparison.Ordinal))
            {
                continue;
            }

            var id = parts[0].Substring("dotnet_diagnostic.".Length, parts[0].Length - "dotnet_diagnostic.".Length - ".severity".Length);
            builder[id] = parts[1] switch
            {
                "none" => ReportDiagnostic.Suppress,
                "silent" => ReportDiagnostic.Hidden,
                "suggestion" => ReportDiagnostic.Info,
                "warning" => ReportDiagnostic.Warn,
                "error" => ReportDiagnostic.Error,
                _ => ReportDiagnostic.Default,
            };
        }

        return builder.ToImmutable();
    }

    public static LoadedAnalyzers NetAnalyzers(string analyzerDirectory)
    {
        var files = new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .Select(f => Path.Combine(analyzerDirectory, f))
            .ToArray();
        return Load("NetAnalyzers", files);
    }

    /// <summary>Meziantou.Analyzer from its package, in the newest <c>roslynX.Y</c> flavour the harness's Roslyn can run.</summary>
    public static LoadedAnalyzers Meziantou()
    {
        var package = typeof(PeerAnalyzers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MeziantouAnalyzerPackage")?.Value;
        if (string.IsNullOrEmpty(package) || !Directory.Exists(package))
        {
            throw new InvalidOperationException("Meziantou.Analyzer package not restored (PkgMeziantou_Analyzer is empty)");
        }

        var roslyn = typeof(Compilation).Assembly.GetName().Version ?? new Version(4, 8);
        var flavour = Directory.EnumerateDirectories(Path.Combine(package, "analyzers", "dotnet"), "roslyn*")
            .Select(d => (Directory: d, Version: Version.TryParse(Path.GetFileName(d).Substring("roslyn".Length), out var v) ? v : null))
            .Where(x => x.Version != null && x.Version <= new Version(roslyn.Major, roslyn.Minor))
            .OrderBy(x => x.Version)
            .LastOrDefault();
        if (flavour.Directory is null)
        {
            throw new InvalidOperationException("no Meziantou.Analyzer flavour for Roslyn " + roslyn);
        }

        return Load("Meziantou.Analyzer", new[] { Path.Combine(flavour.Directory, "cs", "Meziantou.Analyzer.dll") });
    }

    private static LoadedAnalyzers Load(string name, string[] files)
    {
        var loader = new DefaultContextLoader();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        var failures = new List<string>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException(name + " not found", file);
            }

            ProbeDirectories.Add(Path.GetDirectoryName(file)!);
        }

        foreach (var file in files)
        {
            var reference = new AnalyzerFileReference(file, loader);
            reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{Path.GetFileName(file)}: {e.ErrorCode} {e.TypeName} {e.Message} {e.Exception?.Message}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException(name + " failed to load with Roslyn " + typeof(Compilation).Assembly.GetName().Version + ":\n  " + string.Join("\n  ", failures.Distinct().Take(10)));
        }

        return new LoadedAnalyzers(name, string.Join(", ", files), analyzers.ToImmutable());
    }

    private static string DotnetRoot()
    {
        // {root}/shared/Microsoft.NETCore.App/{version}/System.Private.CoreLib.dll
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
    }

    /// <summary>The SDK the CLI picks in the repository (global.json applies), or null without a CLI.</summary>
    private static string? SdkVersion(string workingDirectory)
    {
        try
        {
            var start = new ProcessStartInfo(Path.Combine(DotnetRoot(), "dotnet"), "--version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output.Split('\n')[^1].Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Loads analyzer assemblies into the default context, so they share the harness's Roslyn.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
        {
            var name = AssemblyName.GetAssemblyName(fullPath);
            foreach (var loaded in AssemblyLoadContext.Default.Assemblies)
            {
                if (string.Equals(loaded.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return loaded;
                }
            }

            return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
    }

    /// <summary>For reports: a version string of an assembly.</summary>
    public static string VersionOf(Assembly assembly)
        => assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString()
            ?? "?";

    /// <summary>For reports: a version string of an analyzer file.</summary>
    public static string FileVersionOf(string path)
        => FileVersionInfo.GetVersionInfo(path).ProductVersion?.Split('+')[0] ?? AssemblyName.GetAssemblyName(path).Version?.ToString() ?? "?";
}
