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

        public FolderOptions(bool nameFallback)
        {
            global = nameFallback ? new Options(ImmutableDictionary<string, string>.Empty.Add(NameFallbackKey, "true")) : Empty;
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
