using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.RequiredReasons
{
    /// <summary>
    /// Whether a compilation targets an Apple platform, from <c>build_property.TargetPlatformIdentifier</c>
    /// (<c>net8.0-ios</c> → <c>ios</c>), which the package's props make compiler-visible. Decided once, at
    /// compilation start: off Apple targets the required-reason rules register nothing.
    /// </summary>
    internal static class ApplePlatform
    {
        public const string PropertyKey = "build_property.TargetPlatformIdentifier";

        /// <summary>The platform identifiers of Apple's targets, as the target framework spells them.</summary>
        public static readonly ImmutableArray<string> Identifiers = ImmutableArray.Create("ios", "maccatalyst", "macos", "tvos");

        public static bool IsApple(string? identifier)
        {
            if (identifier is null)
            {
                return false;
            }

            var trimmed = identifier.Trim();
            foreach (var known in Identifiers)
            {
                if (string.Equals(known, trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The target platform: the global options (a build, the tool's folder mode), else the options of
        /// the first tree, which carry global values too and an .editorconfig's (tests, hand-made setups).
        /// </summary>
        public static string? Read(AnalyzerOptions options, Compilation compilation)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            if (provider.GlobalOptions.TryGetValue(PropertyKey, out var global) && !string.IsNullOrWhiteSpace(global))
            {
                return global;
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                return provider.GetOptions(tree).TryGetValue(PropertyKey, out var value) ? value : null;
            }

            return null;
        }
    }
}
