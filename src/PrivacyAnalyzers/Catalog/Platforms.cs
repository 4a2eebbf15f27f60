namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// The platforms code names. The catalog's platforms are named by the <c>[platform …]</c> line of
    /// their data file (<c>Catalog/Data/*.txt</c>) and nowhere else; these two are the exceptions.
    /// </summary>
    internal static class Platforms
    {
        /// <summary>Request binding's sites: the header of <c>Catalog/Data/aspnetcore.txt</c> (a test keeps them equal).</summary>
        public const string AspNetCore = "ASP.NET Core";

        /// <summary>Sources a team adds: PersonalDataSources.txt and <c>[PersonalDataSource]</c>.</summary>
        public const string UserCode = "user code";
    }
}
