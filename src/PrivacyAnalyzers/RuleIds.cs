namespace PrivacyAnalyzers
{
    /// <summary>The rule ids users rely on (DESIGN.md); one doc page each under docs/rules/.</summary>
    public static class RuleIds
    {
        /// <summary>Personal data collected without a declared purpose.</summary>
        public const string UndeclaredCollection = "PRIV001";

        /// <summary>
        /// Every collection site, declared or not, for inventories (the <c>privacy</c> tool, SARIF).
        /// Disabled by default: it is data, not a finding.
        /// </summary>
        public const string CollectionSite = "PRIV007";
    }
}
