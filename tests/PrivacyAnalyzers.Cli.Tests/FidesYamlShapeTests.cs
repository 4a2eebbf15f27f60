using System.Text.RegularExpressions;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Manifests.Model;
using YamlDotNet.Serialization;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Issue 13 §5: the Fides YAML has fideslang's System shape. The shape below is fideslang's own, from
/// https://github.com/ethyca/fideslang/blob/40394c46599745a6b8f14d069889fddfa2651409/src/fideslang/models.py:
/// <c>FidesModel</c> with <c>fides_key</c>, <c>organization_fides_key</c>, <c>tags</c>, <c>name</c>,
/// <c>description</c>; <c>System</c> adds the required <c>system_type</c> and <c>privacy_declarations</c>;
/// <c>PrivacyDeclaration</c> has <c>name</c>, the required <c>data_categories</c> and <c>data_use</c>, and
/// <c>data_subjects</c>; where the data goes, <c>System.egress</c> (a list of <c>DataFlow</c>: <c>fides_key</c>, <c>type</c>
/// one of <c>dataset</c>, <c>system</c>, <c>user</c>, <c>data_categories</c>) and on <c>PrivacyDeclaration</c> <c>egress</c>
/// (keys that must name one of the system's egress flows: <c>privacy_declarations_reference_data_flows</c>),
/// <c>data_shared_with_third_parties</c>, <c>third_parties</c> and <c>shared_categories</c>.
/// From https://github.com/ethyca/fideslang/blob/40394c46599745a6b8f14d069889fddfa2651409/src/fideslang/validation.py:
/// a FidesKey matches <c>^[a-zA-Z0-9_.&lt;&gt;-]+$</c>.
/// The output is read back strictly: a key fideslang does not define, or a missing required one, fails.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed partial class FidesYamlShapeTests(SamplesFixture samples)
{
    private static readonly IDeserializer Strict = new DeserializerBuilder().Build();

    [Fact]
    public async Task TheWebAppIsAFideslangSystemWithOneDeclarationPerPurpose()
    {
        var document = Read(await samples.ScanOutputAsync(samples.WebAppProject, "--format", "fides"));
        var system = Assert.Single(document.System);
        Assert.Equal("webapp", system.FidesKey);
        Assert.Equal("WebApp", system.Name);
        Assert.Equal("Service", system.SystemType);
        Assert.Equal(
            new[] { "essential.fraud_detection", "essential.service", "marketing.communications", FidesFormat.UndeclaredDataUse },
            system.PrivacyDeclarations!.Select(d => d.DataUse));
        Assert.Equal(new[] { "user.device.cookie_id" }, system.PrivacyDeclarations!.Single(d => d.DataUse == FidesFormat.UndeclaredDataUse).DataCategories);
    }

    [Fact]
    public async Task ASolutionIsOneSystemPerProject()
    {
        var document = Read(await samples.ScanOutputAsync(samples.Solution, "--format", "fides"));
        Assert.Equal(new[] { "fullydeclared", "webapp" }, document.System.Select(s => s.FidesKey));
    }

    [Fact]
    public void NamesAndIdsThatMeanSomethingInYamlStayText()
    {
        // A team's own purpose ids and a project name that YAML would otherwise read as a boolean, a map or a comment.
        var site = new Site("A.cs", 3, 1, "Odd: #name", "M", "Api", "M:Api", ".NET", true, "user.name", new[] { "yes", "a: b", "true" }, null);
        var manifest = new Manifest(
            Manifest.CurrentSchemaVersion,
            new ToolInfo("privacy", "1.0.0"),
            null,
            new ScanInfo("Odd.csproj", "project", true, "full", new[] { "A note\nwith a line break." }, null, Array.Empty<ScannedProject>(), null),
            new ManifestSummary(1, 1, 3, 1, 1, 0, 1, 0),
            new[] { new CategoryEntry("user.name", "Name", "user", "NSPrivacyCollectedDataTypeName", "PSL_NAME", Array.Empty<PurposeEntry>(), 1, 0, Array.Empty<Declaration>(), new[] { site }) },
            Array.Empty<Finding>());

        var yaml = new FidesFormat().Render(manifest, new FormatContext(new Dictionary<string, RuleInfo>(), string.Empty));
        Assert.Contains("\n# Partial results", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("data_use: yes", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("data_use: true", yaml, StringComparison.Ordinal);
        var document = Read(yaml);
        var system = Assert.Single(document.System);
        Assert.Equal("Odd: #name", system.Name);
        Assert.Equal(new[] { "a: b", "true", "yes" }, system.PrivacyDeclarations!.Select(d => d.DataUse).Order(StringComparer.Ordinal));
    }

    /// <summary>Reads the YAML into fideslang's shape and checks what pydantic would: required fields, FidesKeys, flows.</summary>
    internal static void ReadStrictly(string yaml) => Read(yaml);

    /// <summary>Reads the YAML into fideslang's shape and checks what pydantic would: required fields, FidesKeys.</summary>
    private static FidesDocument Read(string yaml)
    {
        var document = Strict.Deserialize<FidesDocument>(yaml);
        Assert.NotNull(document);
        Assert.NotEmpty(document.System);
        foreach (var system in document.System)
        {
            Assert.Matches(FidesKey(), system.FidesKey ?? string.Empty);
            Assert.False(string.IsNullOrEmpty(system.SystemType), "system_type is required");
            Assert.NotNull(system.PrivacyDeclarations);
            foreach (var flow in system.Egress ?? [])
            {
                Assert.Matches(FidesKey(), flow.FidesKey ?? string.Empty);
                Assert.Contains(flow.Type, new[] { "dataset", "system", "user" });
                Assert.All(flow.DataCategories ?? [], c => Assert.Matches(FidesKey(), c));
            }

            foreach (var declaration in system.PrivacyDeclarations)
            {
                // fideslang's System validator: a declaration's egress names only the system's own egress flows.
                Assert.All(declaration.Egress ?? [], key => Assert.Contains(key, (system.Egress ?? []).Select(f => f.FidesKey)));
                Assert.All(declaration.SharedCategories ?? [], c => Assert.Contains(c, declaration.DataCategories ?? []));
                Assert.Equal(declaration.DataSharedWithThirdParties == true, declaration.ThirdParties is not null);

                Assert.NotNull(declaration.DataCategories);
                Assert.NotEmpty(declaration.DataCategories);
                Assert.False(string.IsNullOrEmpty(declaration.Name));
                Assert.All(declaration.DataCategories, c => Assert.Matches(FidesKey(), c));
                Assert.Equal(new[] { FidesFormat.DataSubject }, declaration.DataSubjects);
                if (declaration.DataUse is not ("a: b" or "true" or "yes"))
                {
                    Assert.Matches(FidesKey(), declaration.DataUse ?? string.Empty);
                }
            }
        }

        return document;
    }

    [GeneratedRegex("^[a-zA-Z0-9_.<>-]+$")]
    private static partial Regex FidesKey();

    /// <summary>fideslang's <c>Taxonomy</c>, with its <c>system</c> list.</summary>
    private sealed class FidesDocument
    {
        [YamlMember(Alias = "system")]
        public List<FidesSystem> System { get; set; } = new();
    }

    /// <summary>fideslang <c>System</c>: <c>FidesModel</c>'s fields and the ones the tool may write.</summary>
    private sealed class FidesSystem
    {
        [YamlMember(Alias = "fides_key")]
        public string? FidesKey { get; set; }

        [YamlMember(Alias = "organization_fides_key")]
        public string? OrganizationFidesKey { get; set; }

        [YamlMember(Alias = "tags")]
        public List<string>? Tags { get; set; }

        [YamlMember(Alias = "name")]
        public string? Name { get; set; }

        [YamlMember(Alias = "description")]
        public string? Description { get; set; }

        [YamlMember(Alias = "system_type")]
        public string? SystemType { get; set; }

        [YamlMember(Alias = "egress")]
        public List<FidesDataFlow>? Egress { get; set; }

        [YamlMember(Alias = "ingress")]
        public List<FidesDataFlow>? Ingress { get; set; }

        [YamlMember(Alias = "privacy_declarations")]
        public List<FidesPrivacyDeclaration>? PrivacyDeclarations { get; set; }
    }

    /// <summary>fideslang <c>DataFlow</c>.</summary>
    private sealed class FidesDataFlow
    {
        [YamlMember(Alias = "fides_key")]
        public string? FidesKey { get; set; }

        [YamlMember(Alias = "type")]
        public string? Type { get; set; }

        [YamlMember(Alias = "data_categories")]
        public List<string>? DataCategories { get; set; }
    }

    /// <summary>fideslang <c>PrivacyDeclaration</c>.</summary>
    private sealed class FidesPrivacyDeclaration
    {
        [YamlMember(Alias = "name")]
        public string? Name { get; set; }

        [YamlMember(Alias = "data_categories")]
        public List<string>? DataCategories { get; set; }

        [YamlMember(Alias = "data_use")]
        public string? DataUse { get; set; }

        [YamlMember(Alias = "data_subjects")]
        public List<string>? DataSubjects { get; set; }

        [YamlMember(Alias = "egress")]
        public List<string>? Egress { get; set; }

        [YamlMember(Alias = "ingress")]
        public List<string>? Ingress { get; set; }

        [YamlMember(Alias = "data_shared_with_third_parties")]
        public bool? DataSharedWithThirdParties { get; set; }

        [YamlMember(Alias = "third_parties")]
        public string? ThirdParties { get; set; }

        [YamlMember(Alias = "shared_categories")]
        public List<string>? SharedCategories { get; set; }
    }
}
