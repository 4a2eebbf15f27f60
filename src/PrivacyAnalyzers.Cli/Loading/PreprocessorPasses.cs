using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// Platform code under <c>#if</c>: a folder scan has no build to define symbols, so <c>#if ANDROID</c>,
    /// <c>#if __IOS__</c> or <c>#if UNITY_ANDROID</c> code is dead text to the default pass. Folder mode therefore
    /// analyses the files that test a platform's symbols once more with that platform's usual symbol set (the
    /// .NET for Android, iOS, Mac Catalyst and Windows sets of the SDK, Xamarin's <c>__ANDROID__</c>/<c>__IOS__</c>,
    /// Unity's player defines), chosen from the symbols the code tests; and it reports as not analysed any region
    /// that no pass made active and that still names a catalogued API.
    /// https://learn.microsoft.com/dotnet/standard/frameworks#preprocessor-symbols,
    /// https://learn.microsoft.com/dotnet/maui/platform-integration/invoke-platform-code#conditional-compilation,
    /// https://docs.unity3d.com/Manual/PlatformDependentCompilation.html
    /// </summary>
    internal static class PreprocessorPasses
    {
        /// <summary>
        /// The sets: a name (the symbol the manifest shows), the symbols that choose it when the code tests one,
        /// the symbols it defines, and the prefix of its versioned symbols (<c>ANDROID21_0_OR_GREATER</c>,
        /// <c>UNITY_2021_3_OR_NEWER</c>), each defined when the code tests it.
        /// </summary>
        public static readonly ImmutableArray<SymbolSet> Known = ImmutableArray.Create(
            new SymbolSet("ANDROID", ["ANDROID", "__ANDROID__", "MONOANDROID"], ["ANDROID", "__ANDROID__", "__MOBILE__", "MONOANDROID", "NET", "NETCOREAPP"], ["ANDROID", "__ANDROID_"]),
            new SymbolSet("IOS", ["IOS", "__IOS__"], ["IOS", "__IOS__", "__MOBILE__", "__UNIFIED__", "NET", "NETCOREAPP"], ["IOS"]),
            new SymbolSet("MACCATALYST", ["MACCATALYST", "__MACCATALYST__"], ["MACCATALYST", "__MACCATALYST__", "__UNIFIED__", "NET", "NETCOREAPP"], ["MACCATALYST"]),
            new SymbolSet("WINDOWS", ["WINDOWS", "WINDOWS_UWP", "NETFX_CORE"], ["WINDOWS", "NET", "NETCOREAPP"], ["WINDOWS"]),
            new SymbolSet("UNITY_ANDROID", ["UNITY_ANDROID"], ["UNITY_ANDROID", "UNITY_5_3_OR_NEWER", "ENABLE_MONO", "NET_STANDARD_2_0"], ["UNITY_"]),
            new SymbolSet("UNITY_IOS", ["UNITY_IOS", "UNITY_IPHONE"], ["UNITY_IOS", "UNITY_IPHONE", "UNITY_5_3_OR_NEWER", "ENABLE_IL2CPP", "NET_STANDARD_2_0"], ["UNITY_"]));

        /// <summary>Every symbol an <c>#if</c> or <c>#elif</c> of the trees tests.</summary>
        public static ImmutableHashSet<string> TestedSymbols(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
        {
            var symbols = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var tree in trees)
            {
                foreach (var symbol in TestedSymbols(tree, cancellationToken))
                {
                    symbols.Add(symbol);
                }
            }

            return symbols.ToImmutable();
        }

        /// <summary>The sets the code asks for, in <see cref="Known"/>'s order.</summary>
        public static ImmutableArray<SymbolSet> Chosen(ImmutableHashSet<string> tested)
            => Known.Where(set => set.Triggers.Any(tested.Contains)).ToImmutableArray();

        /// <summary>The symbols a pass defines: the set's own, and its versioned symbols the code tests.</summary>
        public static ImmutableArray<string> Symbols(SymbolSet set, ImmutableHashSet<string> tested)
            => set.Defines
                .Concat(tested.Where(t => set.VersionPrefixes.Any(p => IsVersioned(t, p))))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary><c>ANDROID21_0_OR_GREATER</c>, <c>UNITY_2021_3_OR_NEWER</c>, Xamarin's <c>__ANDROID_29__</c>.</summary>
        private static bool IsVersioned(string symbol, string prefix)
            => symbol.StartsWith(prefix, StringComparison.Ordinal)
                && (symbol.EndsWith("_OR_GREATER", StringComparison.Ordinal) || symbol.EndsWith("_OR_NEWER", StringComparison.Ordinal)
                    || (prefix == "__ANDROID_" && symbol.EndsWith("__", StringComparison.Ordinal)));

        /// <summary>Whether a tree's directives test any of the set's triggers or versioned symbols (only those trees are parsed again).</summary>
        public static bool Tests(SyntaxTree tree, ImmutableArray<string> symbols, CancellationToken cancellationToken)
            => TestedSymbols(tree, cancellationToken).Any(s => symbols.Contains(s, StringComparer.Ordinal));

        /// <summary>The 0-based lines of a tree that are inactive (disabled text) under its parse options.</summary>
        public static HashSet<int> InactiveLines(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var lines = new HashSet<int>();
            var root = tree.GetRoot(cancellationToken);
            if (!root.ContainsDirectives)
            {
                return lines;
            }

            var text = tree.GetText(cancellationToken);
            foreach (var trivia in root.DescendantTrivia(n => n.ContainsDirectives, descendIntoTrivia: false))
            {
                if (trivia.IsKind(SyntaxKind.DisabledTextTrivia))
                {
                    var span = text.Lines.GetLinePositionSpan(trivia.Span);
                    for (var line = span.Start.Line; line <= span.End.Line && line < text.Lines.Count; line++)
                    {
                        if (text.Lines[line].Span.Length > 0)
                        {
                            lines.Add(line);
                        }
                    }
                }
            }

            return lines;
        }

        /// <summary>
        /// The regions made of <paramref name="lines"/> (0-based, never active) that name a catalogued API, written
        /// <c>Type.Member</c> (<c>Geolocation.Default.GetLocationAsync</c> counts as <c>Geolocation.GetLocationAsync</c>)
        /// or <c>new Type</c>: each with its first and last line (1-based) and the APIs it names.
        /// </summary>
        public static IEnumerable<(int Start, int End, ImmutableArray<string> Apis)> CataloguedRegions(SourceText text, HashSet<int> lines, ImmutableHashSet<string> catalogued)
        {
            foreach (var (start, end) in Runs(lines))
            {
                var span = TextSpan.FromBounds(text.Lines[start].Start, text.Lines[end].End);
                var found = new SortedSet<string>(StringComparer.Ordinal);
                var tokens = SyntaxFactory.ParseTokens(text.ToString(span)).ToList();
                for (var i = 0; i + 2 < tokens.Count; i++)
                {
                    if (tokens[i].IsKind(SyntaxKind.NewKeyword) && tokens[i + 1].IsKind(SyntaxKind.IdentifierToken)
                        && catalogued.Contains("new " + tokens[i + 1].ValueText))
                    {
                        found.Add("new " + tokens[i + 1].ValueText);
                        continue;
                    }

                    if (!tokens[i].IsKind(SyntaxKind.IdentifierToken) || !tokens[i + 1].IsKind(SyntaxKind.DotToken) || !tokens[i + 2].IsKind(SyntaxKind.IdentifierToken))
                    {
                        continue;
                    }

                    var pair = tokens[i].ValueText + "." + tokens[i + 2].ValueText;
                    if (catalogued.Contains(pair))
                    {
                        found.Add(pair);
                    }
                    else if (tokens[i + 2].ValueText is "Default" or "Current" && i + 4 < tokens.Count && tokens[i + 3].IsKind(SyntaxKind.DotToken)
                        && catalogued.Contains(tokens[i].ValueText + "." + tokens[i + 4].ValueText))
                    {
                        found.Add(tokens[i].ValueText + "." + tokens[i + 4].ValueText);
                    }
                }

                if (found.Count > 0)
                {
                    yield return (start + 1, end + 1, found.ToImmutableArray());
                }
            }
        }

        private static IEnumerable<(int Start, int End)> Runs(HashSet<int> lines)
        {
            var sorted = lines.OrderBy(l => l).ToList();
            for (var i = 0; i < sorted.Count;)
            {
                var start = sorted[i];
                var end = start;
                while (i + 1 < sorted.Count && sorted[i + 1] <= end + 2)
                {
                    end = sorted[++i];
                }

                i++;
                yield return (start, end);
            }
        }

        private static IEnumerable<string> TestedSymbols(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax { ContainsDirectives: true } root)
            {
                yield break;
            }

            foreach (var trivia in root.DescendantTrivia(n => n.ContainsDirectives, descendIntoTrivia: false))
            {
                if (!trivia.IsDirective)
                {
                    continue;
                }

                var directive = trivia.GetStructure();
                var condition = directive switch
                {
                    IfDirectiveTriviaSyntax @if => @if.Condition,
                    ElifDirectiveTriviaSyntax elif => elif.Condition,
                    _ => null,
                };
                if (condition is null)
                {
                    continue;
                }

                foreach (var name in condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    yield return name.Identifier.ValueText;
                }
            }
        }

        /// <summary>One platform's usual symbol set.</summary>
        internal sealed record SymbolSet(string Name, ImmutableArray<string> Triggers, ImmutableArray<string> Defines, ImmutableArray<string> VersionPrefixes);
    }
}
