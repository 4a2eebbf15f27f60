using System.Globalization;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Manifests.Formats;

namespace PrivacyAnalyzers.Cli.Formats
{
    /// <summary>
    /// The analyzers' descriptors as the renderers (PrivacyAnalyzers.Manifests, no Roslyn) read them. The build task
    /// reads the same fields from the compiler's SARIF log, which writes them from these descriptors: title and
    /// description in the invariant culture, the default severity as a SARIF level.
    /// </summary>
    internal static class RuleInfos
    {
        public static IReadOnlyDictionary<string, RuleInfo> From(IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
        {
            var rules = new Dictionary<string, RuleInfo>(descriptors.Count, StringComparer.Ordinal);
            foreach (var (id, descriptor) in descriptors)
            {
                rules[id] = new RuleInfo(
                    descriptor.Id,
                    descriptor.Title.ToString(CultureInfo.InvariantCulture),
                    descriptor.Description.ToString(CultureInfo.InvariantCulture),
                    descriptor.HelpLinkUri,
                    descriptor.Category,
                    Level(descriptor.DefaultSeverity),
                    descriptor.IsEnabledByDefault);
            }

            return rules;
        }

        /// <summary>SARIF's level of a severity, as the compiler's log writes it: info and hidden are both notes.</summary>
        public static string Level(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };
    }
}
