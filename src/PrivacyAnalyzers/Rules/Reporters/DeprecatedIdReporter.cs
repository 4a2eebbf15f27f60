using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>
    /// PRIV009: a former, non-fideslang id in a declaration. The id still works (it is read as its
    /// replacement everywhere); this names the fideslang id to write, and DeprecatedIdFixer writes it.
    /// </summary>
    internal static class DeprecatedIdReporter
    {
        public static void Check(Action<Diagnostic> report, IdArgument argument, IdKind kind)
        {
            if (TaxonomyIndex.Deprecated(argument.Id, kind) is not { } former)
            {
                return;
            }

            report(Diagnostic.Create(
                Descriptors.DeprecatedId,
                argument.Expression.GetLocation(),
                SiteCodec.WriteDeprecatedId(former.Id, former.ReplacedBy),
                former.Id,
                former.ReplacedByText));
        }
    }
}
