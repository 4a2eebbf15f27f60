using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>
    /// PRIV008: a value-aware source called with a value known only at run time. The site names every
    /// category the value may select, and their common ancestor as its category.
    /// </summary>
    internal static class PossibleCollectionReporter
    {
        public static void Report(OperationAnalysisContext context, SourceEntry source)
        {
            var rule = source.Argument!;
            var categories = new SortedSet<string>(rule.CategoriesByValue.Values, StringComparer.Ordinal);
            var operation = context.Operation;
            var member = SiteDetector.UsedMember(operation, out _);
            var site = new CollectionSite(
                TaxonomyIndex.CommonAncestor(categories),
                member is null ? source.MemberId : MemberId.DisplayName(member, null),
                SiteKind.ApiCall,
                source.MemberId,
                platform: source.Platform,
                member: ScopeNames.MemberName(context.ContainingSymbol),
                categories: categories);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PossibleCollection,
                operation.Syntax.GetLocation(),
                SiteCodec.Write(site),
                site.Api,
                rule.ParameterName,
                string.Join(", ", categories)));
        }
    }
}
