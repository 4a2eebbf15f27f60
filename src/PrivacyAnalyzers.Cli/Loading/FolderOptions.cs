using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// The analyzer options of a folder scan: no .editorconfig, and one global option, the name fallback
    /// (<c>privacy_analyzers.name_fallback = true</c>), which folder mode turns on as docs/manifest.md promises:
    /// without a project, references to what was never restored do not resolve, and only names are left.
    /// </summary>
    internal sealed class FolderOptions : AnalyzerConfigOptionsProvider
    {
        /// <summary>The analyzers' option key (Engine/NameFallback.OptionKey, spelled here: the tool sees only the public contract).</summary>
        public const string NameFallbackKey = "privacy_analyzers.name_fallback";

        private static readonly AnalyzerConfigOptions Empty = new Options(ImmutableDictionary<string, string>.Empty);

        private readonly AnalyzerConfigOptions global;

        /// <param name="platform">The Apple platform given with --platform, seen by the analyzers as
        /// build_property.TargetPlatformIdentifier, as a project's build would give it (the required-reason rules).</param>
        public FolderOptions(bool nameFallback, string? platform = null)
        {
            var values = ImmutableDictionary.Create<string, string>(AnalyzerConfigOptions.KeyComparer);
            if (nameFallback)
            {
                values = values.Add(NameFallbackKey, "true");
            }

            if (platform is not null)
            {
                values = values.Add(PrivacyAnalyzers.Contract.RequiredReasonInfo.PlatformProperty, platform);
            }

            global = values.IsEmpty ? Empty : new Options(values);
        }

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

            public override IEnumerable<string> Keys => values.Keys;
        }
    }
}
