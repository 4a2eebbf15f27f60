using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>
/// The platform stubs are listed once, by tests/Stubs/PlatformStubs.props (every project folder under tests/Stubs),
/// and everything else follows from that list: the test references, and a README table that is checked here.
/// </summary>
public sealed class PlatformStubTests
{
    private static string StubsFolder => Path.Combine(Repo.Root, "tests", "Stubs");

    /// <summary>The stub projects on disk: one folder, one .csproj of the same name, one assembly of that name.</summary>
    private static SortedSet<string> StubProjects()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var project in Directory.EnumerateFiles(StubsFolder, "*.csproj", SearchOption.AllDirectories))
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(project)!);
            Assert.True(
                Path.GetFileNameWithoutExtension(project) == folder && Path.GetDirectoryName(Path.GetDirectoryName(project)) == StubsFolder,
                $"{project}: a stub project is tests/Stubs/<Name>/<Name>.csproj, so that PlatformStubs.props finds it and its assembly is <Name>.dll");
            names.Add(folder);
        }

        return names;
    }

    [Fact]
    public void TestReferencesEnumerateEveryStubProject()
    {
        var referenced = new SortedSet<string>(TestReferences.PlatformStubFiles.Select(f => Path.GetFileNameWithoutExtension(f)), StringComparer.Ordinal);
        Assert.Equal(StubProjects(), referenced);
        Assert.Equal(TestReferences.PlatformStubFiles.Length, TestReferences.PlatformStubs.Length);
        Assert.All(TestReferences.PlatformStubFiles, file => Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, file)), $"{file} was not copied next to the tests"));
    }

    [Fact]
    public void ReadmeTableListsExactlyTheStubProjects()
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(StubsFolder, "README.md")))
        {
            var row = Regex.Match(line, @"^\| `(?<folder>[^`/]+)/` \| `(?<assembly>[^`]+)` \| .+ \|$");
            if (row.Success)
            {
                Assert.Equal(row.Groups["folder"].Value, row.Groups["assembly"].Value);
                Assert.True(rows.Add(row.Groups["folder"].Value), $"README.md lists {row.Groups["folder"].Value} twice");
            }
        }

        Assert.Equal(StubProjects(), rows);
    }

    [Fact]
    public void NoTestProjectListsStubsByHand()
    {
        foreach (var project in Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests"), "*.csproj", SearchOption.AllDirectories))
        {
            if (project.StartsWith(StubsFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(project);
            Assert.False(
                Regex.IsMatch(text, @"Stubs\\[^""\\]+\\[^""\\]+\.csproj"),
                $"{project} references a stub project directly: import tests/Stubs/PlatformStubs.props instead");
        }
    }

    [Fact]
    public void EveryStubSourceCitesTheDocumentationItMirrors()
    {
        var sources = Directory.EnumerateFiles(StubsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.StartsWith("// Mirrors https://", File.ReadLines(source).First(), StringComparison.Ordinal));
    }
}
