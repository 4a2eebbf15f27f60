using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Rules;
using Xunit;

namespace PrivacyAnalyzers.Tests.Verifiers;

/// <summary>
/// Checks PRIV001 sites exactly: markup <c>{|#n:…|}</c> marks each expected site, and each marker is
/// paired with the category id the diagnostic must carry in <c>Properties["category"]</c>. Any
/// other PRIV001, or a compiler error in the test code, fails the test.
/// </summary>
internal static class SiteVerifier
{
    public static Task VerifyAsync(string markup, params (int Marker, string Category)[] expected)
        => VerifyAsync(new[] { markup }, OutputKind.DynamicallyLinkedLibrary, expected);

    public static async Task VerifyAsync(string[] markups, OutputKind outputKind, params (int Marker, string Category)[] expected)
    {
        var sources = new List<string>();
        var expectedSites = new List<string>();
        for (var file = 0; file < markups.Length; file++)
        {
            TestFileMarkupParser.GetSpans(markups[file], out string source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
            sources.Add(source);
            foreach (var (marker, category) in expected)
            {
                if (spans.TryGetValue("#" + marker, out var found))
                {
                    expectedSites.Add(Describe(file, found[0], category, source));
                }
            }
        }

        Assert.Equal(expected.Length, expectedSites.Count);
        var compilation = AnalyzerRunner.Compile(sources, outputKind);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test code does not compile:\n" + string.Join("\n", errors));

        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new CollectionSiteAnalyzer());
        var actualSites = diagnostics
            .Where(d => d.Id == RuleIds.UndeclaredCollection)
            .Select(d => Describe(
                sources.IndexOf(d.Location.SourceTree!.GetText().ToString()),
                d.Location.SourceSpan,
                d.Properties["category"]!,
                d.Location.SourceTree!.GetText().ToString()))
            .ToList();

        Assert.Equal(expectedSites.OrderBy(s => s, StringComparer.Ordinal), actualSites.OrderBy(s => s, StringComparer.Ordinal));
    }

    private static string Describe(int file, TextSpan span, string category, string source)
        => $"file {file} [{span.Start}..{span.End}] '{source.Substring(span.Start, span.Length)}' -> {category}";
}
