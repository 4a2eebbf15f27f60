namespace PrivacyAnalyzers.Accuracy;

/// <summary>
/// Folder mode scans loose .cs files with nothing restored. The runner copies a repository's .cs files
/// (same relative paths, so the manifest's paths are the labels' paths) to a scratch folder, so that a
/// .sln or .csproj in the tree never turns the scan into project mode, with any version of the tool.
/// </summary>
internal static class Staging
{
    private static readonly string[] SkippedFolders = { "bin", "obj", ".git", ".vs" };

    public static string CopySources(string repositoryFolder, string scratch)
    {
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }

        Directory.CreateDirectory(scratch);
        foreach (var file in Directory.EnumerateFiles(repositoryFolder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(repositoryFolder, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => SkippedFolders.Contains(part, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            var target = Path.Combine(scratch, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return scratch;
    }
}
