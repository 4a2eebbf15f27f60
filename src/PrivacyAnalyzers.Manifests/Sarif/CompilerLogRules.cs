using System.Text.Json;
using PrivacyAnalyzers.Manifests.Formats;

namespace PrivacyAnalyzers.Manifests.Sarif
{
    /// <summary>
    /// The rules of the compiler's SARIF 2.1 log (<c>runs[].tool.driver.rules</c>) as the renderers read them: the
    /// build's SARIF, like <c>privacy render</c>'s, lists every PrivacyAnalyzers rule with its descriptor's fields.
    /// The compiler writes every descriptor of every analyzer it ran (CommonCompiler adds them with
    /// <c>AddAnalyzerDescriptorsAndExecutionTime</c> whenever an error log is on), each from the descriptor itself:
    /// <c>shortDescription</c> the title, <c>fullDescription</c> the description, <c>helpUri</c>, <c>properties.category</c>,
    /// and <c>defaultConfiguration</c> only where it differs from SARIF's defaults (<c>level</c> warning, <c>enabled</c>
    /// true). Only PRIV rules are kept.
    /// </summary>
    public static class CompilerLogRules
    {
        /// <summary>The log's PRIV rules by id; a log the manifest reader accepted has them in this shape.</summary>
        /// <exception cref="ManifestReadException">The file cannot be read as JSON.</exception>
        public static IReadOnlyDictionary<string, RuleInfo> Read(string sarifPath)
        {
            try
            {
                using var stream = File.OpenRead(sarifPath);
                using var document = JsonDocument.Parse(stream);
                return Read(document.RootElement);
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
            {
                throw new ManifestReadException($"'{sarifPath}': its rules cannot be read: {exception.Message}", exception);
            }
        }

        private static Dictionary<string, RuleInfo> Read(JsonElement log)
        {
            var rules = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
            if (log.ValueKind != JsonValueKind.Object || !log.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                return rules;
            }

            foreach (var run in runs.EnumerateArray())
            {
                if (!(Object(run, "tool") is { } tool && Object(tool, "driver") is { } driver
                    && driver.TryGetProperty("rules", out var list) && list.ValueKind == JsonValueKind.Array))
                {
                    continue;
                }

                foreach (var rule in list.EnumerateArray())
                {
                    var id = String(rule, "id");
                    if (!id.StartsWith("PRIV", StringComparison.Ordinal) || rules.ContainsKey(id))
                    {
                        continue;
                    }

                    var configuration = Object(rule, "defaultConfiguration");
                    var level = configuration is { } c && String(c, "level") is { Length: > 0 } l ? l : "warning";
                    var enabled = configuration is not { } e || !e.TryGetProperty("enabled", out var flag) || flag.ValueKind != JsonValueKind.False;
                    rules.Add(id, new RuleInfo(
                        id,
                        Object(rule, "shortDescription") is { } title ? String(title, "text") : string.Empty,
                        Object(rule, "fullDescription") is { } description ? String(description, "text") : string.Empty,
                        String(rule, "helpUri"),
                        Object(rule, "properties") is { } properties ? String(properties, "category") : string.Empty,
                        level,
                        enabled));
                }
            }

            return rules;
        }

        private static JsonElement? Object(JsonElement element, string name)
            => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

        private static string String(JsonElement element, string name)
            => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
    }
}
