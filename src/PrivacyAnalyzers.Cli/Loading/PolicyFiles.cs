namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// <c>--policy FILE</c> hands a policy file to the analyzers as the project's PrivacyPolicy.txt.
    /// The analyzers know the policy by that file name, so a file named otherwise is shown to them under
    /// that name, in its own folder; locations in that virtual path are mapped back to the real file.
    /// </summary>
    internal static class PolicyFiles
    {
        public const string FileName = "PrivacyPolicy.txt";

        /// <summary>The path the analyzers see for a policy file given with --policy.</summary>
        public static string AnalyzerPath(string policyFile)
            => string.Equals(Path.GetFileName(policyFile), FileName, StringComparison.OrdinalIgnoreCase)
                ? policyFile
                : Path.Combine(Path.GetDirectoryName(policyFile)!, FileName);

        public static bool IsPolicyFile(string? path)
            => path is not null && string.Equals(Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>Resolves and checks a --policy argument, or returns null when none was given.</summary>
        public static string? Resolve(string? argument)
        {
            if (argument is null)
            {
                return null;
            }

            var full = Path.GetFullPath(argument);
            if (!File.Exists(full))
            {
                throw new ToolException($"Policy file '{argument}' does not exist.");
            }

            return full;
        }
    }
}
