using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What the detector matched: the operation, the member it uses, the catalog entry and the category.
    /// The engine's own view of a site, with its symbols; rules turn it into the public
    /// <see cref="Contract.CollectionSite"/> they report.
    /// </summary>
    internal readonly struct SiteMatch
    {
        public SiteMatch(IOperation operation, ISymbol member, SourceEntry source, string category, string? argumentValue)
        {
            Operation = operation;
            Member = member;
            Source = source;
            Category = category;
            ArgumentValue = argumentValue;
        }

        public IOperation Operation { get; }

        public ISymbol Member { get; }

        public SourceEntry Source { get; }

        public string Category { get; }

        /// <summary>For value-aware sources, the constant argument that made the use personal.</summary>
        public string? ArgumentValue { get; }

        /// <summary>The member as a reader knows it: <c>NetworkInterface.GetPhysicalAddress</c>, <c>new AudioRecord</c>.</summary>
        public string ApiName => MemberId.DisplayName(Member, ArgumentValue);
    }
}
