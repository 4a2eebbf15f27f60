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
            var categoryKnown = policy?.IsKnownCategory(category)
                ?? (KnownIds.IsCategory(category) || KnownIds.IsAcceptableExtension(category, DataCategoryTable.All, KnownIds.IsCategory));
            if (!categoryKnown)
            {
                ReportUnknown(report, declaration.Category, "category", KnownIds.Nearest(category, DataCategoryTable.All));
            }

            foreach (var purpose in declaration.Purposes)
            {
                var purposeKnown = policy?.IsKnownPurpose(purpose.Id)
                    ?? (KnownIds.IsPurpose(purpose.Id) || KnownIds.IsAcceptableExtension(purpose.Id, PurposeTable.All, KnownIds.IsPurpose));
                if (!purposeKnown)
                {
                    ReportUnknown(report, purpose, "purpose", KnownIds.Nearest(purpose.Id, PurposeTable.All));
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

        private static void ReportUnknown(System.Action<Diagnostic> report, IdArgument argument, string kind, (string Id, int Distance)? nearest)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            var suggestion = string.Empty;
            if (nearest is { } found)
            {
                properties = properties.Add(Descriptors.NearestProperty, found.Id);
                suggestion = ": did you mean '" + found.Id + "'?";
            }

            report(Diagnostic.Create(Descriptors.UnknownId, argument.Expression.GetLocation(), properties, argument.Id, kind, suggestion));
        }
    }
}
