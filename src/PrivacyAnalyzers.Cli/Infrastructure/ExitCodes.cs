namespace PrivacyAnalyzers.Cli
{
    /// <summary>The tool's exit codes (docs/manifest.md, docs/ci.md).</summary>
    internal static class ExitCodes
    {
        /// <summary>Success: scan written; check found nothing; diff found no growth.</summary>
        public const int Success = 0;

        /// <summary>check: findings; diff: collection grew.</summary>
        public const int Findings = 1;

        /// <summary>Bad usage, a missing or unloadable input, a project that does not compile, a failed write.</summary>
        public const int UsageOrLoadError = 2;

        /// <summary>
        /// check: no findings, but the scan could not see all the code (a catalogued platform's references did not
        /// resolve, or platform code under an <c>#if</c> was not analysed): never a pass (docs/ci.md).
        /// </summary>
        public const int IncompleteCoverage = 3;

        /// <summary>Cancelled (Ctrl-C), as shells report SIGINT.</summary>
        public const int Cancelled = 130;
    }

    /// <summary>An expected failure: its message is printed as one line on stderr, with no stack trace.</summary>
    internal sealed class ToolException : Exception
    {
        public ToolException(string message, int exitCode = ExitCodes.UsageOrLoadError)
            : base(message)
        {
            ExitCode = exitCode;
        }

        public ToolException(string message, Exception inner, int exitCode = ExitCodes.UsageOrLoadError)
            : base(message, inner)
        {
            ExitCode = exitCode;
        }

        public int ExitCode { get; }
    }
}
