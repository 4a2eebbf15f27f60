namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// Apple's <c>NSPrivacyCollectedDataType</c> values, from "Describing data use in privacy
    /// manifests" (developer.apple.com/documentation/bundleresources/describing-data-use-in-privacy-manifests).
    /// Only the values the taxonomy maps to are listed; docs/manifest.md has the whole list.
    /// </summary>
    internal static class AppleDataTypes
    {
        public const string Name = "NSPrivacyCollectedDataTypeName";
        public const string EmailAddress = "NSPrivacyCollectedDataTypeEmailAddress";
        public const string PhoneNumber = "NSPrivacyCollectedDataTypePhoneNumber";
        public const string PhysicalAddress = "NSPrivacyCollectedDataTypePhysicalAddress";
        public const string Health = "NSPrivacyCollectedDataTypeHealth";
        public const string PaymentInfo = "NSPrivacyCollectedDataTypePaymentInfo";
        public const string OtherFinancialInfo = "NSPrivacyCollectedDataTypeOtherFinancialInfo";
        public const string PreciseLocation = "NSPrivacyCollectedDataTypePreciseLocation";
        public const string CoarseLocation = "NSPrivacyCollectedDataTypeCoarseLocation";
        public const string SensitiveInfo = "NSPrivacyCollectedDataTypeSensitiveInfo";
        public const string Contacts = "NSPrivacyCollectedDataTypeContacts";
        public const string PhotosOrVideos = "NSPrivacyCollectedDataTypePhotosorVideos";
        public const string AudioData = "NSPrivacyCollectedDataTypeAudioData";
        public const string OtherUserContent = "NSPrivacyCollectedDataTypeOtherUserContent";
        public const string BrowsingHistory = "NSPrivacyCollectedDataTypeBrowsingHistory";
        public const string SearchHistory = "NSPrivacyCollectedDataTypeSearchHistory";
        public const string UserId = "NSPrivacyCollectedDataTypeUserID";
        public const string DeviceId = "NSPrivacyCollectedDataTypeDeviceID";
        public const string PurchaseHistory = "NSPrivacyCollectedDataTypePurchaseHistory";
        public const string ProductInteraction = "NSPrivacyCollectedDataTypeProductInteraction";
        public const string OtherDiagnosticData = "NSPrivacyCollectedDataTypeOtherDiagnosticData";
        public const string OtherDataTypes = "NSPrivacyCollectedDataTypeOtherDataTypes";
        public const string OtherUserContactInfo = "NSPrivacyCollectedDataTypeOtherUserContactInfo";
        public const string OtherUsageData = "NSPrivacyCollectedDataTypeOtherUsageData";
    }

    /// <summary>Apple's <c>NSPrivacyCollectedDataTypePurposes</c> values (same page as <see cref="AppleDataTypes"/>).</summary>
    internal static class ApplePurposes
    {
        public const string ThirdPartyAdvertising = "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising";
        public const string DeveloperAdvertising = "NSPrivacyCollectedDataTypePurposeDeveloperAdvertising";
        public const string Analytics = "NSPrivacyCollectedDataTypePurposeAnalytics";
        public const string ProductPersonalization = "NSPrivacyCollectedDataTypePurposeProductPersonalization";
        public const string AppFunctionality = "NSPrivacyCollectedDataTypePurposeAppFunctionality";
        public const string Other = "NSPrivacyCollectedDataTypePurposeOther";
    }

    /// <summary>
    /// Google Play Data safety data type ids, as the Play Console's Data safety CSV names them in its
    /// "Response ID" column under the <c>PSL_DATA_TYPES_*</c> questions (see docs/manifest.md).
    /// </summary>
    internal static class GooglePlayDataTypes
    {
        public const string Name = "PSL_NAME";
        public const string Email = "PSL_EMAIL";
        public const string UserIds = "PSL_USER_ACCOUNT";
        public const string Address = "PSL_ADDRESS";
        public const string Phone = "PSL_PHONE";
        public const string SexualOrientationOrGenderIdentity = "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY";
        public const string OtherPersonalInfo = "PSL_OTHER_PERSONAL";
        public const string PaymentInfo = "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER";
        public const string PurchaseHistory = "PSL_PURCHASE_HISTORY";
        public const string OtherFinancialInfo = "PSL_OTHER";
        public const string ApproximateLocation = "PSL_APPROX_LOCATION";
        public const string PreciseLocation = "PSL_PRECISE_LOCATION";
        public const string WebBrowsingHistory = "PSL_WEB_BROWSING_HISTORY";
        public const string Photos = "PSL_PHOTOS";
        public const string VoiceOrSoundRecordings = "PSL_AUDIO";
        public const string HealthInfo = "PSL_HEALTH";
        public const string Contacts = "PSL_CONTACTS";
        public const string Diagnostics = "PSL_PERFORMANCE_DIAGNOSTICS";
        public const string AppInteractions = "PSL_USER_INTERACTION";
        public const string InAppSearchHistory = "PSL_IN_APP_SEARCH_HISTORY";
        public const string OtherUserGeneratedContent = "PSL_USER_GENERATED_CONTENT";
        public const string OtherAppActivity = "PSL_OTHER_APP_ACTIVITY";
        public const string DeviceOrOtherIds = "PSL_DEVICE_ID";
        public const string RaceAndEthnicity = "PSL_RACE_ETHNICITY";
        public const string PoliticalOrReligiousBeliefs = "PSL_POLITICAL_RELIGIOUS";
        public const string OtherPerformance = "PSL_OTHER_PERFORMANCE";
    }

    /// <summary>Google Play Data safety purpose ids (<c>DATA_USAGE_COLLECTION_PURPOSE</c> responses).</summary>
    internal static class GooglePlayPurposes
    {
        public const string AppFunctionality = "PSL_APP_FUNCTIONALITY";
        public const string Analytics = "PSL_ANALYTICS";
        public const string DeveloperCommunications = "PSL_DEVELOPER_COMMUNICATIONS";
        public const string FraudPreventionSecurityAndCompliance = "PSL_FRAUD_PREVENTION_SECURITY";
        public const string AdvertisingOrMarketing = "PSL_ADVERTISING";
        public const string Personalization = "PSL_PERSONALIZATION";
        public const string AccountManagement = "PSL_ACCOUNT_MANAGEMENT";
    }
}
