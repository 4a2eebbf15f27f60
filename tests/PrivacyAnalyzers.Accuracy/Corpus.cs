namespace PrivacyAnalyzers.Accuracy;

/// <summary>One repository of the corpus (a row of <c>tests/Accuracy/corpus.tsv</c>).</summary>
/// <param name="Paths">The paths extracted from the repository (<c>.</c> for all of it).</param>
/// <param name="Mode"><c>folder</c>: only the .cs files are scanned, as loose files; <c>project</c>: the folder as it is.</param>
internal sealed record CorpusEntry(string Name, string Repository, string Commit, string Platform, IReadOnlyList<string> Paths, string Mode)
{
    public static IReadOnlyList<CorpusEntry> Parse(string text)
    {
        var entries = new List<CorpusEntry>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 6 || cells[2].Length != 40 || cells[5] is not ("folder" or "project"))
            {
                throw new FormatException($"corpus.tsv({number}): expected 'name<TAB>owner/repository<TAB>commit (40 hex)<TAB>platform<TAB>paths<TAB>folder|project'");
            }

            entries.Add(new CorpusEntry(cells[0], cells[1], cells[2], cells[3], cells[4].Split(' ', StringSplitOptions.RemoveEmptyEntries), cells[5]));
        }

        return entries;
    }
}
