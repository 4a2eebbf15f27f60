using System;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// Our own columns of one fideslang id: what fideslang does not say. The ids, names, parents and
    /// descriptions are fideslang's (<see cref="Fideslang"/>); <see cref="CategoryColumns"/> and
    /// <see cref="PurposeColumns"/> add these, keyed by the fideslang id, and the tables join the two.
    /// </summary>
    /// <param name="Id">The fideslang id the columns belong to.</param>
    /// <param name="ConstantName">The name of the constant in <c>DataCategories</c> or <c>Purposes</c>.</param>
    /// <param name="DisplayName">The name messages and manifests use; null for fideslang's own <c>name</c>.</param>
    /// <param name="Suggested">Purposes only: whether code fixes offer this purpose first, when no policy narrows the choice.</param>
    /// <param name="Apple">This id's own Apple privacy-manifest equivalent, or null to inherit the nearest ancestor's.</param>
    /// <param name="GooglePlay">This id's own Google Play Data safety equivalent, or null to inherit the nearest ancestor's.</param>
    /// <param name="IdentifiesUser">Categories only: whether the data identifies the person; null for the nearest ancestor's.</param>
    /// <param name="Tracking">Purposes only: whether the purpose is tracking in Apple's sense; null for the nearest ancestor's.</param>
    internal sealed record TaxonomyColumns(
        string Id,
        string ConstantName,
        string? DisplayName = null,
        bool Suggested = false,
        string? Apple = null,
        string? GooglePlay = null,
        bool? IdentifiesUser = null,
        bool? Tracking = null)
    {
        public static ImmutableDictionary<string, TaxonomyColumns> Index(params TaxonomyColumns[] rows)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, TaxonomyColumns>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                builder.Add(row.Id, row);
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// The taxonomy's rows: every fideslang record, in id order, with our columns. An id without
        /// columns of ours (a fideslang update not yet mapped) still gets a row: its constant name is
        /// made from its segments and it inherits its ancestors' equivalents; TaxonomyTests fails until
        /// it has columns.
        /// </summary>
        public static ImmutableArray<TaxonomyEntry> Join(ImmutableArray<FidesKey> records, ImmutableDictionary<string, TaxonomyColumns> columns)
        {
            var sorted = records.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            var rows = ImmutableArray.CreateBuilder<TaxonomyEntry>(sorted.Length);
            foreach (var record in sorted)
            {
                var own = columns.TryGetValue(record.Key, out var found) ? found : null;
                rows.Add(new TaxonomyEntry(
                    record.Key,
                    own?.DisplayName ?? record.Name,
                    own?.ConstantName ?? DefaultConstantName(record.Key),
                    own?.Suggested ?? false,
                    own?.Apple,
                    own?.GooglePlay,
                    own?.IdentifiesUser,
                    own?.Tracking)
                {
                    Description = record.Description,
                    FidesName = record.Name,
                });
            }

            return rows.MoveToImmutable();
        }

        /// <summary><c>user.government_id.passport_number</c> → <c>GovernmentIdPassportNumber</c> (the <c>user</c> root dropped).</summary>
        public static string DefaultConstantName(string id)
        {
            var builder = new System.Text.StringBuilder();
            var segments = id.Split('.');
            for (var s = segments.Length > 1 && segments[0] == "user" ? 1 : 0; s < segments.Length; s++)
            {
                foreach (var word in segments[s].Split('_'))
                {
                    if (word.Length > 0)
                    {
                        builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                    }
                }
            }

            return builder.ToString();
        }
    }
}
