using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>Every rule is documented, linked and tracked, in step with its descriptor.</summary>
public sealed class DocumentationTests
{
    public static TheoryData<string> RuleIdsData()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void RuleIdsAreUniqueAndWellFormed()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^PRIV[0-9]{3}$", id));
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants.OrderBy(x => x), ids.OrderBy(x => x));
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void RuleHasADocPageWhoseTitleMatches(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var page = Path.Combine(Repo.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        var lines = File.ReadAllLines(page);
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        var text = string.Join("\n", lines);
        foreach (var heading in new[] { "## Cause", "## Rule description", "## How to fix", "## When to suppress", "## Configuration" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void HelpLinkPointsToTheDocPage(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIdsData))]
    public void ReadmeAndReleaseTrackingListTheRule(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        Assert.Contains($"| [{id}](docs/rules/{id}.md) | {descriptor.Title} |", readme, StringComparison.Ordinal);
        var releases = File.ReadAllText(Path.Combine(Repo.Root, "src", "PrivacyAnalyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(Repo.Root, "src", "PrivacyAnalyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains(id + " |", releases, StringComparison.Ordinal);
    }

    internal static IEnumerable<DiagnosticDescriptor> Descriptors()
        => typeof(global::PrivacyAnalyzers.Rules.CollectionSiteAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => g.First());
}
