using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>PRIV001: a site no declaration covers, reported with where to declare it.</summary>
    internal static class UndeclaredCollectionReporter
    {
        public static void Report(Action<Diagnostic> report, Location location, CollectionSite site, ImmutableDictionary<string, string?> properties, in Coverage coverage)
        {
            if (coverage.State != CoverageState.Undeclared)
            {
                return;
            }

            report(Diagnostic.Create(
                Descriptors.UndeclaredCollection,
                location,
                properties,
                site.DisplayApi,
                TaxonomyIndex.CategoryDisplayName(site.Category),
                site.Category,
                ScopeNames.WhereToDeclare(coverage.Innermost)));
        }
    }
}
