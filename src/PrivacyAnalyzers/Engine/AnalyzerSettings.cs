using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Options read from .editorconfig (<c>privacy_analyzers.*</c>), typed, with their defaults.
    /// Read per syntax tree, and only for matched sites, so the hot path never touches them.
    /// </summary>
    internal readonly struct AnalyzerSettings
    {
        /// <summary>Whether a declaration on a type covers the sites of its members (default true).</summary>
        public const string TypeDeclarationsKey = "privacy_analyzers.type_declarations";

        /// <summary>Whether an <c>[assembly: CollectsPersonalData]</c> covers every site (default true).</summary>
        public const string AssemblyDeclarationsKey = "privacy_analyzers.assembly_declarations";

        public static readonly AnalyzerSettings Default = new AnalyzerSettings(allowTypeDeclarations: true, allowAssemblyDeclarations: true);

        public AnalyzerSettings(bool allowTypeDeclarations, bool allowAssemblyDeclarations)
        {
            AllowTypeDeclarations = allowTypeDeclarations;
            AllowAssemblyDeclarations = allowAssemblyDeclarations;
        }

        public bool AllowTypeDeclarations { get; }

        public bool AllowAssemblyDeclarations { get; }

        public static AnalyzerSettings For(AnalyzerOptions options, SyntaxTree tree)
        {
            var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            return new AnalyzerSettings(
                ReadBoolean(config, TypeDeclarationsKey, defaultValue: true),
                ReadBoolean(config, AssemblyDeclarationsKey, defaultValue: true));
        }

        private static bool ReadBoolean(AnalyzerConfigOptions config, string key, bool defaultValue)
        {
            if (!config.TryGetValue(key, out var value))
            {
                return defaultValue;
            }

            value = value.Trim();
            if (string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return string.Equals(value, "false", System.StringComparison.OrdinalIgnoreCase) ? false : defaultValue;
        }
    }
}
