using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>PRIV006: a category or purpose id in a declaration that is neither known nor a team's own, with the nearest known id.</summary>
    internal static class UnknownIdReporter
    {
        /// <summary>Whether the declaration's category is known; reports it when not.</summary>
        public static bool CheckCategory(Action<Diagnostic> report, IdArgument category, PrivacyPolicy? policy)
            => Check(report, category, IdKind.Category, policy);

        /// <summary>Whether a declared purpose is known; reports it when not.</summary>
        public static bool CheckPurpose(Action<Diagnostic> report, IdArgument purpose, PrivacyPolicy? policy)
            => Check(report, purpose, IdKind.Purpose, policy);

        private static bool Check(Action<Diagnostic> report, IdArgument argument, IdKind kind, PrivacyPolicy? policy)
        {
            var known = PrivacyPolicy.IsKnown(policy, argument.Id, kind);
            if (!known)
            {
                report(Diagnostic.Create(
                    Descriptors.UnknownId,
                    argument.Expression.GetLocation(),
                    SiteCodec.WriteUnknownId(TaxonomyIndex.Nearest(argument.Id, kind)?.Id),
                    argument.Id,
                    TaxonomyIndex.KindName(kind),
                    TaxonomyIndex.DidYouMean(argument.Id, kind)));
            }

            return known;
        }
    }
}
