using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>
    /// PRIV002: a declared purpose the privacy policy does not allow for the declaration's category. A
    /// policy line allows its purposes for its category and everything below it; a former id is checked as
    /// the fideslang id(s) it is read as.
    /// </summary>
    internal static class PurposeNotAllowedReporter
    {
        public static void Check(Action<Diagnostic> report, string category, IdArgument purpose, PrivacyPolicy? policy)
        {
            if (policy is null)
            {
                return;
            }

            var purposeId = TaxonomyIndex.Canonical(purpose.Id, IdKind.Purpose);
            var former = TaxonomyIndex.Deprecated(category, IdKind.Category);
            var categories = former?.ReplacedBy ?? System.Collections.Immutable.ImmutableArray.Create(category);
            string? related = null;
            foreach (var id in categories)
            {
                if (policy.Relates(id))
                {
                    related ??= id;
                    if (policy.AllowsDeclaration(id, purposeId))
                    {
                        return;
                    }
                }
            }

            // A category the policy does not mention at all is PRIV003's business, at the sites.
            if (related is null)
            {
                return;
            }

            report(Diagnostic.Create(
                Descriptors.PurposeNotAllowed,
                purpose.Expression.GetLocation(),
                SiteCodec.WritePurposeNotAllowed(related, purposeId),
                purpose.Id,
                category));
        }
    }
}
