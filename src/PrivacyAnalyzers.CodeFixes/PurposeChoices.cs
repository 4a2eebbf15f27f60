using System.Collections.Generic;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>Which purposes a fix offers, in which order.</summary>
    internal static class PurposeChoices
    {
        /// <summary>The .editorconfig key naming the purpose bulk fixes (dotnet format) declare.</summary>
        public const string DefaultPurposeOption = "privacy_analyzers.default_purpose";

        private const string FallbackPurpose = "essential.service";

        /// <summary>
        /// The purposes to offer: first those the policy allows for the category, in the policy's
        /// order, then the taxonomy's suggested purposes not yet offered.
        /// </summary>
        public static IEnumerable<TaxonomyEntry> For(string category, PrivacyAnalyzers.Policy.PrivacyPolicy? policy)
        {
            var offered = new HashSet<string>(System.StringComparer.Ordinal);
            if (policy != null)
            {
                foreach (var id in policy.PurposesFor(category))
                {
                    if (offered.Add(id))
                    {
                        yield return TaxonomyIndex.Find(id, IdKind.Purpose) ?? new TaxonomyEntry(id, id, id);
                    }
                }
            }

            foreach (var purpose in TaxonomyIndex.All(IdKind.Purpose))
            {
                if (purpose.Suggested && offered.Add(purpose.Id))
                {
                    yield return purpose;
                }
            }
        }

        /// <summary>The project's policy, parsed, or null when it has none.</summary>
        public static async System.Threading.Tasks.Task<PrivacyAnalyzers.Policy.PrivacyPolicy?> PolicyOf(Project project, System.Threading.CancellationToken cancellationToken)
        {
            var document = PolicyFixer.FindPolicy(project);
            if (document is null)
            {
                return null;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return PrivacyAnalyzers.Policy.PolicyFiles.ParsePolicy(text, cancellationToken);
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
