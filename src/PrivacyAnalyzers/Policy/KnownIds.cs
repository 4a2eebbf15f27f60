using System;
using System.Collections.Generic;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// Decides whether an id is known, a team's own extension, or a probable typo, and names the
    /// nearest known id for messages and fixes.
    /// </summary>
    internal static class KnownIds
    {
        /// <summary>Typos are at most this many edits away from a known id.</summary>
        private const int TypoDistance = 2;

        public static bool IsCategory(string id) => DataCategoryTable.ById.ContainsKey(id);

        public static bool IsPurpose(string id) => PurposeTable.ById.ContainsKey(id);

        /// <summary>
        /// Whether an id not in the taxonomy may stand as a team's own: it extends a known id with
        /// more segments (<c>user.contact.fax_number</c>) and is not a near miss of a known one.
        /// </summary>
        public static bool IsAcceptableExtension(string id, IEnumerable<TaxonomyEntry> table, Func<string, bool> isKnown)
        {
            if (Nearest(id, table) is { Distance: <= TypoDistance })
            {
                return false;
            }

            for (var dot = id.LastIndexOf('.'); dot > 0; dot = id.LastIndexOf('.', dot - 1))
            {
                if (isKnown(id.Substring(0, dot)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The known id with the smallest edit distance, or null when the table is empty.</summary>
        public static (string Id, int Distance)? Nearest(string id, IEnumerable<TaxonomyEntry> table)
        {
            (string Id, int Distance)? best = null;
            foreach (var row in table)
            {
                var distance = Distance(id, row.Id);
                if (best is null || distance < best.Value.Distance)
                {
                    best = (row.Id, distance);
                }
            }

            return best;
        }

        /// <summary>Levenshtein distance; ids are short, so the quadratic table is fine.</summary>
        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
