using System;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>Lookups shared by the category and purpose tables.</summary>
    internal static class TaxonomyIndex
    {
        public static ImmutableDictionary<string, TaxonomyEntry> ById(ImmutableArray<TaxonomyEntry> rows)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, TaxonomyEntry>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                builder.Add(row.Id, row);
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// Whether <paramref name="declared"/> covers <paramref name="collected"/>: the same id, or an
        /// ancestor of it (<c>user.device</c> covers <c>user.device.device_id</c>).
        /// </summary>
        public static bool Covers(string declared, string collected)
        {
            if (declared.Length == 0 || collected.Length < declared.Length)
            {
                return false;
            }

            return string.CompareOrdinal(declared, 0, collected, 0, declared.Length) == 0
                && (collected.Length == declared.Length || collected[declared.Length] == '.');
        }

        /// <summary>The display name for a category id, or the id itself when it is a user-defined one.</summary>
        public static string CategoryDisplayName(string id)
            => DataCategoryTable.ById.TryGetValue(id, out var row) ? row.DisplayName : id;
    }
}
