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
        {
            var known = policy?.IsKnownCategory(category.Id)
                ?? (KnownIds.IsCategory(category.Id) || KnownIds.IsAcceptableExtension(category.Id, DataCategoryTable.All, KnownIds.IsCategory));
            if (!known)
            {
                Report(report, category, "category", KnownIds.Nearest(category.Id, DataCategoryTable.All));
            }

            return known;
        }

        /// <summary>Whether a declared purpose is known; reports it when not.</summary>
        public static bool CheckPurpose(Action<Diagnostic> report, IdArgument purpose, PrivacyPolicy? policy)
        {
            var known = policy?.IsKnownPurpose(purpose.Id)
                ?? (KnownIds.IsPurpose(purpose.Id) || KnownIds.IsAcceptableExtension(purpose.Id, PurposeTable.All, KnownIds.IsPurpose));
            if (!known)
            {
                Report(report, purpose, "purpose", KnownIds.Nearest(purpose.Id, PurposeTable.All));
            }

            return known;
        }

        private static void Report(Action<Diagnostic> report, IdArgument argument, string kind, (string Id, int Distance)? nearest)
        {
            var suggestion = nearest is { } found ? ": did you mean '" + found.Id + "'?" : string.Empty;
            report(Diagnostic.Create(Descriptors.UnknownId, argument.Expression.GetLocation(), SiteCodec.WriteUnknownId(nearest?.Id), argument.Id, kind, suggestion));
        }
    }
}
