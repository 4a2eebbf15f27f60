using System.Collections.Generic;
using System.Collections.Immutable;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// The organisation's privacy policy as code: which categories it discloses and for which
    /// purposes. Parsed once per file version (see <see cref="PolicyFiles"/>), immutable.
    /// </summary>
    internal sealed class PrivacyPolicy
    {
        public PrivacyPolicy(ImmutableArray<PolicyLine> lines, ImmutableArray<FileProblem> problems, ImmutableArray<DeprecatedUse> deprecated = default)
        {
            Lines = lines;
            Problems = problems;
            Deprecated = deprecated.IsDefault ? ImmutableArray<DeprecatedUse>.Empty : deprecated;
            var ids = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
            foreach (var line in lines)
            {
                ids.Add(line.Category);
                foreach (var purpose in line.Purposes)
                {
                    ids.Add(purpose);
                }
            }

            Ids = ids.ToImmutable();
        }

        public ImmutableArray<PolicyLine> Lines { get; }

        /// <summary>
        /// The processors the organisation has agreements with (the <c>recipients:</c> lines): a flow to
        /// one of them is not PRIV102, and the manifest lists it under "shared with".
        /// </summary>
        public ImmutableArray<string> Recipients { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>
        /// The recipients written <c>Name (service provider)</c>: they process the data on the app's behalf,
        /// which Google Play's Data safety form does not count as sharing. Each is also in <see cref="Recipients"/>.
        /// </summary>
        public ImmutableArray<string> ServiceProviders { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>What PRIV005 reports; the lines that parsed still apply.</summary>
        public ImmutableArray<FileProblem> Problems { get; }

        /// <summary>The former ids the file writes (PRIV009); its lines already read them as their fideslang ids.</summary>
        public ImmutableArray<DeprecatedUse> Deprecated { get; }

        /// <summary>Every category and purpose id the file names (former ids as their replacements): a team's own ids become known here.</summary>
        public ImmutableHashSet<string> Ids { get; }

        /// <summary>
        /// Whether any line discloses <paramref name="category"/> (PRIV003 when not): a line for the category
        /// or for any ancestor of it (<c>user.location</c> discloses <c>user.location.precise</c>).
        /// </summary>
        public bool Discloses(string category)
        {
            foreach (var line in Lines)
            {
                if (line.CoversCategory(category))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a site of <paramref name="category"/> may be collected for <paramref name="purpose"/>. Lines
        /// add up: every line that covers the category (its own and its ancestors') contributes its purposes,
        /// so a child line can add purposes to what its parent line allows, never take them away.
        /// </summary>
        public bool Allows(string category, string purpose)
        {
            foreach (var line in Lines)
            {
                if (line.CoversCategory(category) && line.AllowsPurpose(purpose))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a declaration of <paramref name="category"/> for <paramref name="purpose"/> fits the
        /// policy: a line covers the category, or a line for one of its descendants allows the purpose
        /// (a declaration for <c>user.device</c> that serves the device id the policy lists).
        /// </summary>
        public bool AllowsDeclaration(string category, string purpose)
        {
            foreach (var line in Lines)
            {
                if ((line.CoversCategory(category) || TaxonomyIndex.Covers(category, line.Category)) && line.AllowsPurpose(purpose))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether any line speaks of the category, its ancestors (wildcards) or its descendants.</summary>
        public bool Relates(string category)
        {
            foreach (var line in Lines)
            {
                if (line.CoversCategory(category) || TaxonomyIndex.Covers(category, line.Category))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The purposes the policy allows for a category, the most specific line's first (the category's own
        /// line, then its parent's, …), each line's in file order: code fixes offer these first.
        /// </summary>
        public IEnumerable<string> PurposesFor(string category)
        {
            var covering = new List<PolicyLine>();
            foreach (var line in Lines)
            {
                if (line.CoversCategory(category))
                {
                    // Stable: deeper categories first, file order among lines of the same depth.
                    var at = covering.Count;
                    while (at > 0 && covering[at - 1].Category.Length < line.Category.Length)
                    {
                        at--;
                    }

                    covering.Insert(at, line);
                }
            }

            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var line in covering)
            {
                foreach (var purpose in line.Purposes)
                {
                    if (seen.Add(purpose))
                    {
                        yield return purpose;
                    }
                }
            }
        }

        public bool IsKnownCategory(string id)
            => Ids.Contains(id) || TaxonomyIndex.IsAccepted(id, IdKind.Category);

        public bool IsKnownPurpose(string id)
            => Ids.Contains(id) || TaxonomyIndex.IsAccepted(id, IdKind.Purpose);

        /// <summary>
        /// Whether an id stands: with a policy, if the taxonomy accepts it or the policy names it;
        /// without one, if the taxonomy accepts it. The one rule declarations are checked by.
        /// </summary>
        public static bool IsKnown(PrivacyPolicy? policy, string id, IdKind kind)
            => policy is null ? TaxonomyIndex.IsAccepted(id, kind)
                : kind == IdKind.Category ? policy.IsKnownCategory(id) : policy.IsKnownPurpose(id);
    }
}
