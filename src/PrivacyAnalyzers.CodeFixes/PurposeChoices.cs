using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>Which purposes a fix offers, in which order.</summary>
    internal static class PurposeChoices
    {
        /// <summary>The .editorconfig key naming the purpose bulk fixes (dotnet format) declare.</summary>
        public const string DefaultPurposeOption = "privacy_analyzers.default_purpose";

        private const string FallbackPurpose = "essential.service";

        /// <summary>The suggested purposes of the taxonomy, in table order.</summary>
        public static IEnumerable<TaxonomyEntry> For(string category)
        {
            _ = category; // The policy file narrows and orders the choice per category once it is read.
            foreach (var purpose in PurposeTable.All)
            {
                if (purpose.Suggested)
                {
                    yield return purpose;
                }
            }
        }

        public static string DefaultPurpose(Document document)
        {
            var tree = document.TryGetSyntaxTree(out var syntaxTree) ? syntaxTree : null;
            if (tree != null
                && document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(DefaultPurposeOption, out var configured)
                && !string.IsNullOrWhiteSpace(configured))
            {
                return configured.Trim();
            }

            return FallbackPurpose;
        }
    }
}
