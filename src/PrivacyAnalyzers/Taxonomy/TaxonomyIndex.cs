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

        /// <summary>The deepest id that covers every one of <paramref name="ids"/> (<c>user</c> at worst).</summary>
        public static string CommonAncestor(System.Collections.Generic.IEnumerable<string> ids)
        {
            string? common = null;
            foreach (var id in ids)
            {
                if (common is null)
                {
                    common = id;
                    continue;
                }

                while (!Covers(common, id))
                {
                    var dot = common.LastIndexOf('.');
                    if (dot < 0)
                    {
                        return "user";
                    }

                    common = common.Substring(0, dot);
                }
            }

            return common ?? "user";
        }

        /// <summary>The display name for a category id, or the id itself when it is a user-defined one.</summary>
        public static string CategoryDisplayName(string id)
            => DataCategoryTable.ById.TryGetValue(id, out var row) ? row.DisplayName : id;

        /// <summary>The display name for a purpose id, or the id itself when it is a user-defined one.</summary>
        public static string PurposeDisplayName(string id)
            => PurposeTable.ById.TryGetValue(id, out var row) ? row.DisplayName : id;

        /// <summary>
        /// The Apple <c>NSPrivacyCollectedDataType</c> of a category: its own, else its nearest
        /// ancestor's (user-defined ids such as <c>user.contact.fax_number</c> resolve through their
        /// known ancestors); <see cref="AppleDataTypes.OtherDataTypes"/> when nothing maps.
        /// </summary>
        public static string AppleDataType(string categoryId)
            => Nearest(DataCategoryTable.ById, categoryId, row => row.Apple) ?? AppleDataTypes.OtherDataTypes;

        /// <summary>The Google Play Data safety data type of a category (own or inherited), or null when nothing maps.</summary>
        public static string? GooglePlayDataType(string categoryId)
            => Nearest(DataCategoryTable.ById, categoryId, row => row.GooglePlay);

        /// <summary>Whether a category identifies the person (own or inherited flag; false when nothing says).</summary>
        public static bool IdentifiesUser(string categoryId)
            => Nearest(DataCategoryTable.ById, categoryId, row => row.IdentifiesUser) ?? false;

        /// <summary>The Apple purpose of a purpose id (own or inherited); <see cref="ApplePurposes.Other"/> when nothing maps.</summary>
        public static string ApplePurpose(string purposeId)
            => Nearest(PurposeTable.ById, purposeId, row => row.Apple) ?? ApplePurposes.Other;

        /// <summary>The Google Play purpose of a purpose id (own or inherited), or null: Play has no "other" purpose.</summary>
        public static string? GooglePlayPurpose(string purposeId)
            => Nearest(PurposeTable.ById, purposeId, row => row.GooglePlay);

        /// <summary>Whether a purpose is tracking in Apple's sense (own or inherited flag; false when nothing says).</summary>
        public static bool IsTracking(string purposeId)
            => Nearest(PurposeTable.ById, purposeId, row => row.Tracking) ?? false;

        /// <summary>
        /// The first non-null value of <paramref name="select"/> on the row of <paramref name="id"/>
        /// or, walking up one segment at a time, on its nearest known ancestor.
        /// </summary>
        private static T? Nearest<T>(ImmutableDictionary<string, TaxonomyEntry> table, string id, Func<TaxonomyEntry, T?> select)
        {
            for (var current = id; current.Length > 0;)
            {
                if (table.TryGetValue(current, out var row) && select(row) is { } value)
                {
                    return value;
                }

                var dot = current.LastIndexOf('.');
                current = dot < 0 ? string.Empty : current.Substring(0, dot);
            }

            return default;
        }

        private static bool? Nearest(ImmutableDictionary<string, TaxonomyEntry> table, string id, Func<TaxonomyEntry, bool?> select)
        {
            for (var current = id; current.Length > 0;)
            {
                if (table.TryGetValue(current, out var row) && select(row) is { } value)
                {
                    return value;
                }

                var dot = current.LastIndexOf('.');
                current = dot < 0 ? string.Empty : current.Substring(0, dot);
            }

            return null;
        }
    }
}
