using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Rules.Reporters;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The rules about declarations as written, reported at the argument at fault: PRIV006
    /// (<see cref="UnknownIdReporter"/>) and, for known ids, PRIV009 (<see cref="DeprecatedIdReporter"/>) and
    /// PRIV002 (<see cref="PurposeNotAllowedReporter"/>).
    /// </summary>
    internal static class DeclarationRules
    {
        public static void Check(DeclarationSyntax declaration, PrivacyPolicy? policy, Action<Diagnostic> report)
        {
            var categoryKnown = UnknownIdReporter.CheckCategory(report, declaration.Category, policy);
            if (categoryKnown)
            {
                DeprecatedIdReporter.Check(report, declaration.Category, IdKind.Category);
            }

            foreach (var purpose in declaration.Purposes)
            {
                if (UnknownIdReporter.CheckPurpose(report, purpose, policy))
                {
                    DeprecatedIdReporter.Check(report, purpose, IdKind.Purpose);
                    if (categoryKnown)
                    {
                        PurposeNotAllowedReporter.Check(report, declaration.Category.Id, purpose, policy);
                    }
                }
            }
        }
    }
}
