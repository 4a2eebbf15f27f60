using System.Globalization;
using System.Text;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>Helpers shared by the text formats.</summary>
    public static class Text
    {
        public static string Plural(int count, string singular, string? plural = null)
            => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

        /// <summary>A Markdown table cell: pipes escaped, line breaks flattened.</summary>
        public static string Cell(string? text)
            => (text ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

        public static string Location(string file, int line, int column)
            => file.Length == 0 ? "(no location)" : string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}");

        /// <summary>Purposes as "Name (`id`), …", or the given text when there are none.</summary>
        public static string Purposes(IEnumerable<PurposeEntry> purposes, string none)
        {
            var list = purposes.Select(p => p.Name == p.Id ? $"`{p.Id}`" : $"{p.Name} (`{p.Id}`)").ToList();
            return list.Count == 0 ? none : string.Join(", ", list);
        }

        /// <summary>One sentence saying how complete the scan is.</summary>
        public static string Completeness(ScanInfo scan)
            => !scan.Partial ? string.Empty
                : "Partial results" + (scan.Confidence == "reduced" ? " (reduced confidence)" : string.Empty) + ": " + string.Join(" ", scan.Notes);

        public static string Summary(ManifestSummary summary)
            => $"{Plural(summary.Categories, "data category", "data categories")}, {Plural(summary.Sites, "collection site")} "
                + $"({summary.DeclaredSites.ToString(CultureInfo.InvariantCulture)} declared, {summary.UndeclaredSites.ToString(CultureInfo.InvariantCulture)} undeclared), "
                + $"{Plural(summary.Declarations, "declaration")}, {Plural(summary.Findings, "finding")}";

        /// <summary>A StringBuilder that always ends lines with \n, whatever the platform.</summary>
        public sealed class Lines
        {
            private readonly StringBuilder builder = new();

            public Lines Add(string line = "")
            {
                builder.Append(line).Append('\n');
                return this;
            }

            public override string ToString() => builder.ToString();
        }
    }
}
