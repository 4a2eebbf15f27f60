using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Robustness.Tests;

/// <summary>
/// Never throw: every analyzer runs on broken code, deterministic mutants of the samples, the seed
/// programs and the project's own sources (lines dropped or doubled or moved, the file cut short, runs
/// of tokens removed, unbalanced brackets), with a policy and a sources file and without, with the
/// inventory rule turned on. No analyzer may throw and every location must lie in its file.
/// </summary>
public sealed class MutationTests
{
    /// <summary>Mutants per operator for each sample and seed file: 6 operators, so 12 per file.</summary>
    private const int VariantsPerOperator = 2;

    /// <summary>Mutants per file of src/: the operator rotates from file to file.</summary>
    private const int VariantsPerProjectSource = 1;

    /// <summary>Files of src/ per test case, so a failure names a small group.</summary>
    private const int ProjectSourcesPerCase = 10;

    /// <summary>.editorconfig options that turn the coverage settings the other way, one with a value that is no boolean.</summary>
    private static readonly Dictionary<string, string> StrictOptions = new(StringComparer.Ordinal)
    {
        ["privacy_analyzers.type_declarations"] = "false",
        ["privacy_analyzers.assembly_declarations"] = " FALSE ",
        ["privacy_analyzers.default_purpose"] = "not a purpose",
    };

    public static TheoryData<string, string> CorpusFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var project in Corpora.Samples.Concat(Corpora.Seeds))
        {
            foreach (var file in project.UserFiles)
            {
                data.Add(project.Name, file.Path);
            }
        }

        return data;
    }

    public static TheoryData<int> ProjectSourceGroups()
    {
        var data = new TheoryData<int>();
        for (var group = 0; group * ProjectSourcesPerCase < Corpora.ProjectSources.Count; group++)
        {
            data.Add(group);
        }

        return data;
    }

    [Fact]
    public void TheCorporaAreThere()
    {
        Assert.Contains(Corpora.Samples, p => p.Name.EndsWith("WebPortal", StringComparison.Ordinal));
        Assert.Equal(["AppleApp", "ConsoleTool", "Devices", "WebShop"], Corpora.Seeds.Select(p => p.Name.Split('/').Last()));
        Assert.True(Corpora.ProjectSources.Count > 50, $"only {Corpora.ProjectSources.Count} files under src/");
    }

    [Fact]
    public void MutantsAreDeterministic()
    {
        var text = Corpora.Seeds[0].Files[0].Text;
        for (var op = 0; op < Mutator.Operators.Count; op++)
        {
            Assert.Equal(Mutator.Apply("a.cs", text, op, 1), Mutator.Apply("a.cs", text, op, 1));
            Assert.NotEqual(text, Mutator.Apply("a.cs", text, op, 1).Text);
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task MutantsOfRealCodeNeverBreakTheAnalyzers(string projectName, string path)
    {
        var project = Corpora.Samples.Concat(Corpora.Seeds).Single(p => p.Name == projectName);
        var original = project.Files.Single(f => f.Path == path);
        await CheckAsync(project, original, null);
        for (var op = 0; op < Mutator.Operators.Count; op++)
        {
            for (var variant = 0; variant < VariantsPerOperator; variant++)
            {
                await CheckAsync(project, original, Mutator.Apply(path, original.Text, op, variant));
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProjectSourceGroups))]
    public async Task MutantsOfTheProjectsOwnSourcesNeverBreakTheAnalyzers(int group)
    {
        var files = Corpora.ProjectSources.Skip(group * ProjectSourcesPerCase).Take(ProjectSourcesPerCase).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            for (var variant = 0; variant < VariantsPerProjectSource; variant++)
            {
                var mutant = Mutator.Apply(files[i].Path, files[i].Text, (group * ProjectSourcesPerCase) + i + variant, variant);
                var compilation = Analysis.Compile(new[] { (files[i].Path, mutant.Text) }, TestReferences.WithRoslyn);
                await RunBothWaysAsync(compilation, mutant.Description);
            }
        }
    }

    private static async Task CheckAsync(CorpusProject project, SourceFile original, Mutant? mutant)
    {
        var files = project.Files.Select(f => (f.Path, f == original && mutant != null ? mutant.Text : f.Text));
        var compilation = Analysis.Compile(files, project.References, project.OutputKind);
        await RunBothWaysAsync(compilation, mutant?.Description ?? original.Path + " (unchanged)");
    }

    /// <summary>
    /// With the policy and sources files and default options (the realistic case), and without any
    /// additional file, with type and assembly declarations turned off and an option value that is no boolean.
    /// </summary>
    internal static async Task RunBothWaysAsync(Compilation compilation, string what)
    {
        var withFiles = await Analysis.RunAsync(compilation, ImmutableArray.Create(AdditionalInputs.PolicyFile(), AdditionalInputs.SourcesFile()));
        Analysis.AssertSound(withFiles, what + ", with PrivacyPolicy.txt and PersonalDataSources.txt");
        var without = await Analysis.RunAsync(compilation, ImmutableArray<AdditionalText>.Empty, editorConfig: StrictOptions);
        Analysis.AssertSound(without, what + ", without additional files, declarations on types and the assembly turned off");
    }
}
