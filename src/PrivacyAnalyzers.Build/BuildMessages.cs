namespace PrivacyAnalyzers.Build
{
    /// <summary>
    /// The codes of what the build tasks and targets log, one place (docs/msbuild.md lists them). They are not
    /// analyzer rules: PRIVB is MSBuild's family, so a code never collides with a PRIV rule id.
    /// </summary>
    internal static class BuildMessages
    {
        /// <summary>The compiler's log is missing, unreadable, truncated, not SARIF 2.1, or not the compiler's.</summary>
        public const string BadLog = "PRIVB001";

        /// <summary>The project's own ErrorLog is not SARIF 2.1 (reported by the targets).</summary>
        public const string UserLogNotSarif21 = "PRIVB002";

        /// <summary>PrivacyManifestFormats names formats the build does not write yet.</summary>
        public const string FormatsNotSupported = "PRIVB003";

        /// <summary>The .NET Framework MSBuild (Visual Studio's msbuild.exe) cannot load the tasks (reported by the targets).</summary>
        public const string NotCoreMSBuild = "PRIVB004";

        /// <summary>Two target frameworks' manifests disagree, or one of them cannot be read.</summary>
        public const string MergeFailed = "PRIVB005";

        /// <summary>The manifest could not be written or copied.</summary>
        public const string WriteFailed = "PRIVB006";

        /// <summary>A required task parameter is empty.</summary>
        public const string BadParameter = "PRIVB007";
    }
}
