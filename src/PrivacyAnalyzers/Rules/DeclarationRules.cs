using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The rules about declarations as written: PRIV006 (an unknown category or purpose id) and
    /// PRIV002 (a purpose the privacy policy does not allow for the category), reported at the
    /// argument at fault. <see cref="CollectionSiteAnalyzer"/> runs them on each declaration it reads
    /// for PRIV004, so every <c>[CollectsPersonalData]</c> is read once.
    /// </summary>
    internal static class DeclarationRules
    {
        public static void Check(DeclarationSyntax declaration, PrivacyPolicy? policy, System.Action<Diagnostic> report)
        {
            var category = declaration.Category.Id;
            var categoryKnown = PrivacyPolicy.IsKnown(policy, category, IdKind.Category);
            if (!categoryKnown)
            {
                ReportUnknown(report, declaration.Category, IdKind.Category);
            }

            foreach (var purpose in declaration.Purposes)
            {
                var purposeKnown = PrivacyPolicy.IsKnown(policy, purpose.Id, IdKind.Purpose);
                if (!purposeKnown)
                {
                    ReportUnknown(report, purpose, IdKind.Purpose);
                    continue;
                }

                // A category the policy does not mention at all is PRIV003's business, at the sites.
                if (policy != null && categoryKnown && policy.Relates(category) && !policy.AllowsDeclaration(category, purpose.Id))
                {
                    report(Diagnostic.Create(
                        Descriptors.PurposeNotAllowed,
                        purpose.Expression.GetLocation(),
                        ImmutableDictionary<string, string?>.Empty
                            .Add(Descriptors.CategoryProperty, category)
                            .Add(Descriptors.PurposeProperty, purpose.Id),
                        purpose.Id,
                        category));
                }
            }
        }

        private static void ReportUnknown(System.Action<Diagnostic> report, IdArgument argument, IdKind kind)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (TaxonomyIndex.Nearest(argument.Id, kind) is { } found)
            {
                properties = properties.Add(Descriptors.NearestProperty, found.Id);
            }

            report(Diagnostic.Create(Descriptors.UnknownId, argument.Expression.GetLocation(), properties, argument.Id, TaxonomyIndex.KindName(kind), TaxonomyIndex.DidYouMean(argument.Id, kind)));
        }
    }
}
