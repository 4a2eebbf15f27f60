using System.Collections.Generic;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>Which purposes a fix offers, in which order.</summary>
    internal static class PurposeChoices
    {
        /// <summary>The .editorconfig key naming the purpose bulk fixes (dotnet format) declare.</summary>
        public const string DefaultPurposeOption = "privacy_analyzers.default_purpose";

        /// <summary>What bulk fixes declare when no valid default is configured.</summary>
        public const string FallbackPurpose = "essential.service";

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

        /// <summary>
        /// The purpose a fix declares when nobody chooses one (dotnet format, a keyless Fix All): what
        /// a user would pick. When the policy allows exactly one purpose for the category, that one;
        /// when it allows several, the configured default if it is among them, else the policy's
        /// first; when the policy says nothing of the category, the configured default. The policy's
        /// purposes always win over the default, so the declaration never breaks the policy (PRIV002).
        /// </summary>
        public static string BulkPurpose(string category, PrivacyAnalyzers.Policy.PrivacyPolicy? policy, string configuredDefault)
        {
            if (policy is null)
            {
                return configuredDefault;
            }

            string? first = null;
            var count = 0;
            foreach (var id in policy.PurposesFor(category))
            {
                // Only an id is ever written, whatever the file holds.
                if (PrivacyAnalyzers.Policy.LineReader.IsWellFormedId(id))
                {
                    first ??= id;
                    count++;
                }
            }

            if (first is null)
            {
                return configuredDefault;
            }

            return count > 1 && policy.Allows(category, configuredDefault) ? configuredDefault : first;
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
            => DefaultPurpose(document.Project, document.TryGetSyntaxTree(out var syntaxTree) ? syntaxTree : null);

        /// <summary>The configured default purpose for a file of the project, or <see cref="FallbackPurpose"/>.</summary>
        public static string DefaultPurpose(Project project, SyntaxTree? tree)
        {
            if (tree != null
                && project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(DefaultPurposeOption, out var configured)
                && !string.IsNullOrWhiteSpace(configured)
                && PrivacyAnalyzers.Policy.LineReader.IsWellFormedId(configured.Trim()))
            {
                // Only an id is ever written: a malformed option falls back rather than landing in code.
                return configured.Trim();
            }

            return FallbackPurpose;
        }
    }
}
