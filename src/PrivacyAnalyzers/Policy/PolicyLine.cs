using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>One <c>category: purpose, purpose</c> line of PrivacyPolicy.txt.</summary>
    /// <param name="LineNumber">The 1-based line number.</param>
    /// <param name="Category">The category id, without the trailing <c>.*</c> of a wildcard line.</param>
    /// <param name="Wildcard">Written <c>user.contact.*</c>: the same meaning as <c>user.contact</c> (every line covers its subtree), kept for editing the line as written.</param>
    /// <param name="Purposes">The purpose ids the line allows, in its order.</param>
    /// <param name="Span">The line's text, without its line break.</param>
    internal sealed record PolicyLine(int LineNumber, string Category, bool Wildcard, ImmutableArray<string> Purposes, TextSpan Span)
    {
        public string Pattern => Wildcard ? Category + ".*" : Category;

        /// <summary>
        /// A line covers its category and every category below it, with or without the trailing <c>.*</c>,
        /// as a declaration does and as Fides matches a parent category: <c>user.location</c> discloses
        /// <c>user.location.precise</c>.
        /// </summary>
        public bool CoversCategory(string category) => TaxonomyIndex.Covers(Category, category);

        /// <summary>Purposes are hierarchical: allowing <c>essential</c> allows <c>essential.service</c>.</summary>
        public bool AllowsPurpose(string purpose)
        {
            foreach (var allowed in Purposes)
            {
                if (TaxonomyIndex.Covers(allowed, purpose))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
