namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>Which of the taxonomy's two tables an id belongs to.</summary>
    internal enum IdKind
    {
        /// <summary>A data category (<see cref="DataCategoryTable"/>), such as <c>user.contact.email</c>.</summary>
        Category,

        /// <summary>A purpose (<see cref="PurposeTable"/>), such as <c>essential.service</c>.</summary>
        Purpose,
    }
}
