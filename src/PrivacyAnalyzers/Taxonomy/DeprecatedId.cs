using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// An id PrivacyAnalyzers used before it adopted fideslang, kept as an alias (PRIV009): accepted
    /// everywhere an id is, and read as <see cref="ReplacedBy"/>.
    /// </summary>
    /// <param name="Id">The former id, such as <c>user.location.coarse</c>.</param>
    /// <param name="Kind">Whether it was a category or a purpose.</param>
    /// <param name="ReplacedBy">
    /// The fideslang ids it stands for: one, or, for a former parent that fideslang splits
    /// (<c>user.professional_information</c>), each of the ids it covered.
    /// </param>
    /// <param name="ConstantName">The name its constant had in <c>DataCategories</c> or <c>Purposes</c>, when that name is gone: it stays as an [Obsolete] alias.</param>
    internal sealed record DeprecatedId(string Id, IdKind Kind, ImmutableArray<string> ReplacedBy, string? ConstantName = null)
    {
        /// <summary>The one id it is read as: its replacement, or the deepest id that covers all of them.</summary>
        public string Canonical => ReplacedBy.Length == 1 ? ReplacedBy[0] : TaxonomyIndex.CommonAncestor(ReplacedBy);

        /// <summary>The replacements as messages name them: <c>'user.job_title'</c>, <c>'user.job_title' or 'user.workplace'</c>.</summary>
        public string ReplacedByText => "'" + string.Join("' or '", ReplacedBy) + "'";
    }
}
