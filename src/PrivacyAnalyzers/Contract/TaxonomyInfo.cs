using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Contract
{
    /// <summary>
    /// What tools may ask the taxonomy: display names, the hierarchy, and the Apple and Google Play
    /// equivalents every output format reads. A thin public face over the internal tables, so the
    /// tables can change shape without the tools noticing.
    /// </summary>
    // Linked into PrivacyAnalyzers.Manifests (Roslyn-free) as internal: the CLI references both assemblies and must see one type.
#if PRIVACY_MANIFESTS
    internal
#else
    public
#endif
    static class TaxonomyInfo
    {
        /// <summary>Apple's purpose for anything that maps to no other (<c>NSPrivacyCollectedDataTypePurposeOther</c>).</summary>
        public const string AppleOtherPurpose = ApplePurposes.Other;

        /// <summary>Google Play Data safety purpose ids (<c>PSL_*</c>), for the tools that write Play's form.</summary>
        public static class GooglePlayPurposes
        {
            public const string AppFunctionality = Taxonomy.GooglePlayPurposes.AppFunctionality;
            public const string Analytics = Taxonomy.GooglePlayPurposes.Analytics;
            public const string DeveloperCommunications = Taxonomy.GooglePlayPurposes.DeveloperCommunications;
            public const string FraudPreventionSecurityAndCompliance = Taxonomy.GooglePlayPurposes.FraudPreventionSecurityAndCompliance;
            public const string AdvertisingOrMarketing = Taxonomy.GooglePlayPurposes.AdvertisingOrMarketing;
            public const string Personalization = Taxonomy.GooglePlayPurposes.Personalization;
            public const string AccountManagement = Taxonomy.GooglePlayPurposes.AccountManagement;
        }

        /// <summary>The fideslang release whose ids the taxonomy is (the vendored files'), such as <c>3.1.2</c>.</summary>
        public static string FideslangVersion => Fideslang.Version;

        /// <summary>Fideslang's data subject ids (<c>customer</c>, <c>employee</c>…), in id order, for formats that name them.</summary>
        public static System.Collections.Generic.IReadOnlyList<string> DataSubjects { get; } = DataSubjectIds();

        /// <summary>A category id as PrivacyAnalyzers emits it: a former, non-fideslang id's replacement (PRIV009), any other unchanged.</summary>
        public static string CanonicalCategory(string categoryId) => TaxonomyIndex.Canonical(categoryId, IdKind.Category);

        /// <summary>A purpose id as PrivacyAnalyzers emits it: a former, non-fideslang id's replacement (PRIV009), any other unchanged.</summary>
        public static string CanonicalPurpose(string purposeId) => TaxonomyIndex.Canonical(purposeId, IdKind.Purpose);

        /// <summary>The display name of a category id, or the id itself when it is a user-defined one.</summary>
        public static string CategoryDisplayName(string categoryId) => TaxonomyIndex.CategoryDisplayName(categoryId);

        /// <summary>The display name of a purpose id, or the id itself when it is a user-defined one.</summary>
        public static string PurposeDisplayName(string purposeId) => TaxonomyIndex.PurposeDisplayName(purposeId);

        /// <summary>Whether <paramref name="declared"/> covers <paramref name="collected"/>: the same id, or an ancestor at a segment boundary.</summary>
        public static bool Covers(string declared, string collected) => TaxonomyIndex.Covers(declared, collected);

        /// <summary>The Apple <c>NSPrivacyCollectedDataType</c> of a category (own or inherited; "other" when nothing maps).</summary>
        public static string AppleDataType(string categoryId) => TaxonomyIndex.AppleDataType(categoryId);

        /// <summary>The Google Play Data safety data type of a category (own or inherited), or null.</summary>
        public static string? GooglePlayDataType(string categoryId) => TaxonomyIndex.GooglePlayDataType(categoryId);

        /// <summary>Whether a category identifies the person (own or inherited flag).</summary>
        public static bool IdentifiesUser(string categoryId) => TaxonomyIndex.IdentifiesUser(categoryId);

        /// <summary>The Apple purpose of a purpose id (own or inherited; <see cref="AppleOtherPurpose"/> when nothing maps).</summary>
        public static string ApplePurpose(string purposeId) => TaxonomyIndex.ApplePurpose(purposeId);

        /// <summary>The Google Play purpose of a purpose id (own or inherited), or null.</summary>
        public static string? GooglePlayPurpose(string purposeId) => TaxonomyIndex.GooglePlayPurpose(purposeId);

        /// <summary>Whether a purpose is tracking in Apple's sense (own or inherited flag).</summary>
        public static bool IsTracking(string purposeId) => TaxonomyIndex.IsTracking(purposeId);

        private static string[] DataSubjectIds()
        {
            var ids = new string[DataSubjectTable.All.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = DataSubjectTable.All[i].Key;
            }

            return ids;
        }
    }
}
