using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// Finds PrivacyPolicy.txt and PersonalDataSources.txt among the additional files and parses each
    /// version once. The providers cache by <see cref="SourceText"/> (Roslyn's sanctioned cache for
    /// additional files), so a keystroke in code does not re-parse a policy that did not change.
    /// </summary>
    // These helpers read the additional files of a start context whose actions the caller registers.
#pragma warning disable RS1012
    internal static class PolicyFiles
    {
        private static readonly SourceTextValueProvider<PrivacyPolicy> PolicyProvider = new SourceTextValueProvider<PrivacyPolicy>(text => PolicyParser.Parse(text));
        private static readonly SourceTextValueProvider<SourcesFile> SourcesProvider = new SourceTextValueProvider<SourcesFile>(text => SourcesParser.Parse(text));

        public static bool IsPolicy(AdditionalText file) => HasName(file, PolicyParser.FileName);

        public static bool IsSources(AdditionalText file) => HasName(file, SourcesParser.FileName);

        /// <summary>The parsed policy and its file, or nulls when the project has none.</summary>
        public static (PrivacyPolicy? Policy, AdditionalText? File) FindPolicy(CompilationStartAnalysisContext context)
        {
            foreach (var file in context.Options.AdditionalFiles)
            {
                if (IsPolicy(file) && file.GetText(context.CancellationToken) is { } text
                    && context.TryGetValue(text, PolicyProvider, out var policy))
                {
                    return (policy, file);
                }
            }

            return (null, null);
        }

        /// <summary>The parsed sources file and the file it came from (the first of that name), or an empty set.</summary>
        public static (SourcesFile Sources, AdditionalText? File) FindSources(CompilationStartAnalysisContext context)
        {
            foreach (var file in context.Options.AdditionalFiles)
            {
                if (IsSources(file) && file.GetText(context.CancellationToken) is { } text
                    && context.TryGetValue(text, SourcesProvider, out var sources))
                {
                    return (sources, file);
                }
            }

            return (SourcesFile.Empty, null);
        }

        /// <summary>For code fixes and tools, which parse without an analysis context.</summary>
        public static PrivacyPolicy ParsePolicy(SourceText text, CancellationToken cancellationToken) => PolicyParser.Parse(text, cancellationToken);

        public static Location LocationIn(AdditionalText file, SourceText text, TextSpan span)
            => Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));

        private static bool HasName(AdditionalText file, string name)
            => string.Equals(Path.GetFileName(file.Path), name, StringComparison.OrdinalIgnoreCase);
    }
#pragma warning restore RS1012
}
