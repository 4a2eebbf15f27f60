namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// One record of a vendored fideslang data file (<c>Taxonomy/Fideslang/*.yml</c>) as the file gives it;
    /// <see cref="Fideslang"/> lists them, generated from the files. Our own columns are joined to these
    /// by key (<see cref="TaxonomyColumns"/>).
    /// </summary>
    /// <param name="Key">The <c>fides_key</c>, such as <c>user.contact.email</c>.</param>
    /// <param name="Name">The file's <c>name</c>, such as <c>User Contact Email</c>.</param>
    /// <param name="ParentKey">The <c>parent_key</c>, or null for a root (data subjects have none).</param>
    /// <param name="Description">The file's <c>description</c>.</param>
    internal sealed record FidesKey(string Key, string Name, string? ParentKey, string Description);
}
