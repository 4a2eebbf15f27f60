namespace PrivacyAnalyzers.Manifests.Formats.Apple
{
    /// <summary>
    /// The keys and values of Apple's privacy manifest, PrivacyInfo.xcprivacy: the one table the writer
    /// and its checks use; nothing else is written. The required-reason categories and codes come from the
    /// analyzer's table (<c>RequiredReasonInfo</c>).
    /// Keys: https://developer.apple.com/documentation/bundleresources/privacy_manifest_files
    /// Data types and purposes: https://developer.apple.com/documentation/bundleresources/privacy_manifest_files/describing_data_use_in_privacy_manifests
    /// Required reasons: https://developer.apple.com/documentation/bundleresources/privacy_manifest_files/describing_use_of_required_reason_api
    /// </summary>
    public static class XcPrivacyKeys
    {
        public const string Documentation = "https://developer.apple.com/documentation/bundleresources/privacy_manifest_files";

        public const string Tracking = "NSPrivacyTracking";
        public const string TrackingDomains = "NSPrivacyTrackingDomains";
        public const string CollectedDataTypes = "NSPrivacyCollectedDataTypes";
        public const string CollectedDataType = "NSPrivacyCollectedDataType";
        public const string CollectedDataTypeLinked = "NSPrivacyCollectedDataTypeLinked";
        public const string CollectedDataTypeTracking = "NSPrivacyCollectedDataTypeTracking";
        public const string CollectedDataTypePurposes = "NSPrivacyCollectedDataTypePurposes";
        public const string AccessedApiTypes = "NSPrivacyAccessedAPITypes";
        public const string AccessedApiType = "NSPrivacyAccessedAPIType";
        public const string AccessedApiTypeReasons = "NSPrivacyAccessedAPITypeReasons";

        /// <summary>The top-level keys, with the plist type each holds.</summary>
        public static IReadOnlyDictionary<string, string> TopLevel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Tracking] = "boolean",
            [TrackingDomains] = "array",
            [CollectedDataTypes] = "array",
            [AccessedApiTypes] = "array",
        };

        /// <summary>The keys of one <c>NSPrivacyCollectedDataTypes</c> dictionary.</summary>
        public static IReadOnlyDictionary<string, string> CollectedDataTypeKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CollectedDataType] = "string",
            [CollectedDataTypeLinked] = "boolean",
            [CollectedDataTypeTracking] = "boolean",
            [CollectedDataTypePurposes] = "array",
        };

        /// <summary>The keys of one <c>NSPrivacyAccessedAPITypes</c> dictionary.</summary>
        public static IReadOnlyDictionary<string, string> AccessedApiTypeKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AccessedApiType] = "string",
            [AccessedApiTypeReasons] = "array",
        };

        /// <summary>Apple's collected data types (describing_data_use_in_privacy_manifests, "Data types").</summary>
        public static IReadOnlySet<string> DataTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
        {
            // Contact info
            "NSPrivacyCollectedDataTypeName", "NSPrivacyCollectedDataTypeEmailAddress", "NSPrivacyCollectedDataTypePhoneNumber",
            "NSPrivacyCollectedDataTypePhysicalAddress", "NSPrivacyCollectedDataTypeOtherUserContactInfo",
            // Health and fitness
            "NSPrivacyCollectedDataTypeHealth", "NSPrivacyCollectedDataTypeFitness",
            // Financial info
            "NSPrivacyCollectedDataTypePaymentInfo", "NSPrivacyCollectedDataTypeCreditInfo", "NSPrivacyCollectedDataTypeOtherFinancialInfo",
            // Location
            "NSPrivacyCollectedDataTypePreciseLocation", "NSPrivacyCollectedDataTypeCoarseLocation",
            // Sensitive info, contacts
            "NSPrivacyCollectedDataTypeSensitiveInfo", "NSPrivacyCollectedDataTypeContacts",
            // User content
            "NSPrivacyCollectedDataTypeEmailsOrTextMessages", "NSPrivacyCollectedDataTypePhotosorVideos", "NSPrivacyCollectedDataTypeAudioData",
            "NSPrivacyCollectedDataTypeGameplayContent", "NSPrivacyCollectedDataTypeCustomerSupport", "NSPrivacyCollectedDataTypeOtherUserContent",
            // Browsing and search history
            "NSPrivacyCollectedDataTypeBrowsingHistory", "NSPrivacyCollectedDataTypeSearchHistory",
            // Identifiers
            "NSPrivacyCollectedDataTypeUserID", "NSPrivacyCollectedDataTypeDeviceID",
            // Purchases, usage data
            "NSPrivacyCollectedDataTypePurchaseHistory", "NSPrivacyCollectedDataTypeProductInteraction", "NSPrivacyCollectedDataTypeAdvertisingData",
            "NSPrivacyCollectedDataTypeOtherUsageData",
            // Diagnostics
            "NSPrivacyCollectedDataTypeCrashData", "NSPrivacyCollectedDataTypePerformanceData", "NSPrivacyCollectedDataTypeOtherDiagnosticData",
            // Surroundings, body
            "NSPrivacyCollectedDataTypeEnvironmentScanning", "NSPrivacyCollectedDataTypeHands", "NSPrivacyCollectedDataTypeHead",
            // Other
            "NSPrivacyCollectedDataTypeOtherDataTypes",
        };

        /// <summary>Apple's collection purposes (describing_data_use_in_privacy_manifests, "Collection purposes").</summary>
        public static IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal)
        {
            "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising",
            "NSPrivacyCollectedDataTypePurposeDeveloperAdvertising",
            "NSPrivacyCollectedDataTypePurposeAnalytics",
            "NSPrivacyCollectedDataTypePurposeProductPersonalization",
            "NSPrivacyCollectedDataTypePurposeAppFunctionality",
            "NSPrivacyCollectedDataTypePurposeOther",
        };
    }
}
