using System.Text.RegularExpressions;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>
/// Comments and docs that point to a file of this repository point to one that exists: a comment
/// that names <c>Engine/SiteDetector</c> or <c>tests/Shared/NoOpAnalyzer.cs</c> after the file moved
/// sends the next reader nowhere. References into other repositories (<c>dotnet/macios src/contacts.cs</c>)
/// and links are not ours to check.
/// </summary>
public sealed partial class CommentReferenceTests
{
    /// <summary>A repository path (<c>src/…</c>, <c>tests/…</c>, <c>docs/…</c>, <c>samples/…</c>), with or without an extension.</summary>
    [GeneratedRegex(@"(?<![\w./-])(?:src|tests|docs)/[\w.*/-]*[\w*]")]
    private static partial Regex RepositoryPath();

    /// <summary>A source folder and file of one of our projects, as the architecture names them: <c>Engine/SourceIndex</c>.</summary>
    [GeneratedRegex(@"(?<![\w./-])([A-Z][A-Za-z]+)/([A-Z][A-Za-z0-9]+)(?:\.cs)?\b(?![/.][\w])")]
    private static partial Regex ProjectFolderFile();

    /// <summary>A reference into another repository: <c>owner/repo path</c> or a link; what follows is theirs.</summary>
    [GeneratedRegex(@"https?://\S+|\b[\w.-]+/[\w.-]+ (?=(?:src|Xamarin|Types|Additions)\b)[^,;)]*")]
    private static partial Regex ForeignReference();

    public static TheoryData<string> TrackedTexts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Tracked().Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || (f.EndsWith(".md", StringComparison.Ordinal) && f.StartsWith("docs/", StringComparison.Ordinal)) || f == "README.md"))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TrackedTexts))]
    public void PathsNamedInCommentsExist(string file)
    {
        var tracked = Tracked();
        var folders = ProjectFolders(tracked);
        var missing = new List<string>();
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, file));
        var inExample = false;
        for (var i = 0; i < lines.Length; i++)
        {
            // A markdown code block shows a user's repository, not ours.
            inExample ^= lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal);
            var text = file.EndsWith(".cs", StringComparison.Ordinal) ? CommentOf(lines[i]) : inExample ? null : lines[i];
            if (text is null)
            {
                continue;
            }

            text = ForeignReference().Replace(text, " ");
            foreach (Match match in RepositoryPath().Matches(text))
            {
                // `src/MyApp.sln`: examples name a user's code with "My".
                var path = match.Value.TrimEnd('.', '/');
                if (!path.Contains("/My", StringComparison.Ordinal) && !ExistsInRepository(path, tracked))
                {
                    missing.Add($"{file}:{i + 1}: {path}");
                }
            }

            foreach (Match match in ProjectFolderFile().Matches(text))
            {
                if (folders.TryGetValue(match.Groups[1].Value, out var names) && !names.Contains(match.Groups[2].Value))
                {
                    missing.Add($"{file}:{i + 1}: {match.Value}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Comments name files that do not exist:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TheCheckSeesAMissingFile()
    {
        var tracked = Tracked();
        Assert.True(ExistsInRepository("src/PrivacyAnalyzers/RuleIds.cs", tracked));
        Assert.True(ExistsInRepository("tests/Shared", tracked));
        Assert.False(ExistsInRepository("src/PrivacyAnalyzers/Engine/NoSuchFile.cs", tracked));
        Assert.Matches(ProjectFolderFile(), "see `Engine/NoSuchFile`");
        Assert.DoesNotMatch(RepositoryPath(), ForeignReference().Replace("checked against dotnet/macios src/contacts.cs", " "));
    }

    /// <summary>The comment part of a line of C#, or null: the first <c>//</c> outside a string literal and not in a URL.</summary>
    private static string? CommentOf(string line)
    {
        for (var at = line.IndexOf("//", StringComparison.Ordinal); at >= 0; at = line.IndexOf("//", at + 2, StringComparison.Ordinal))
        {
            var quotesBefore = line[..at].Count(c => c == '"');
            if (quotesBefore % 2 == 0 && (at == 0 || line[at - 1] != ':'))
            {
                return line[at..];
            }
        }

        return null;
    }

    private static bool ExistsInRepository(string path, IReadOnlyCollection<string> tracked)
    {
        if (path.Contains('*', StringComparison.Ordinal))
        {
            var prefix = path[..path.IndexOf('*', StringComparison.Ordinal)];
            return tracked.Any(t => t.StartsWith(prefix, StringComparison.Ordinal));
        }

        return tracked.Any(t => t == path || t.StartsWith(path + "/", StringComparison.Ordinal) || t.StartsWith(path + ".", StringComparison.Ordinal));
    }

    /// <summary>For each folder of a project (<c>Engine</c>, <c>Rules</c>, <c>Infrastructure</c>, …), the names of its files without extension.</summary>
    private static Dictionary<string, HashSet<string>> ProjectFolders(IEnumerable<string> tracked)
    {
        var folders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in tracked.Where(t => t.StartsWith("src/", StringComparison.Ordinal) || t.StartsWith("tests/", StringComparison.Ordinal)))
        {
            var parts = file.Split('/');
            for (var i = 2; i < parts.Length - 1; i++)
            {
                if (!folders.TryGetValue(parts[i], out var names))
                {
                    folders[parts[i]] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                names.Add(i == parts.Length - 2 ? Path.GetFileNameWithoutExtension(parts[^1]) : parts[i + 1]);
            }
        }

        return folders;
    }

    /// <summary>The repository's files, as git would list them: what is on disk under the tracked roots, without build output.</summary>
    private static List<string> Tracked()
    {
        var root = Repo.Root;
        var files = new List<string>();
        foreach (var top in new[] { "src", "tests", "docs" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(root, top), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (!relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal))
                {
                    files.Add(relative);
                }
            }
        }

        files.AddRange(Directory.EnumerateFiles(root).Select(Path.GetFileName)!);
        return files;
    }
}
