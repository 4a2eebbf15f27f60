using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>One <c>category: purpose, purpose</c> line of PrivacyPolicy.txt.</summary>
    internal sealed class PolicyLine
    {
        public PolicyLine(int lineNumber, string category, bool wildcard, ImmutableArray<string> purposes, TextSpan span)
        {
            LineNumber = lineNumber;
            Category = category;
            Wildcard = wildcard;
            Purposes = purposes;
            Span = span;
        }

        /// <summary>The 1-based line number.</summary>
        public int LineNumber { get; }

        /// <summary>The category id, without the trailing <c>.*</c> of a wildcard line.</summary>
        public string Category { get; }

        /// <summary><c>user.contact.*</c>: the line covers the category and everything below it.</summary>
        public bool Wildcard { get; }

        public ImmutableArray<string> Purposes { get; }

        /// <summary>The line's text, without its line break.</summary>
        public TextSpan Span { get; }

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
