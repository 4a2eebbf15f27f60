namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>Finds the repository root from the test binaries, so doc checks read the real files.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
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
