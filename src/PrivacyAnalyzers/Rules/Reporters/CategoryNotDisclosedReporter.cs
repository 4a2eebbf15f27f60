using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>PRIV003: a site whose category no line of the privacy policy covers (only when there is a policy).</summary>
    internal static class CategoryNotDisclosedReporter
    {
        public static void Report(Action<Diagnostic> report, Location location, CollectionSite site, ImmutableDictionary<string, string?> properties, PrivacyPolicy? policy)
        {
            if (policy is null || policy.Discloses(site.Category))
            {
                return;
            }

            report(Diagnostic.Create(
                Descriptors.CategoryNotDisclosed,
                location,
                properties,
                site.DisplayApi,
                TaxonomyIndex.CategoryDisplayName(site.Category),
                site.Category));
        }
    }
}
