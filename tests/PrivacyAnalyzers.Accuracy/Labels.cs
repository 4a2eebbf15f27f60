namespace PrivacyAnalyzers.Accuracy;

/// <summary>A collection site found by hand: where it is and what it collects.</summary>
/// <param name="Categories">The category, or several separated by <c>|</c> when a reviewer would accept either.</param>
internal sealed record LabelledSite(string Path, int Line, IReadOnlyList<string> Categories, string? Note);

/// <summary>A line where a report would be noise, and why.</summary>
internal sealed record NoiseLine(string Path, int Line, string Reason);

/// <summary>
/// One repository's labels (<c>tests/Accuracy/labels/&lt;name&gt;.tsv</c>), tab-separated, <c>#</c> comments:
/// <c>site	path	line	category	[note]</c> and <c>noise	path	line	reason</c>. Paths are relative to
/// the repository's extracted folder, with forward slashes.
/// </summary>
internal sealed record LabelFile(IReadOnlyList<LabelledSite> Sites, IReadOnlyList<NoiseLine> Noise)
{
    public static LabelFile Parse(string text, string fileName)
    {
        var sites = new List<LabelledSite>();
        var noise = new List<NoiseLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 4 || !int.TryParse(cells[2], out var lineNumber) || lineNumber < 1 || cells[1].Length == 0 || cells[3].Trim().Length == 0)
            {
                throw new FormatException($"{fileName}({number}): expected 'site<TAB>path<TAB>line<TAB>category[<TAB>note]' or 'noise<TAB>path<TAB>line<TAB>reason'");
            }

            var path = Normalize(cells[1]);
            switch (cells[0])
            {
                case "site":
                    sites.Add(new LabelledSite(path, lineNumber, cells[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), cells.Length > 4 ? cells[4] : null));
                    break;
                case "noise":
                    noise.Add(new NoiseLine(path, lineNumber, cells[3]));
                    break;
                default:
                    throw new FormatException($"{fileName}({number}): the first column is 'site' or 'noise', not '{cells[0]}'");
            }
        }

        return new LabelFile(sites, noise);
    }

    public static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');
}
