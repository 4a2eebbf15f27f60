namespace PrivacyAnalyzers.Contract
{
    /// <summary>How a collection site was found, which says what identifies it.</summary>
    // Linked into PrivacyAnalyzers.Manifests (Roslyn-free) as internal: the CLI references both assemblies and must see one type.
#if PRIVACY_MANIFESTS
    internal
#else
    public
#endif
    enum SiteKind
    {
        /// <summary>
        /// A use of a catalogued member or of a user's own <c>[PersonalDataSource]</c>, matched by symbol:
        /// <see cref="CollectionSite.SourceId"/> is the member's documentation-comment id.
        /// </summary>
        ApiCall,

        /// <summary>
        /// Personal data bound from an ASP.NET Core request (an action or handler parameter, a
        /// <c>[BindProperty]</c>): there is no API, only <see cref="CollectionSite.BoundPath"/>, and no source id.
        /// </summary>
        RequestBinding,

        /// <summary>
        /// A catalogued member matched by type and member name only, because the references did not
        /// resolve: lower confidence (<see cref="CollectionSite.Confidence"/> is <c>name</c>).
        /// </summary>
        NameMatch,
    }
}
