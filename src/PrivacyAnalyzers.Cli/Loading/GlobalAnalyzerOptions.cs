using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// Analyzer config options with one global value and nothing per file: what a build's generated
    /// global config gives the analyzers for a compiler-visible property (folder mode's --platform).
    /// </summary>
    internal sealed class GlobalAnalyzerOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Options global;

        public GlobalAnalyzerOptions(string key, string value) => global = new Options(key, value);

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => global;

        private sealed class Options(string key, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, [NotNullWhen(true)] out string? result)
            {
                result = KeyComparer.Equals(name, key) ? value : null;
                return result is not null;
            }
        }
    }
}
