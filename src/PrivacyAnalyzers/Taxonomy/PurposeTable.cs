using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// The purposes a declaration may name: every fideslang data use (<see cref="Fideslang.DataUses"/>,
    /// generated from the vendored <c>Fideslang/data_uses.yml</c>) joined with our columns
    /// (<see cref="PurposeColumns"/>): Apple and Google Play equivalents, tracking, and which ones code
    /// fixes offer first.
    /// </summary>
    internal static class PurposeTable
    {
        public static ImmutableArray<TaxonomyEntry> All { get; } = TaxonomyColumns.Join(Fideslang.DataUses, PurposeColumns.ById);

        public static ImmutableDictionary<string, TaxonomyEntry> ById { get; } = TaxonomyIndex.ById(All);
    }
}
