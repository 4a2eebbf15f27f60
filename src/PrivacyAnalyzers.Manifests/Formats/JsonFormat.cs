using System.Text.Json;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>
    /// The manifest itself, versioned (<c>schemaVersion</c>) and naming its JSON Schema (<c>$schema</c>:
    /// docs/schema/privacy-manifest.schema.json, which ManifestSchemaTests checks every output and the model against).
    /// <c>privacy diff</c>, <c>privacy render</c> and <c>privacy merge</c> read it back. The bytes are
    /// <see cref="ManifestJson"/>'s, which the build's MSBuild task writes too.
    /// </summary>
    public sealed class JsonFormat : IManifestFormat
    {
        /// <summary>The serializer settings of the format.</summary>
        public static JsonSerializerOptions Options => ManifestJson.Options;

        public string Name => "json";

        public string Description => "the manifest (default): categories, purposes, declarations, sites, findings, summary";

        public string Render(Manifest manifest, FormatContext context) => ManifestJson.Serialize(manifest);

        /// <summary>Reads a manifest written by this tool, checking its schema version.</summary>
        public static Manifest Read(string path)
        {
            try
            {
                return ManifestJson.Read(path);
            }
            catch (ManifestReadException exception)
            {
                throw new ManifestFormatException(exception.Message, inner: exception);
            }
        }
    }
}
