using System.Reflection;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>The repository root and the files the suite reads from it (samples, sources, seed programs).</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string TestProject => Path.Combine(Root, "tests", "PrivacyAnalyzers.Robustness.Tests");

    /// <summary>The C# files under a folder of the repository, build output left out, in a stable order.</summary>
    public static IReadOnlyList<string> CSharpFiles(string relativeFolder)
        => Directory.EnumerateFiles(Path.Combine(Root, relativeFolder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .OrderBy(f => Relative(f), StringComparer.Ordinal)
            .ToList();

    /// <summary>A path relative to the root, with forward slashes, the same on every machine.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static bool IsBuildOutput(string path)
    {
        var parts = Relative(path).Split('/');
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static string Find()
    {
        // Written at build time by Directory.Build.props; survives builds with --artifacts-path.
        var recorded = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded != null && File.Exists(Path.Combine(recorded, "PrivacyAnalyzers.sln")))
        {
            return Path.GetFullPath(recorded);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PrivacyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
