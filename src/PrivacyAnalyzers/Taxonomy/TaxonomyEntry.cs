namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// One row of the taxonomy: a data category or a purpose, keyed by its Fides taxonomy id.
    /// </summary>
    internal sealed class TaxonomyEntry
    {
        public TaxonomyEntry(string id, string displayName, string constantName, bool suggested = false)
        {
            Id = id;
            DisplayName = displayName;
            ConstantName = constantName;
            Suggested = suggested;
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
    }
}
