namespace PrivacyAnalyzers
{
    /// <summary>The rule ids users rely on (DESIGN.md); one doc page each under docs/rules/.</summary>
    // Linked into PrivacyAnalyzers.Manifests (Roslyn-free) as internal: the CLI references both assemblies and must see one type.
#if PRIVACY_MANIFESTS
    internal
#else
    public
#endif
    static class RuleIds
    {
        /// <summary>Personal data collected without a declared purpose.</summary>
        public const string UndeclaredCollection = "PRIV001";

        /// <summary>A declared purpose the privacy policy does not allow for that category.</summary>
        public const string PurposeNotAllowed = "PRIV002";

        /// <summary>A category collected that the privacy policy does not disclose at all.</summary>
        public const string CategoryNotDisclosed = "PRIV003";

        /// <summary>A declaration that covers no collection site.</summary>
        public const string UnusedDeclaration = "PRIV004";

        /// <summary>A malformed line in PrivacyPolicy.txt or PersonalDataSources.txt.</summary>
        public const string MalformedFile = "PRIV005";

        /// <summary>An unknown category or purpose id in an attribute.</summary>
        public const string UnknownId = "PRIV006";

        /// <summary>
        /// Every collection site, declared or not, for inventories (the <c>privacy</c> tool, SARIF).
        /// Disabled by default: it is data, not a finding.
        /// </summary>
        public const string CollectionSite = "PRIV007";

        /// <summary>A value-aware source used with a value known only at run time: it may collect personal data.</summary>
        public const string PossibleCollection = "PRIV008";

        /// <summary>A former, non-fideslang id (such as <c>user.location.coarse</c>): accepted, read as its fideslang replacement.</summary>
        public const string DeprecatedId = "PRIV009";

        /// <summary>Personal data written to a log without redaction.</summary>
        public const string FlowToLog = "PRIV101";

        /// <summary>Personal data sent to a third party that is not a declared recipient.</summary>
        public const string FlowToThirdParty = "PRIV102";

        /// <summary>Personal data sent over the network.</summary>
        public const string FlowToNetwork = "PRIV103";

        /// <summary>Personal data stored on the device or in a database.</summary>
        public const string FlowToStorage = "PRIV104";

        /// <summary>
        /// Every flow of personal data to a sink, declared recipient or not, pseudonymised or not, for
        /// inventories (the <c>privacy</c> tool's "shared with"). Disabled by default: it is data, not a finding.
        /// </summary>
        public const string FlowInventory = "PRIV105";

        /// <summary>An Apple required-reason API used without a declared reason (Apple targets only).</summary>
        public const string RequiredReasonUndeclared = "PRIV201";

        /// <summary>A declared reason code that does not belong to its required-reason category.</summary>
        public const string RequiredReasonWrongCode = "PRIV202";

        /// <summary>A declared reason that the code visibly contradicts.</summary>
        public const string RequiredReasonContradicted = "PRIV203";

        /// <summary>A reference to the .NET binding of an SDK on Apple's list of commonly used SDKs.</summary>
        public const string CommonlyUsedSdk = "PRIV204";

        /// <summary>
        /// Every <c>[UsesRequiredReasonApi]</c> declaration, with its category and reasons, for the manifest
        /// (<c>privacy scan --format xcprivacy</c>). Disabled by default: it is data, not a finding.
        /// </summary>
        public const string RequiredReasonDeclaration = "PRIV205";
    }
}
