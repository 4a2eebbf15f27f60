using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PrivacyAnalyzers.Cli.Model;

namespace PrivacyAnalyzers.Cli.Formats
{
    /// <summary>
    /// The manifest itself, versioned (<c>schemaVersion</c>) and naming its JSON Schema (<c>$schema</c>:
    /// docs/schema/privacy-manifest.schema.json, which ManifestSchemaTests checks every output and the model against).
    /// <c>privacy diff</c> and <c>privacy render</c> read it back.
    /// </summary>
    internal sealed class JsonFormat : IManifestFormat
    {
        public static readonly JsonSerializerOptions Options = new()
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Messages hold quotes, brackets and "…": keep them readable; JSON stays valid.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };

        public string Name => "json";

        public string Description => "the manifest (default): categories, purposes, declarations, sites, findings, summary";

        public string Render(Manifest manifest, FormatContext context)
            => JsonSerializer.Serialize(manifest, Options) + "\n";

        /// <summary>Reads a manifest written by this tool, checking its schema version.</summary>
        public static Manifest Read(string path)
        {
            if (!File.Exists(path))
            {
                throw new ToolException($"'{path}' does not exist.");
            }

            Manifest? manifest;
            try
            {
                using var stream = File.OpenRead(path);
                using var document = JsonDocument.Parse(stream);
                if (!document.RootElement.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number)
                {
                    throw new ToolException($"'{path}' is not a privacy manifest (no schemaVersion): write one with `privacy scan --format json`.");
                }

                if (version.GetInt32() != Manifest.CurrentSchemaVersion)
                {
                    throw new ToolException($"'{path}' has schemaVersion {version.GetInt32()}; this tool reads version {Manifest.CurrentSchemaVersion}.");
                }

                manifest = document.Deserialize<Manifest>(Options);
            }
            catch (JsonException exception)
            {
                throw new ToolException($"'{path}' is not valid manifest JSON: {exception.Message}", exception);
            }
            catch (IOException exception)
            {
                throw new ToolException($"Cannot read '{path}': {exception.Message}", exception);
            }

            if (manifest?.Categories is null || manifest.Scan is null)
            {
                throw new ToolException($"'{path}' is not a complete privacy manifest (no categories or scan).");
            }

            return manifest;
        }
    }
}
