using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What the detector matched: the operation, the member it uses, the catalog entry and the category.
    /// The engine's own view of a site, with its symbols; rules turn it into the public
    /// <see cref="Contract.CollectionSite"/> they report.
    /// </summary>
    /// <param name="Operation">The operation that uses the member.</param>
    /// <param name="Member">The member it uses.</param>
    /// <param name="Source">The catalog entry (or user-marked source) the member matched.</param>
    /// <param name="Category">The category the use yields.</param>
    /// <param name="ArgumentValue">For value-aware sources, the constant argument that made the use personal.</param>
    internal readonly record struct SiteMatch(IOperation Operation, ISymbol Member, SourceEntry Source, string Category, string? ArgumentValue)
    {
        /// <summary>The member as a reader knows it: <c>NetworkInterface.GetPhysicalAddress</c>, <c>new AudioRecord</c>.</summary>
        public string ApiName => MemberId.DisplayName(Member, ArgumentValue);
    }
}
