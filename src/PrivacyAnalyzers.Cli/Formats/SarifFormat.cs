using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Cli.Model;

namespace PrivacyAnalyzers.Cli.Formats
{
    /// <summary>
    /// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif, Azure DevOps SARIF viewers):
    /// one run whose driver lists every PrivacyAnalyzers rule with its help link, and one result per
    /// finding, with the data category in the result's properties. Locations are relative to the
    /// repository that holds the scanned root (<c>%SRCROOT%</c>), as code scanning expects.
    /// </summary>
    internal sealed class SarifFormat : IManifestFormat
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        public const string InformationUri = "https://github.com/PrivacyAnalyzers/PrivacyAnalyzers";

        public string Name => "sarif";

        public string Description => "SARIF 2.1.0: findings as results, every rule with its help link";

        public string Render(Manifest manifest, FormatContext context)
        {
            var rules = context.Rules.Values
                .Where(d => d.Id.StartsWith("PRIV", StringComparison.Ordinal))
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
            // A finding from a rule the tool does not know (it cannot happen today) still gets a rule entry.
            var ruleIds = rules.Select(r => r.Id).ToList();
            foreach (var id in manifest.Findings.Select(f => f.Id).Distinct(StringComparer.Ordinal).Where(id => !ruleIds.Contains(id)).OrderBy(id => id, StringComparer.Ordinal))
            {
                ruleIds.Add(id);
            }

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();

                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "PrivacyAnalyzers");
                json.WriteString("semanticVersion", manifest.Tool.Version);
                json.WriteString("version", manifest.Tool.Version);
                json.WriteString("informationUri", InformationUri);
                json.WriteStartArray("rules");
                foreach (var id in ruleIds)
                {
                    WriteRule(json, id, rules.FirstOrDefault(r => r.Id == id), manifest);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteStartArray("results");
                foreach (var finding in manifest.Findings)
                {
                    WriteResult(json, finding, ruleIds.IndexOf(finding.Id), context.RepositoryPrefix);
                }

                json.WriteEndArray();

                json.WriteStartObject("properties");
                json.WriteString("root", manifest.Scan.Root);
                json.WriteString("kind", manifest.Scan.Kind);
                json.WriteBoolean("partial", manifest.Scan.Partial);
                json.WriteString("confidence", manifest.Scan.Confidence);
                if (manifest.Scan.Notes.Count > 0)
                {
                    json.WriteStartArray("notes");
                    foreach (var note in manifest.Scan.Notes)
                    {
                        json.WriteStringValue(note);
                    }

                    json.WriteEndArray();
                }

                json.WriteNumber("categories", manifest.Summary.Categories);
                json.WriteNumber("sites", manifest.Summary.Sites);
                json.WriteNumber("undeclaredSites", manifest.Summary.UndeclaredSites);
                if (manifest.GeneratedAt is not null)
                {
                    json.WriteString("generatedAt", manifest.GeneratedAt);
                }

                json.WriteEndObject();

                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void WriteRule(Utf8JsonWriter json, string id, DiagnosticDescriptor? descriptor, Manifest manifest)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            var finding = manifest.Findings.FirstOrDefault(f => f.Id == id);
            var title = descriptor?.Title.ToString(CultureInfo.InvariantCulture) ?? finding?.Title ?? id;
            json.WriteStartObject("shortDescription");
            json.WriteString("text", title);
            json.WriteEndObject();
            var description = descriptor?.Description.ToString(CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(description))
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", description);
                json.WriteEndObject();
            }

            var help = descriptor?.HelpLinkUri ?? finding?.HelpUri;
            if (!string.IsNullOrEmpty(help))
            {
                json.WriteString("helpUri", help);
            }

            if (descriptor is not null)
            {
                json.WriteStartObject("defaultConfiguration");
                json.WriteBoolean("enabled", descriptor.IsEnabledByDefault);
                json.WriteString("level", Level(descriptor.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", descriptor.Category);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, string prefix)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Id);
            json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", finding.Severity == "error" ? "error" : "warning");
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            if (finding.File.Length > 0)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Uri(prefix, finding.File));
                json.WriteString("uriBaseId", "%SRCROOT%");
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", finding.Line);
                json.WriteNumber("startColumn", finding.Column);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteStartObject("properties");
            if (finding.Category is not null)
            {
                json.WriteString("category", finding.Category);
            }

            json.WriteString("project", finding.Project);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static string Level(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };

        /// <summary>The repository-relative URI of a root-relative file, with <c>..</c> segments folded.</summary>
        public static string Uri(string prefix, string file)
        {
            var segments = new List<string>();
            foreach (var segment in (prefix + file).Split('/'))
            {
                if (segment is "" or ".")
                {
                    continue;
                }

                if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                }
                else
                {
                    segments.Add(segment);
                }
            }

            return string.Join('/', segments.Select(System.Uri.EscapeDataString));
        }
    }
}
