using System.Text.Json;

namespace PrivacyAnalyzers.Accuracy;

/// <summary>
/// Reads the sites of a JSON manifest (docs/manifest.md, schema 1): <c>categories[].sites[]</c>, each
/// with the category that holds it. Read as JSON, not through the tool's model types, so the runner
/// scores any version of the tool, the one before a change as well as the one after it.
/// </summary>
internal static class ManifestReader
{
    public static IReadOnlyList<ReportedSite> Sites(string json)
    {
        using var document = JsonDocument.Parse(json);
        var sites = new List<ReportedSite>();
        if (!document.RootElement.TryGetProperty("categories", out var categories))
        {
            return sites;
        }

        foreach (var category in categories.EnumerateArray())
        {
            var id = category.GetProperty("id").GetString()!;
            foreach (var site in category.GetProperty("sites").EnumerateArray())
            {
                sites.Add(new ReportedSite(
                    site.GetProperty("file").GetString()!,
                    site.GetProperty("line").GetInt32(),
                    site.TryGetProperty("column", out var column) ? column.GetInt32() : 0,
                    id,
                    site.TryGetProperty("api", out var api) ? api.GetString() ?? string.Empty : string.Empty,
                    site.TryGetProperty("confidence", out var confidence) && confidence.ValueKind == JsonValueKind.String ? confidence.GetString() : null));
            }
        }

        return sites;
    }

    /// <summary>The manifest's scan notes and not-analysed platforms, printed beside the score so a blind scan shows.</summary>
    public static IReadOnlyList<string> Notes(string json)
    {
        using var document = JsonDocument.Parse(json);
        var notes = new List<string>();
        if (document.RootElement.TryGetProperty("scan", out var scan) && scan.TryGetProperty("notes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var note in list.EnumerateArray())
            {
                notes.Add(note.GetString() ?? string.Empty);
            }
        }

        return notes;
    }
}
