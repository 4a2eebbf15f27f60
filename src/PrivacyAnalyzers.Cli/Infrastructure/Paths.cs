namespace PrivacyAnalyzers.Cli
{
    /// <summary>Paths as the manifest writes them: relative to the scanned root, with forward slashes.</summary>
    internal static class Paths
    {
        public static string Relative(string root, string path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return string.Empty;
            }

            // Generated sources may have a generator-relative name rather than a path on disk.
            var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(root, path) : path;
            return relative.Replace('\\', '/');
        }
    }
}
