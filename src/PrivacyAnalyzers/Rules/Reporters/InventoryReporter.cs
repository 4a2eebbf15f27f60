using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>
    /// PRIV007: every site, declared or not, for inventories (off by default; the <c>privacy</c> tool
    /// turns it on). The covering declaration, when there is one, is its additional location.
    /// </summary>
    internal static class InventoryReporter
    {
        public static void Report(Action<Diagnostic> report, Location location, CollectionSite site, ImmutableDictionary<string, string?> properties, AttributeData? declaration)
        {
            report(Diagnostic.Create(
                Descriptors.CollectionSite,
                location,
                additionalLocations: DeclarationLocation(declaration),
                properties: properties,
                site.DisplayApi,
                TaxonomyIndex.CategoryDisplayName(site.Category),
                site.Category));
        }

        private static Location[]? DeclarationLocation(AttributeData? declaration)
            => declaration?.ApplicationSyntaxReference is { } reference
                ? new[] { Location.Create(reference.SyntaxTree, reference.Span) }
                : null;
    }
}
