using System.Text.Json;
using System.Text.Json.Serialization;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests
{
    /// <summary>
    /// The manifest's serialization metadata, generated at compile time. The build's task writes one manifest per
    /// project in a fresh MSBuild node: with reflection, System.Text.Json would first build the metadata of every
    /// model type and JIT a converter for each (about 100 ms of CPU per node, measured in docs/msbuild.md "Cost");
    /// the generated metadata skips that. The settings are <see cref="ManifestJson.Options"/>'s (the encoder, which an
    /// attribute cannot name, is set there), so the bytes do not change.
    /// </summary>
    [JsonSourceGenerationOptions(
        WriteIndented = true,
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow)]
    [JsonSerializable(typeof(Manifest))]
    internal sealed partial class ManifestJsonContext : JsonSerializerContext
    {
    }
}
