using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Every built-in source table, one per platform.</summary>
    internal static class SourceCatalog
    {
        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.CreateRange(
            BaseLibrarySources.All
                .AddRange(AspNetCoreSources.All)
                .AddRange(MauiEssentialsSources.All)
                .AddRange(XamarinEssentialsSources.All)
                .AddRange(AndroidSources.All)
                .AddRange(AppleSources.All)
                .AddRange(WindowsSources.All)
                .AddRange(UnitySources.All)
                .AddRange(AnalyticsSdkSources.All));
    }
}
