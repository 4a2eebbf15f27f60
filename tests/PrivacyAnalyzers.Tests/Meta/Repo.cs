using System.Reflection;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>Finds the repository root, so doc checks read the real files.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        // Written at build time by Directory.Build.props; survives builds with --artifacts-path.
        var recorded = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded != null && File.Exists(Path.Combine(recorded, "PrivacyAnalyzers.sln")))
        {
            return recorded;
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
