using System;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// Lookups shared by the category and purpose tables, and the one place that knows ids: whether an
    /// id is known, deprecated (<see cref="Deprecated"/>, <see cref="Canonical"/>) (<see cref="IsKnown"/>, <see cref="IsAccepted"/>), the nearest known one
    /// (<see cref="Nearest"/>, <see cref="DidYouMean"/>) and its display name (<see cref="DisplayName"/>).
    /// Declarations, the policy and sources parsers and the code fixes all ask here.
    /// </summary>
    internal static class TaxonomyIndex
    {
        /// <summary>Typos are at most this many edits away from a known id.</summary>
        private const int TypoDistance = 2;

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

        /// <summary>The rows of one table, in their order.</summary>
        public static ImmutableArray<TaxonomyEntry> All(IdKind kind)
            => kind == IdKind.Category ? DataCategoryTable.All : PurposeTable.All;

        /// <summary>The row of a known id, or null for an id the taxonomy does not list.</summary>
        public static TaxonomyEntry? Find(string id, IdKind kind)
            => (kind == IdKind.Category ? DataCategoryTable.ById : PurposeTable.ById).TryGetValue(id, out var row) ? row : null;

        /// <summary>Whether the taxonomy lists <paramref name="id"/>.</summary>
        public static bool IsKnown(string id, IdKind kind)
            => (kind == IdKind.Category ? DataCategoryTable.ById : PurposeTable.ById).ContainsKey(id);

        /// <summary>
        /// Whether an id may stand without a policy: a known one, a former one (PRIV009), or a team's own below a known one
        /// (<c>user.contact.fax_number</c>) that is not a near miss of a known id (a typo). Ids a policy
        /// adds are the policy's business (<c>PrivacyPolicy.IsKnownCategory</c>), on top of this.
        /// </summary>
        public static bool IsAccepted(string id, IdKind kind)
        {
            if (IsKnown(id, kind) || Deprecated(id, kind) != null)
            {
                return true;
            }

            if (Nearest(id, kind) is { Distance: <= TypoDistance })
            {
                return false;
            }

            for (var dot = id.LastIndexOf('.'); dot > 0; dot = id.LastIndexOf('.', dot - 1))
            {
                if (IsKnown(id.Substring(0, dot), kind))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The former id <paramref name="id"/> is, or is below (<c>user.location.coarse</c>,
        /// <c>user.location.coarse.city</c>: read as <c>user.location.imprecise.city</c>), with what it is
        /// now read as; null for an id that is not deprecated (most, so the common case is one lookup per
        /// segment and no allocation).
        /// </summary>
        public static DeprecatedId? Deprecated(string id, IdKind kind)
        {
            if (DeprecatedIds.ById.TryGetValue(id, out var exact))
            {
                return exact.Kind == kind ? exact : null;
            }

            for (var dot = id.LastIndexOf('.'); dot > 0; dot = id.LastIndexOf('.', dot - 1))
            {
                if (DeprecatedIds.ById.TryGetValue(id.Substring(0, dot), out var ancestor))
                {
                    // A split parent has no one id to put the rest below: the id stays a team's own.
                    return ancestor.Kind == kind && ancestor.ReplacedBy.Length == 1
                        ? new DeprecatedId(id, kind, ImmutableArray.Create(ancestor.ReplacedBy[0] + id.Substring(dot)))
                        : null;
                }
            }

            return null;
        }

        /// <summary>The id as PrivacyAnalyzers reads and emits it: a former id's replacement, any other id unchanged.</summary>
        public static string Canonical(string id, IdKind kind) => Deprecated(id, kind)?.Canonical ?? id;

        /// <summary>
        /// The category a declaration of <paramref name="declared"/> stands for at a site of
        /// <paramref name="collected"/> it covers: itself, or for a former id the replacement that covers the site.
        /// </summary>
        public static string CanonicalDeclared(string declared, string collected)
        {
            if (Deprecated(declared, IdKind.Category) is not { } former)
            {
                return declared;
            }

            foreach (var replacement in former.ReplacedBy)
            {
                if (Covers(replacement, collected))
                {
                    return replacement;
                }
            }

            return former.Canonical;
        }

        /// <summary>
        /// <see cref="Covers"/> for a declaration as written, which may name a former id: then its
        /// replacements are what it covers (<c>user.professional_information</c> covers <c>user.workplace</c>).
        /// </summary>
        public static bool CoversDeclared(string declared, string collected)
        {
            if (Covers(declared, collected))
            {
                return true;
            }

            if (Deprecated(declared, IdKind.Category) is not { } former)
            {
                return false;
            }

            foreach (var replacement in former.ReplacedBy)
            {
                if (Covers(replacement, collected))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The known id with the smallest edit distance (the first listed on a tie), or null when the table is empty.</summary>
        public static (string Id, int Distance)? Nearest(string id, IdKind kind)
        {
            (string Id, int Distance)? best = null;
            foreach (var row in All(kind))
            {
                var distance = Distance(id, row.Id);
                if (best is null || distance < best.Value.Distance)
                {
                    best = (row.Id, distance);
                }
            }

            return best;
        }

        /// <summary>
        /// The suggestion every message about an unknown id ends with: <c>: did you mean 'user.contact.email'?</c>,
        /// or empty when there is nothing to suggest.
        /// </summary>
        public static string DidYouMean(string id, IdKind kind)
            => Nearest(id, kind) is { } nearest ? ": did you mean '" + nearest.Id + "'?" : string.Empty;

        /// <summary>The word messages use for a kind: <c>category</c>, <c>purpose</c>.</summary>
        public static string KindName(IdKind kind) => kind == IdKind.Category ? "category" : "purpose";

        /// <summary>The display name of an id, or the id itself when it is a team's own.</summary>
        public static string DisplayName(string id, IdKind kind) => Find(id, kind)?.DisplayName ?? id;

        /// <summary>The display name for a category id, or the id itself when it is a user-defined one.</summary>
        public static string CategoryDisplayName(string id) => DisplayName(id, IdKind.Category);

        /// <summary>The display name for a purpose id, or the id itself when it is a user-defined one.</summary>
        public static string PurposeDisplayName(string id) => DisplayName(id, IdKind.Purpose);

        /// <summary>
        /// The Apple <c>NSPrivacyCollectedDataType</c> of a category: its own, else its nearest
        /// ancestor's (user-defined ids such as <c>user.contact.fax_number</c> resolve through their
        /// known ancestors); <see cref="AppleDataTypes.OtherDataTypes"/> when nothing maps.
        /// </summary>
        public static string AppleDataType(string categoryId)
            => NearestHaving(DataCategoryTable.ById, categoryId, row => row.Apple != null)?.Apple ?? AppleDataTypes.OtherDataTypes;

        /// <summary>The Google Play Data safety data type of a category (own or inherited), or null when nothing maps.</summary>
        public static string? GooglePlayDataType(string categoryId)
            => NearestHaving(DataCategoryTable.ById, categoryId, row => row.GooglePlay != null)?.GooglePlay;

        /// <summary>Whether a category identifies the person (own or inherited flag; false when nothing says).</summary>
        public static bool IdentifiesUser(string categoryId)
            => NearestHaving(DataCategoryTable.ById, categoryId, row => row.IdentifiesUser != null)?.IdentifiesUser ?? false;

        /// <summary>The Apple purpose of a purpose id (own or inherited); <see cref="ApplePurposes.Other"/> when nothing maps.</summary>
        public static string ApplePurpose(string purposeId)
            => NearestHaving(PurposeTable.ById, purposeId, row => row.Apple != null)?.Apple ?? ApplePurposes.Other;

        /// <summary>The Google Play purpose of a purpose id (own or inherited), or null: Play has no "other" purpose.</summary>
        public static string? GooglePlayPurpose(string purposeId)
            => NearestHaving(PurposeTable.ById, purposeId, row => row.GooglePlay != null)?.GooglePlay;

        /// <summary>Whether a purpose is tracking in Apple's sense (own or inherited flag; false when nothing says).</summary>
        public static bool IsTracking(string purposeId)
            => NearestHaving(PurposeTable.ById, purposeId, row => row.Tracking != null)?.Tracking ?? false;

        /// <summary>
        /// The row of <paramref name="id"/> or, walking up one segment at a time, of its nearest known
        /// ancestor, that has the value <paramref name="has"/> asks for; null when none has.
        /// </summary>
        private static TaxonomyEntry? NearestHaving(ImmutableDictionary<string, TaxonomyEntry> table, string id, Func<TaxonomyEntry, bool> has)
        {
            // A former id maps as the id it is read as.
            for (var current = Canonical(id, table == DataCategoryTable.ById ? IdKind.Category : IdKind.Purpose); current.Length > 0; current = Parent(current))
            {
                if (table.TryGetValue(current, out var row) && has(row))
                {
                    return row;
                }
            }

            return null;
        }

        private static string Parent(string id)
        {
            var dot = id.LastIndexOf('.');
            return dot < 0 ? string.Empty : id.Substring(0, dot);
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
