using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>One <c>category: purpose, purpose</c> line of PrivacyPolicy.txt.</summary>
    /// <param name="LineNumber">The 1-based line number.</param>
    /// <param name="Category">The category id, without the trailing <c>.*</c> of a wildcard line.</param>
    /// <param name="Wildcard"><c>user.contact.*</c>: the line covers the category and everything below it.</param>
    /// <param name="Purposes">The purpose ids the line allows, in its order.</param>
    /// <param name="Span">The line's text, without its line break.</param>
    internal sealed record PolicyLine(int LineNumber, string Category, bool Wildcard, ImmutableArray<string> Purposes, TextSpan Span)
    {
        public string Pattern => Wildcard ? Category + ".*" : Category;

        public bool CoversCategory(string category)
            => Wildcard ? TaxonomyIndex.Covers(Category, category) : Category == category;

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
