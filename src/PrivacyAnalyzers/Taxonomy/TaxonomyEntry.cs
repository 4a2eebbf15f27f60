namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// One row of the taxonomy: a data category or a purpose, keyed by its Fides taxonomy id, with
    /// its Apple and Google Play equivalents. A row without an equivalent of its own uses its nearest
    /// ancestor's (<see cref="TaxonomyIndex"/> resolves that), so only rows that differ from their
    /// parent name one.
    /// </summary>
    internal sealed class TaxonomyEntry
    {
        /// <param name="id">The hierarchical Fides id.</param>
        /// <param name="displayName">The human name used in messages and manifests.</param>
        /// <param name="constantName">The constant in <c>DataCategories</c> or <c>Purposes</c>.</param>
        /// <param name="suggested">Purposes only: offered first by code fixes.</param>
        /// <param name="apple">
        /// Categories: the <c>NSPrivacyCollectedDataType</c> value (<see cref="AppleDataTypes"/>).
        /// Purposes: the <c>NSPrivacyCollectedDataTypePurposes</c> value (<see cref="ApplePurposes"/>).
        /// Null: the nearest ancestor's.
        /// </param>
        /// <param name="googlePlay">
        /// Categories: the Data safety data type id (<see cref="GooglePlayDataTypes"/>).
        /// Purposes: the Data safety purpose id (<see cref="GooglePlayPurposes"/>).
        /// Null: the nearest ancestor's; a root without one has no Google Play equivalent.
        /// </param>
        /// <param name="identifiesUser">
        /// Categories only: whether the data identifies the person (Apple: "linked to the user").
        /// Null: the nearest ancestor's; false at the root.
        /// </param>
        /// <param name="tracking">
        /// Purposes only: whether the purpose is tracking in Apple's sense (sharing with third
        /// parties, third-party advertising). Null: the nearest ancestor's; false at the root.
        /// </param>
        public TaxonomyEntry(
            string id,
            string displayName,
            string constantName,
            bool suggested = false,
            string? apple = null,
            string? googlePlay = null,
            bool? identifiesUser = null,
            bool? tracking = null)
        {
            Id = id;
            DisplayName = displayName;
            ConstantName = constantName;
            Suggested = suggested;
            Apple = apple;
            GooglePlay = googlePlay;
            IdentifiesUser = identifiesUser;
            Tracking = tracking;
            var lastDot = id.LastIndexOf('.');
            ParentId = lastDot < 0 ? null : id.Substring(0, lastDot);
        }

        /// <summary>The hierarchical id, such as <c>user.device.device_id</c>.</summary>
        public string Id { get; }

        /// <summary>The human name used in messages and manifests.</summary>
        public string DisplayName { get; }

        /// <summary>The id of the parent row, or null for a root.</summary>
        public string? ParentId { get; }

        /// <summary>The name of the constant in <c>DataCategories</c> or <c>Purposes</c>.</summary>
        public string ConstantName { get; }

        /// <summary>Whether code fixes offer this purpose when no policy narrows the choice.</summary>
        public bool Suggested { get; }

        /// <summary>This row's own Apple privacy-manifest equivalent, or null to inherit.</summary>
        public string? Apple { get; }

        /// <summary>This row's own Google Play Data safety equivalent, or null to inherit.</summary>
        public string? GooglePlay { get; }

        /// <summary>Categories: this row's own "identifies the user" flag, or null to inherit.</summary>
        public bool? IdentifiesUser { get; }

        /// <summary>Purposes: this row's own "tracking" flag, or null to inherit.</summary>
        public bool? Tracking { get; }
    }
}
