using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>
    /// SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif, Azure DevOps SARIF viewers):
    /// one run whose driver lists every PrivacyAnalyzers rule (friendly name, descriptions, its page as
    /// help, help link), one result per located finding with the data category in its properties and a
    /// fingerprint that does not depend on the line, and one invocation whose tool notifications say
    /// why a scan is partial. Locations are relative to the repository that holds the scanned root
    /// (<c>%SRCROOT%</c>), as code scanning expects. A flow rule's result (PRIV101–PRIV104) carries its paths
    /// as <c>codeFlows</c>: one per flow of the manifest that ends at the result's location with its category,
    /// each a thread flow from the source to the sink. Checked by Microsoft's SARIF multitool with its
    /// GitHub rules (SarifValidationTests).
    /// </summary>
    public sealed class SarifFormat : IManifestFormat
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        public const string InformationUri = "https://github.com/PrivacyAnalyzers/PrivacyAnalyzers";

        public string Name => "sarif";

        /// <summary>The <c>partialFingerprints</c> key: ours, versioned, so code scanning still computes its own line hash beside it.</summary>
        public const string FingerprintKey = "privacyAnalyzersFinding/v1";

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
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
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

                // Code scanning rejects a result without a location: a finding that has none (none does
                // today) is told as a notification instead, so the upload never fails on it.
                var located = manifest.Findings.Where(f => f.File.Length > 0).ToList();
                var fingerprints = Fingerprints(located, context.RepositoryPrefix);
                var paths = Paths(manifest);
                json.WriteStartArray("results");
                for (var i = 0; i < located.Count; i++)
                {
                    WriteResult(json, located[i], ruleIds.IndexOf(located[i].Id), context.RepositoryPrefix, fingerprints[i], paths);
                }

                json.WriteEndArray();

                WriteInvocation(json, manifest, manifest.Findings.Where(f => f.File.Length == 0).ToList(), ruleIds);
                json.WriteString("columnKind", "utf16CodeUnits");

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

            // System.Text.Json 8 (MSBuild on .NET 8 loads this library) has no JsonWriterOptions.NewLine: it ends lines
            // with Environment.NewLine. A line break inside a value is always escaped, so every raw one is the writer's.
            var text = Encoding.UTF8.GetString(stream.ToArray());
            return (Environment.NewLine == "\n" ? text : text.Replace(Environment.NewLine, "\n", StringComparison.Ordinal)) + "\n";
        }

        private static void WriteRule(Utf8JsonWriter json, string id, RuleInfo? descriptor, Manifest manifest)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            var finding = manifest.Findings.FirstOrDefault(f => f.Id == id);
            json.WriteString("name", RuleHelp.Name(id) ?? FriendlyName(id));
            var title = descriptor?.Title ?? finding?.Title ?? id;
            json.WriteStartObject("shortDescription");
            json.WriteString("text", Sentence(title));
            json.WriteEndObject();
            var description = descriptor?.Description;
            json.WriteStartObject("fullDescription");
            json.WriteString("text", Sentence(string.IsNullOrEmpty(description) ? title : description));
            json.WriteEndObject();

            var helpUri = string.IsNullOrEmpty(descriptor?.HelpLinkUri) ? finding?.HelpUri : descriptor.HelpLinkUri;
            var markdown = RuleHelp.Markdown(id, helpUri);
            json.WriteStartObject("help");
            json.WriteString("text", markdown is null ? Sentence(description ?? title) + (helpUri is null ? string.Empty : " See " + helpUri + ".") : RuleHelp.PlainText(markdown));
            json.WriteString("markdown", markdown ?? Sentence(description ?? title) + (helpUri is null ? string.Empty : $" See [{id}]({helpUri})."));
            json.WriteEndObject();
            if (!string.IsNullOrEmpty(helpUri))
            {
                json.WriteString("helpUri", helpUri);
            }

            if (descriptor is not null)
            {
                json.WriteStartObject("defaultConfiguration");
                json.WriteBoolean("enabled", descriptor.EnabledByDefault);
                json.WriteString("level", descriptor.Level);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", descriptor.Category);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        /// <summary>The flow rules, whose results have a path.</summary>
        private static readonly HashSet<string> FlowRules = new(StringComparer.Ordinal)
        {
            RuleIds.FlowToLog, RuleIds.FlowToThirdParty, RuleIds.FlowToNetwork, RuleIds.FlowToStorage,
        };

        /// <summary>Every flow's path, by its sink's place and its category.</summary>
        private static Dictionary<(string File, int Line, int Column, string Category), List<IReadOnlyList<FlowStep>>> Paths(Manifest manifest)
        {
            var paths = new Dictionary<(string File, int Line, int Column, string Category), List<IReadOnlyList<FlowStep>>>();
            foreach (var category in manifest.Categories)
            {
                foreach (var flow in (category.Recipients ?? []).SelectMany(r => r.Flows))
                {
                    // SARIF requires a thread flow to have a location: a path with no located step is left out.
                    if (flow.Path is not { Count: > 0 } path || !path.Any(s => s.File.Length > 0))
                    {
                        continue;
                    }

                    var key = (flow.File, flow.Line, flow.Column, category.Id);
                    if (!paths.TryGetValue(key, out var list))
                    {
                        paths.Add(key, list = []);
                    }

                    if (!list.Any(p => p.SequenceEqual(path)))
                    {
                        list.Add(path);
                    }
                }
            }

            return paths;
        }

        /// <summary>SARIF <c>codeFlows</c>: a thread flow per path, its steps in order, each with its place and what happens there.</summary>
        private static void WriteCodeFlows(Utf8JsonWriter json, List<IReadOnlyList<FlowStep>> paths, string prefix)
        {
            json.WriteStartArray("codeFlows");
            foreach (var path in paths)
            {
                json.WriteStartObject();
                json.WriteStartArray("threadFlows");
                json.WriteStartObject();
                json.WriteStartArray("locations");
                foreach (var step in path.Where(s => s.File.Length > 0))
                {
                    json.WriteStartObject();
                    json.WriteStartObject("location");
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", Uri(prefix, step.File));
                    json.WriteString("uriBaseId", "%SRCROOT%");
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", Math.Max(1, step.Line));
                    json.WriteNumber("startColumn", Math.Max(1, step.Column));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteStartObject("message");
                    json.WriteString("text", Sentence(step.Message));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, string prefix, string fingerprint, Dictionary<(string File, int Line, int Column, string Category), List<IReadOnlyList<FlowStep>>> paths)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Id);
            json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", finding.Severity == "error" ? "error" : "warning");
            json.WriteStartObject("message");
            json.WriteString("text", Sentence(finding.Message));
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

            if (FlowRules.Contains(finding.Id) && finding.Category is not null
                && paths.TryGetValue((finding.File, finding.Line, finding.Column, finding.Category), out var flows))
            {
                WriteCodeFlows(json, flows, prefix);
            }

            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, fingerprint);
            json.WriteEndObject();

            json.WriteStartObject("properties");
            if (finding.Category is not null)
            {
                json.WriteString("category", finding.Category);
            }

            json.WriteString("project", finding.Project);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>
        /// One fingerprint per finding that survives lines moving: a hash of what the finding is (rule,
        /// file, project, category, message: the message names the API and the member, never a line), then
        /// its rank among the findings with the same hash in line order, so two equal calls in one member
        /// stay two alerts.
        /// </summary>
        public static IReadOnlyList<string> Fingerprints(IReadOnlyList<Finding> findings, string prefix)
        {
            var hashes = findings.Select(f => Hash(f, prefix)).ToList();
            var order = Enumerable.Range(0, findings.Count)
                .OrderBy(i => hashes[i], StringComparer.Ordinal)
                .ThenBy(i => findings[i].Line)
                .ThenBy(i => findings[i].Column)
                .ThenBy(i => i);
            var result = new string[findings.Count];
            var previous = string.Empty;
            var rank = 0;
            foreach (var i in order)
            {
                rank = hashes[i] == previous ? rank + 1 : 1;
                previous = hashes[i];
                result[i] = hashes[i] + ":" + rank.ToString(CultureInfo.InvariantCulture);
            }

            return result;
        }

        private static string Hash(Finding finding, string prefix)
        {
            var identity = string.Join('\u001f', finding.Id, Uri(prefix, finding.File), finding.Project, finding.Category ?? string.Empty, finding.Message);
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(identity))).ToLowerInvariant()[..32];
        }

        /// <summary>
        /// The run's one invocation. Its tool notifications say what a reader of the results cannot see:
        /// why the scan is partial (the manifest's notes, failed projects, projects with compile errors,
        /// unresolved references) and any finding without a location. A project that failed to load is an
        /// error notification, and then the execution did not succeed.
        /// </summary>
        private static void WriteInvocation(Utf8JsonWriter json, Manifest manifest, IReadOnlyList<Finding> unlocated, List<string> ruleIds)
        {
            var failed = manifest.Scan.Projects.Where(p => p.Status == "failed").ToList();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", failed.Count == 0);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var note in manifest.Scan.Notes)
            {
                Notification(json, manifest.Scan.Partial ? "warning" : "note", note);
            }

            foreach (var project in failed)
            {
                Notification(json, "error", $"Project {project.Name} was not analysed" + (project.Message is null ? "." : ": " + project.Message));
            }

            foreach (var project in manifest.Scan.Projects.Where(p => p.Status == "compile-errors"))
            {
                Notification(json, "warning", $"Project {project.Name} does not compile: its results may be incomplete" + (project.Message is null ? "." : ": " + project.Message));
            }

            if (manifest.Scan.Unresolved is { Total: > 0 } unresolved)
            {
                var names = string.Join(", ", unresolved.Symbols.Take(10).Select(s => $"{s.Name} ({s.Diagnostic}, {s.Count.ToString(CultureInfo.InvariantCulture)})"));
                Notification(json, "warning", $"{Text.Plural(unresolved.Total, "reference")} did not resolve, so sites that use them cannot be found: {names}.");
            }

            foreach (var finding in unlocated)
            {
                json.WriteStartObject();
                json.WriteString("level", finding.Severity == "error" ? "error" : "warning");
                json.WriteStartObject("message");
                json.WriteString("text", $"{finding.Id} (no location, project {finding.Project}): {finding.Message}");
                json.WriteEndObject();
                json.WriteStartObject("associatedRule");
                json.WriteString("id", finding.Id);
                json.WriteNumber("index", ruleIds.IndexOf(finding.Id));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        private static void Notification(Utf8JsonWriter json, string level, string text)
        {
            json.WriteStartObject();
            json.WriteString("level", level);
            json.WriteStartObject("message");
            json.WriteString("text", Sentence(text));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>SARIF's messages are sentences (SARIF2001): ended with a period unless they already end a sentence.</summary>
        private static string Sentence(string text)
        {
            var trimmed = text.TrimEnd();
            return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
        }

        /// <summary>A rule the tool has no constant for (none today) is named after its id.</summary>
        private static string FriendlyName(string id) => "Rule" + new string(id.Where(char.IsAsciiLetterOrDigit).ToArray());

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
