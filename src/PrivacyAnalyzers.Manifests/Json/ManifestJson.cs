using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests
{
    /// <summary>
    /// The manifest's JSON, versioned (<c>schemaVersion</c>) and naming its JSON Schema (<c>$schema</c>:
    /// docs/schema/privacy-manifest.schema.json): the one writer and reader, so the CLI's <c>json</c> format, the
    /// build's <c>privacy-manifest.json</c> and <c>privacy merge</c> write the same bytes.
    /// </summary>
    public static class ManifestJson
    {
        /// <summary>The serializer settings of the format (camelCase, nulls left out, two-space indent; lines end with <c>\n</c>, see <see cref="Serialize"/>).</summary>
        public static JsonSerializerOptions Options { get; } = new()
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Messages hold quotes, brackets and "…": keep them readable; JSON stays valid.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };

        /// <summary>
        /// <see cref="Options"/> with the manifest's metadata generated at compile time (<see cref="ManifestJsonContext"/>),
        /// for writing only: the build's task writes in a cold MSBuild node, where reflection's metadata costs the most.
        /// Reading stays with reflection, which leaves an init property the file lacks at its initializer (a manifest
        /// without <c>$schema</c> still gets <see cref="Manifest.SchemaUri"/>); the generated reader of System.Text.Json 8
        /// would set it to null.
        /// </summary>
        private static readonly JsonSerializerOptions WriteOptions = new(Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ManifestJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };

        /// <summary>The manifest as the file holds it, ending with a newline.</summary>
        public static string Serialize(Manifest manifest)
        {
            // System.Text.Json 8 (MSBuild on .NET 8 loads this) indents by two and ends lines with Environment.NewLine;
            // the file's lines end with \n everywhere. A raw line break occurs only between tokens (strings escape theirs).
            var json = JsonSerializer.Serialize(manifest, WriteOptions);
            return (Environment.NewLine == "\n" ? json : json.Replace(Environment.NewLine, "\n", StringComparison.Ordinal)) + "\n";
        }

        /// <summary>Reads a manifest written by this tool, checking its schema version.</summary>
        /// <exception cref="ManifestReadException">The file is missing, unreadable, not a manifest or of another schema version.</exception>
        public static Manifest Read(string path)
        {
            if (!File.Exists(path))
            {
                throw new ManifestReadException($"'{path}' does not exist.");
            }

            try
            {
                using var stream = File.OpenRead(path);
                return Read(stream, path);
            }
            catch (IOException exception)
            {
                throw new ManifestReadException($"Cannot read '{path}': {exception.Message}", exception);
            }
            catch (UnauthorizedAccessException exception)
            {
                throw new ManifestReadException($"Cannot read '{path}': {exception.Message}", exception);
            }
        }

        /// <summary>Reads a manifest from a stream; <paramref name="name"/> names it in errors.</summary>
        public static Manifest Read(Stream stream, string name)
        {
            Manifest? manifest;
            try
            {
                using var document = JsonDocument.Parse(stream);
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number)
                {
                    throw new ManifestReadException($"'{name}' is not a privacy manifest (no schemaVersion): write one with `privacy scan --format json`.");
                }

                if (!version.TryGetInt32(out var number) || number != Manifest.CurrentSchemaVersion)
                {
                    throw new ManifestReadException($"'{name}' has schemaVersion {version.GetRawText()}; this tool reads version {Manifest.CurrentSchemaVersion}.");
                }

                manifest = document.Deserialize<Manifest>(Options);
            }
            catch (JsonException exception)
            {
                throw new ManifestReadException($"'{name}' is not valid manifest JSON: {exception.Message}", exception);
            }

            if (manifest?.Categories is null || manifest.Scan is null)
            {
                throw new ManifestReadException($"'{name}' is not a complete privacy manifest (no categories or scan).");
            }

            return manifest;
        }
    }

    /// <summary>A manifest or compiler log that cannot be read: the message says which file and why.</summary>
    public sealed class ManifestReadException : Exception
    {
        public ManifestReadException()
        {
        }

        public ManifestReadException(string message)
            : base(message)
        {
        }

        public ManifestReadException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
