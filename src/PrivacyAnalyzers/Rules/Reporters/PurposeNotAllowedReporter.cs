using System;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>PRIV002: a declared purpose the privacy policy does not allow for the declaration's category.</summary>
    internal static class PurposeNotAllowedReporter
    {
        public static void Check(Action<Diagnostic> report, string category, IdArgument purpose, PrivacyPolicy? policy)
        {
            // A category the policy does not mention at all is PRIV003's business, at the sites.
            if (policy is null || !policy.Relates(category) || policy.AllowsDeclaration(category, purpose.Id))
            {
                return;
            }

            report(Diagnostic.Create(
                Descriptors.PurposeNotAllowed,
                purpose.Expression.GetLocation(),
                SiteCodec.WritePurposeNotAllowed(category, purpose.Id),
                purpose.Id,
                category));
        }
    }
}
