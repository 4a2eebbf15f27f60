namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// One row of the taxonomy: a data category or a purpose, keyed by its fideslang id, with
    /// its Apple and Google Play equivalents. A row without an equivalent of its own uses its nearest
    /// ancestor's (<see cref="TaxonomyIndex"/> resolves that), so only rows that differ from their
    /// parent name one.
    /// </summary>
    /// <param name="Id">The hierarchical Fides id, such as <c>user.device.device_id</c>.</param>
    /// <param name="DisplayName">The human name used in messages and manifests.</param>
    /// <param name="ConstantName">The name of the constant in <c>DataCategories</c> or <c>Purposes</c>.</param>
    /// <param name="Suggested">Purposes only: whether code fixes offer this purpose first, when no policy narrows the choice.</param>
    /// <param name="Apple">
    /// This row's own Apple privacy-manifest equivalent, or null to inherit the nearest ancestor's.
    /// Categories: the <c>NSPrivacyCollectedDataType</c> value (<see cref="AppleDataTypes"/>).
    /// Purposes: the <c>NSPrivacyCollectedDataTypePurposes</c> value (<see cref="ApplePurposes"/>).
    /// </param>
    /// <param name="GooglePlay">
    /// This row's own Google Play Data safety equivalent, or null to inherit the nearest ancestor's;
    /// a root without one has no Google Play equivalent.
    /// Categories: the Data safety data type id (<see cref="GooglePlayDataTypes"/>).
    /// Purposes: the Data safety purpose id (<see cref="GooglePlayPurposes"/>).
    /// </param>
    /// <param name="IdentifiesUser">
    /// Categories only: whether the data identifies the person (Apple: "linked to the user").
    /// Null: the nearest ancestor's; false at the root.
    /// </param>
    /// <param name="Tracking">
    /// Purposes only: whether the purpose is tracking in Apple's sense (sharing with third
    /// parties, third-party advertising). Null: the nearest ancestor's; false at the root.
    /// </param>
    internal sealed record TaxonomyEntry(
        string Id,
        string DisplayName,
        string ConstantName,
        bool Suggested = false,
        string? Apple = null,
        string? GooglePlay = null,
        bool? IdentifiesUser = null,
        bool? Tracking = null)
    {
        /// <summary>Fideslang's description of the id.</summary>
        public string Description { get; init; } = string.Empty;

        /// <summary>Fideslang's own name of the id (<see cref="DisplayName"/> may word it our way).</summary>
        public string FidesName { get; init; } = string.Empty;

        /// <summary>The id of the parent row, or null for a root.</summary>
        public string? ParentId { get; } = Id.LastIndexOf('.') is var lastDot and >= 0 ? Id.Substring(0, lastDot) : null;
    }
}
