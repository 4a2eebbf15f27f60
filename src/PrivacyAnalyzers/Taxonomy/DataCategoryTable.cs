using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// The data categories PrivacyAnalyzers knows: every fideslang data category (<see cref="Fideslang.DataCategories"/>,
    /// generated from the vendored <c>Fideslang/data_categories.yml</c>) joined with our columns
    /// (<see cref="CategoryColumns"/>). Every output reads from here; <c>DataCategories</c> in the annotations
    /// assembly is generated from it and docs/taxonomy.md is kept in step by a test.
    /// </summary>
    internal static class DataCategoryTable
    {
        public static ImmutableArray<TaxonomyEntry> All { get; } = TaxonomyColumns.Join(Fideslang.DataCategories, CategoryColumns.ById);

        public static ImmutableDictionary<string, TaxonomyEntry> ById { get; } = TaxonomyIndex.ById(All);
    }
}
