using System.Globalization;
using System.Text.Json;

namespace PrivacyAnalyzers.Manifests
{
    /// <summary>
    /// Reads the C# compiler's SARIF 2.1 error log (<c>-p:ErrorLog=file%2Cversion%3D2.1</c>) into
    /// <see cref="DiagnosticRecord"/>s: <c>ruleId</c>, <c>level</c>, <c>message.text</c>, the first location's
    /// <c>physicalLocation</c> (file URI and region), <c>relatedLocations</c> (the additional locations, in order),
    /// <c>properties.customProperties</c> (the diagnostic's properties), the rule's title and help link from
    /// <c>tool.driver.rules</c>. Suppressed results (<c>suppressions</c>) are left out, as the CLI's analysis leaves them out.
    /// Another version of SARIF, a log of another tool, or a file that is truncated or does not have this shape is
    /// refused with a <see cref="ManifestReadException"/> that says which and where; results of an older analyzer
    /// (no custom properties) are findings still, and sites only when they carry a category.
    /// </summary>
    public static class CompilerLog
    {
        /// <summary>The SARIF version the compiler writes with <c>version=2.1</c>.</summary>
        public const string SarifVersion = "2.1.0";

        /// <summary>The C# compiler's tool name in the log (<c>tool.driver.name</c>).</summary>
        public const string CompilerName = "Microsoft (R) Visual C# Compiler";

        /// <summary>The compile errors that say a reference did not resolve (the CLI counts them as unresolved).</summary>
        private static readonly HashSet<string> UnresolvedIds = new(StringComparer.Ordinal) { "CS0246", "CS0103", "CS0234", "CS0400", "CS0012" };

        /// <summary>One project's records from its log; positions relative to <paramref name="rootDirectory"/>.</summary>
        /// <param name="documents">How many documents the project compiles (the build's <c>@(Compile)</c>), as the manifest records it.</param>
        public static ProjectRecords Read(string sarifPath, string projectName, string rootDirectory, int documents)
        {
            ArgumentException.ThrowIfNullOrEmpty(sarifPath);
            ArgumentException.ThrowIfNullOrEmpty(projectName);
            ArgumentException.ThrowIfNullOrEmpty(rootDirectory);
            if (!File.Exists(sarifPath))
            {
                throw new ManifestReadException($"'{sarifPath}' does not exist: the compiler writes it with -p:ErrorLog=<file>%2Cversion%3D2.1.");
            }

            JsonDocument document;
            try
            {
                using var stream = File.OpenRead(sarifPath);
                document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
            }
            catch (JsonException exception)
            {
                throw new ManifestReadException($"'{sarifPath}' is not a complete SARIF log (truncated or edited?): {exception.Message}", exception);
            }
            catch (IOException exception)
            {
                throw new ManifestReadException($"Cannot read '{sarifPath}': {exception.Message}", exception);
            }

            using (document)
            {
                return new Reader(sarifPath, projectName, Path.GetFullPath(rootDirectory)).Read(document.RootElement, documents);
            }
        }

        private sealed class Reader
        {
            private readonly string path;
            private readonly string project;
            private readonly string root;

            public Reader(string path, string project, string root)
            {
                this.path = path;
                this.project = project;
                this.root = root;
            }

            public ProjectRecords Read(JsonElement log, int documents)
            {
                if (log.ValueKind != JsonValueKind.Object)
                {
                    throw Refuse("is not a SARIF log (not a JSON object)");
                }

                var version = log.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (version != SarifVersion)
                {
                    throw Refuse(version is null
                        ? "is not a SARIF log (no version)"
                        : $"is SARIF {version}; the manifest is read from SARIF {SarifVersion}: build with -p:ErrorLog=<file>%2Cversion%3D2.1");
                }

                var runs = Array(log, "runs", "the log");
                var diagnostics = new List<DiagnosticRecord>();
                var errors = new List<DiagnosticRecord>();
                var unresolved = new List<UnresolvedReference>();
                foreach (var run in runs.EnumerateArray())
                {
                    var driver = Object(Object(run, "tool", "a run"), "driver", "a run's tool");
                    var name = String(driver, "name", "the run's tool.driver");
                    if (name != CompilerName)
                    {
                        throw Refuse($"was written by '{name}', not the C# compiler: only the compiler's log carries the analyzers' diagnostic properties");
                    }

                    var rules = Rules(driver);
                    var index = 0;
                    foreach (var result in Array(run, "results", "a run").EnumerateArray())
                    {
                        var record = Result(result, index++, rules);
                        if (record is null)
                        {
                            continue;
                        }

                        if (record.Id.StartsWith("PRIV", StringComparison.Ordinal))
                        {
                            diagnostics.Add(record);
                        }
                        else if (record.Severity == DiagnosticLevel.Error && record.Id.StartsWith("CS", StringComparison.Ordinal))
                        {
                            errors.Add(record);
                            if (UnresolvedIds.Contains(record.Id))
                            {
                                unresolved.Add(new UnresolvedReference(record.Id, record.Id));
                            }
                        }
                    }
                }

                string status = ProjectRecords.Analyzed;
                string? message = null;
                if (errors.Count > 0)
                {
                    status = ProjectRecords.CompileErrors;
                    var first = errors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column).First();
                    message = string.Create(CultureInfo.InvariantCulture, $"{errors.Count} compile error{(errors.Count == 1 ? string.Empty : "s")}, first: {(first.Location.File.Length == 0 ? "(no file)" : first.Location.File)}({first.Location.Line},{first.Location.Column}): {first.Id}: {first.Message}");
                }

                return new ProjectRecords(project, status, documents, message, diagnostics, unresolved, unresolved.Count > 0);
            }

            private DiagnosticRecord? Result(JsonElement result, int index, Dictionary<string, (string Title, string? HelpUri)> rules)
            {
                var where = $"result {index}";
                if (result.ValueKind != JsonValueKind.Object)
                {
                    throw Refuse($"has a {where} that is not an object");
                }

                // Suppressed in source or by a suppressor: the scan does not report it either.
                if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.ValueKind == JsonValueKind.Array && suppressions.GetArrayLength() > 0)
                {
                    return null;
                }

                var id = String(result, "ruleId", where);
                var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                var severity = level switch
                {
                    "error" => DiagnosticLevel.Error,
                    "warning" => DiagnosticLevel.Warning,
                    "note" => DiagnosticLevel.Info,
                    "none" => DiagnosticLevel.Hidden,
                    _ => throw Refuse($"has a {where} ({id}) of level '{level}', which SARIF does not define"),
                };
                var message = String(Object(result, "message", where), "text", where + "'s message");
                var location = RecordLocation.None;
                if (result.TryGetProperty("locations", out var locations))
                {
                    if (locations.ValueKind != JsonValueKind.Array)
                    {
                        throw Refuse($"has a {where} ({id}) whose locations are not an array");
                    }

                    if (locations.GetArrayLength() > 0)
                    {
                        location = Location(locations[0], where);
                    }
                }

                var additional = new List<RecordLocation>();
                if (result.TryGetProperty("relatedLocations", out var related))
                {
                    if (related.ValueKind != JsonValueKind.Array)
                    {
                        throw Refuse($"has a {where} ({id}) whose relatedLocations are not an array");
                    }

                    foreach (var item in related.EnumerateArray())
                    {
                        additional.Add(Location(item, where));
                    }
                }

                var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
                if (result.TryGetProperty("properties", out var bag) && bag.ValueKind == JsonValueKind.Object
                    && bag.TryGetProperty("customProperties", out var custom))
                {
                    if (custom.ValueKind != JsonValueKind.Object)
                    {
                        throw Refuse($"has a {where} ({id}) whose customProperties are not an object");
                    }

                    foreach (var property in custom.EnumerateObject())
                    {
                        properties[property.Name] = property.Value.ValueKind switch
                        {
                            JsonValueKind.String => property.Value.GetString(),
                            JsonValueKind.Null => null,
                            _ => throw Refuse($"has a {where} ({id}) whose custom property '{property.Name}' is not a string"),
                        };
                    }
                }

                var rule = rules.TryGetValue(id, out var found) ? found : (Title: string.Empty, HelpUri: (string?)null);
                return new DiagnosticRecord(id, severity, rule.Title, message, rule.HelpUri, location, additional, properties, project);
            }

            private RecordLocation Location(JsonElement location, string where)
            {
                if (location.ValueKind != JsonValueKind.Object || !location.TryGetProperty("physicalLocation", out var physical))
                {
                    // A location without a physical place (a logical one): the manifest has none to show.
                    return RecordLocation.None;
                }

                var artifact = Object(physical, "artifactLocation", where + "'s physicalLocation");
                var uri = String(artifact, "uri", where + "'s artifactLocation");
                var line = 0;
                var column = 0;
                if (physical.TryGetProperty("region", out var region))
                {
                    line = Positive(region, "startLine", where);
                    column = region.TryGetProperty("startColumn", out _) ? Positive(region, "startColumn", where) : 1;
                }

                return new RecordLocation(FilePath(uri, where), line, column);
            }

            /// <summary>The file relative to the root, as the CLI writes it (forward slashes).</summary>
            private string FilePath(string uri, string where)
            {
                string file;
                if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile)
                {
                    file = absolute.LocalPath;
                }
                else if (Uri.TryCreate(uri, UriKind.Relative, out _))
                {
                    // A generated file's hint name, or a path the build mapped (PathMap): kept as the compiler wrote it.
                    file = Uri.UnescapeDataString(uri);
                }
                else
                {
                    throw Refuse($"has a {where} with the location '{uri}', which is not a file URI");
                }

                var relative = Path.IsPathRooted(file) ? Path.GetRelativePath(root, file) : file;
                return relative.Replace('\\', '/');
            }

            private Dictionary<string, (string Title, string? HelpUri)> Rules(JsonElement driver)
            {
                var rules = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
                if (!driver.TryGetProperty("rules", out var list))
                {
                    return rules;
                }

                if (list.ValueKind != JsonValueKind.Array)
                {
                    throw Refuse("has tool.driver.rules that are not an array");
                }

                foreach (var rule in list.EnumerateArray())
                {
                    var id = String(rule, "id", "a rule");
                    var title = rule.TryGetProperty("shortDescription", out var text) && text.ValueKind == JsonValueKind.Object
                        && text.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
                    var help = rule.TryGetProperty("helpUri", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                    rules[id] = (title, help);
                }

                return rules;
            }

            private int Positive(JsonElement element, string name, string where)
                => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number > 0
                    ? number
                    : throw Refuse($"has a {where} whose region.{name} is not a positive integer");

            private JsonElement Array(JsonElement element, string name, string what)
                => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                    ? value
                    : throw Refuse($"has no '{name}' array in {what}");

            private JsonElement Object(JsonElement element, string name, string what)
                => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
                    ? value
                    : throw Refuse($"has no '{name}' object in {what}");

            private string String(JsonElement element, string name, string what)
                => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : throw Refuse($"has no '{name}' string in {what}");

            private ManifestReadException Refuse(string why) => new($"'{path}' {why}.");
        }
    }
}
