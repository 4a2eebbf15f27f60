namespace PrivacyAnalyzers
{
    /// <summary>
    /// The categories of Apple's required-reason APIs, as the privacy manifest names them
    /// (<c>NSPrivacyAccessedAPIType</c>). Checked against the analyzer's category table by a test.
    /// See https://developer.apple.com/documentation/bundleresources/privacy_manifest_files/describing_use_of_required_reason_api.
    /// </summary>
    public static class RequiredReasonApis
    {
        /// <summary>File timestamp APIs: <c>NSPrivacyAccessedAPICategoryFileTimestamp</c> (DDA9.1, C617.1, 3B52.1, 0A2A.1).</summary>
        public const string FileTimestamp = "NSPrivacyAccessedAPICategoryFileTimestamp";

        /// <summary>System boot time APIs: <c>NSPrivacyAccessedAPICategorySystemBootTime</c> (35F9.1, 8FFB.1, 3D61.1).</summary>
        public const string SystemBootTime = "NSPrivacyAccessedAPICategorySystemBootTime";

        /// <summary>Disk space APIs: <c>NSPrivacyAccessedAPICategoryDiskSpace</c> (85F4.1, E174.1, 7D9E.1, B728.1).</summary>
        public const string DiskSpace = "NSPrivacyAccessedAPICategoryDiskSpace";

        /// <summary>Active keyboard APIs: <c>NSPrivacyAccessedAPICategoryActiveKeyboards</c> (3EC4.1, 54BD.1).</summary>
        public const string ActiveKeyboards = "NSPrivacyAccessedAPICategoryActiveKeyboards";

        /// <summary>User defaults APIs: <c>NSPrivacyAccessedAPICategoryUserDefaults</c> (CA92.1, 1C8F.1, C56D.1, AC6B.1).</summary>
        public const string UserDefaults = "NSPrivacyAccessedAPICategoryUserDefaults";
    }
}
