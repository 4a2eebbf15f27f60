using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>
    /// What one collection site reports, whichever entry point found it: PRIV001 when undeclared,
    /// PRIV003 when the policy does not disclose its category, PRIV007 always; and the covering
    /// declaration counts as used (PRIV004). The site's properties are written once, through
    /// <see cref="SiteCodec"/>, and shared by its diagnostics.
    /// </summary>
    internal sealed class SiteReporter(PrivacyPolicy? policy, UnusedDeclarationReporter unused)
    {
        /// <summary>Reports <paramref name="site"/>, as found (without its declaration: <paramref name="coverage"/> adds it).</summary>
        public void Report(Action<Diagnostic> report, Location location, CollectionSite site, in Coverage coverage)
        {
            // Inside a [PersonalDataSource], the source's callers are the sites.
            if (coverage.State == CoverageState.InsideSource)
            {
                return;
            }

            if (coverage.Declaration is { } declaration)
            {
                unused.MarkUsed(declaration);
                var declared = AnnotationTypes.FirstStringArgument(declaration);
                site = site.WithDeclaration(declared is null ? null : TaxonomyIndex.CanonicalDeclared(declared, site.Category), AnnotationTypes.Purposes(declaration));
            }

            var properties = SiteCodec.Write(site);
            UndeclaredCollectionReporter.Report(report, location, site, properties, coverage);
            CategoryNotDisclosedReporter.Report(report, location, site, properties, policy);
            InventoryReporter.Report(report, location, site, properties, coverage.Declaration);
        }
    }
}
