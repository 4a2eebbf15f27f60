using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Json.Schema;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Issue 13 §5: the JSON manifest has a JSON Schema in the repository (docs/schema/privacy-manifest.schema.json,
/// draft 2020-12), every manifest names it (<c>$schema</c>), and every manifest the tool writes validates
/// against it (JsonSchema.Net). The schema and the model cannot drift apart: each record's properties are
/// exactly its definition's.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class ManifestSchemaTests(SamplesFixture samples)
{
    private static readonly string SchemaPath = Path.Combine(RepositoryRoot(), "docs", "schema", "privacy-manifest.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public async Task EveryManifestValidatesAndNamesTheSchema()
    {
        using var schemaText = JsonDocument.Parse(await File.ReadAllTextAsync(SchemaPath));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schemaText.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(Manifest.SchemaUri, schemaText.RootElement.GetProperty("$id").GetString());

        foreach (var arguments in new[]
        {
            new[] { "scan", samples.WebAppProject },
            new[] { "scan", samples.Solution },
            new[] { "scan", samples.MixedSolution },
            new[] { "scan", samples.LooseFolder },
            new[] { "scan", samples.WarnedProject },
            new[] { "scan", samples.LooseFolder, "--timestamp" },
        })
        {
            var run = await samples.CachedAsync(arguments);
            Assert.True(run.ExitCode is 0 or 2 && run.StandardOutput.Length > 0, run.ToString());
            using var manifest = JsonDocument.Parse(run.StandardOutput);
            Assert.Equal(Manifest.SchemaUri, manifest.RootElement.GetProperty("$schema").GetString());
            Assert.Equal("$schema", manifest.RootElement.EnumerateObject().First().Name);
            var errors = Errors(manifest.RootElement);
            Assert.True(errors.Count == 0, $"{string.Join(" ", arguments)}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    [Fact]
    public async Task TheSchemaRejectsWhatTheToolNeverWrites()
    {
        var valid = JsonNode.Parse(await samples.ScanOutputAsync(samples.WebAppProject))!;
        Assert.Empty(Errors(JsonSerializer.SerializeToElement(valid)));

        foreach (var (mutate, what) in new (Action<JsonNode>, string)[]
        {
            (m => m["scan"]!["kind"] = "library", "an unknown scan kind"),
            (m => m["schemaVersion"] = 2, "another schema version"),
            (m => m["categories"]![0]!["sites"]![0]!["declared"] = "yes", "a string for a boolean"),
            (m => m["categories"]![0]!["sites"]![0]!["confidence"] = "guessed", "an unknown site confidence"),
            (m => m["findings"]![0]!["id"] = "CA1001", "a finding that is not a PRIV rule"),
            (m => m["summary"]!.AsObject().Remove("sites"), "a missing count"),
            (m => m["tool"]!["extra"] = 1, "a property the model does not have"),
            (m => m["scan"]!["root"] = "/home/me/App.csproj", "an absolute root"),
        })
        {
            var copy = valid.DeepClone();
            mutate(copy);
            Assert.True(Errors(JsonSerializer.SerializeToElement(copy)).Count > 0, "the schema accepted " + what);
        }
    }

    /// <summary>Each model record's JSON properties are exactly its schema definition's (the root's for <see cref="Manifest"/>).</summary>
    [Fact]
    public void TheSchemaDefinesExactlyTheModelsProperties()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var definitions = schema.RootElement.GetProperty("$defs");
        var records = typeof(Manifest).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Manifest).Namespace && t.IsPublic && t.IsClass && t.GetMethod("<Clone>$") is not null)
            .ToList();
        Assert.Contains(typeof(Site), records);
        foreach (var record in records)
        {
            var definition = record == typeof(Manifest) ? schema.RootElement : definitions.GetProperty(record.Name);
            var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name != "EqualityContract")
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .Order(StringComparer.Ordinal);
            Assert.Equal(properties, definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.False(definition.GetProperty("additionalProperties").GetBoolean(), record.Name + " allows properties the model does not have");
        }
    }

    /// <summary>The schema's closed sets are the code's tables, so a platform, pass, sink kind or required reason added there cannot make manifests invalid unnoticed.</summary>
    [Fact]
    public void TheSchemasEnumsAreTheCodesClosedSets()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var definitions = schema.RootElement.GetProperty("$defs");
        JsonElement Property(string definition, string name) => definitions.GetProperty(definition).GetProperty("properties").GetProperty(name);
        static IEnumerable<string> Values(JsonElement element) => element.EnumerateArray().Select(v => v.GetString()!).Order(StringComparer.Ordinal);
        static IEnumerable<string> Sorted(IEnumerable<string> values) => values.Order(StringComparer.Ordinal);

        var platforms = typeof(PrivacyAnalyzers.Cli.Loading.PlatformNamespaces).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(Sorted(platforms), Values(Property("PlatformGap", "platform").GetProperty("enum")));
        Assert.Equal(
            Sorted(PrivacyAnalyzers.Cli.Loading.PreprocessorPasses.Known.Select(s => s.Name)),
            Values(Property("Site", "conditions").GetProperty("items").GetProperty("enum")));
        Assert.Equal(
            Sorted(PrivacyAnalyzers.Manifests.ManifestAssembler.SinkNames),
            Values(Property("Recipient", "sink").GetProperty("enum")));
        Assert.Equal(Sorted(PrivacyAnalyzers.Contract.RequiredReasonInfo.ApplePlatforms), Values(Property("AppleInfo", "platform").GetProperty("enum")));
        Assert.Equal(Sorted(PrivacyAnalyzers.Contract.RequiredReasonInfo.Categories), Values(Property("AccessedApiEntry", "category").GetProperty("enum")));
        var reasons = definitions.GetProperty("AccessedApiEntry").GetProperty("oneOf").EnumerateArray()
            .ToDictionary(
                branch => branch.GetProperty("properties").GetProperty("category").GetProperty("const").GetString()!,
                branch => Values(branch.GetProperty("properties").GetProperty("reasons").GetProperty("items").GetProperty("enum")).ToList());
        Assert.Equal(Sorted(PrivacyAnalyzers.Contract.RequiredReasonInfo.Categories), reasons.Keys.Order(StringComparer.Ordinal));
        foreach (var category in PrivacyAnalyzers.Contract.RequiredReasonInfo.Categories)
        {
            Assert.Equal(Sorted(PrivacyAnalyzers.Contract.RequiredReasonInfo.ReasonsOf(category)), reasons[category]);
        }

        var confidences = Values(Property("Site", "confidence").GetProperty("enum")).ToList();
        Assert.Contains(PrivacyAnalyzers.Cli.Analysis.ManifestBuilder.SymbolConfidence, confidences);
        Assert.Contains(PrivacyAnalyzers.Cli.Analysis.ManifestBuilder.ReferenceShapeConfidence, confidences);
        Assert.Contains(PrivacyAnalyzers.Contract.CollectionSite.NameConfidence, confidences);
    }

    [Fact]
    public async Task AManifestWithoutSchemaStillReadsAndRendersWithIt()
    {
        var folder = samples.NewOutputFolder();
        var old = JsonNode.Parse(await samples.ScanOutputAsync(samples.WebAppProject))!.AsObject();
        old.Remove("$schema");
        var path = Path.Combine(folder, "old.json");
        await File.WriteAllTextAsync(path, old.ToJsonString());
        var render = await Tool.RunAsync("render", path, "--format", "json");
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Contains($"\"$schema\": \"{Manifest.SchemaUri}\"", render.StandardOutput, StringComparison.Ordinal);
    }

    private static List<string> Errors(JsonElement manifest)
    {
        var result = Schema.Value.Evaluate(manifest, Options);
        return result.IsValid ? new List<string>()
            : (result.Details ?? new List<EvaluationResults>()).Prepend(result)
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({e.Key}): {e.Value}"))
                .DefaultIfEmpty("invalid, with no detail")
                .ToList();
    }

    private static string RepositoryRoot()
        => typeof(ManifestSchemaTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
}
