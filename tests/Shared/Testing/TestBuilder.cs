using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.TestCorpus;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Testing;

/// <summary>
/// The one front door of every analyzer and code-fix test, in the spirit of Meziantou's
/// <c>ProjectBuilder</c>: say what the project holds (code with markup, the policy file, the sources
/// file, .editorconfig lines, references, output kind), what the analyzers must report and, for a
/// fix, what the code and the files must become. Markup: <c>{|#0:…|}</c> for
/// <c>.WithLocation(0)</c>, <c>{|PRIV001:…|}</c> for a diagnostic by id, <c>[|…|]</c> for PRIV001.
/// <para>
/// Diagnostics and fixes are checked by Microsoft.CodeAnalysis.Testing (every diagnostic, its
/// location, its message, the fix one by one and in every Fix All scope). Sites
/// (<see cref="ShouldReportSites"/>) are checked directly, because they must also carry their
/// category in <c>Properties["category"]</c>, which the framework does not compare.
/// </para>
/// By default every analyzer of the package runs, as a build runs them, and rules that are off by
/// default (the inventory, PRIV007) stay off unless <see cref="WithRuleEnabled"/> turns them on.
/// </summary>
public sealed class TestBuilder
{
    public const string PolicyFileName = "PrivacyPolicy.txt";
    public const string SourcesFileName = "PersonalDataSources.txt";

    private readonly List<string> sources = new();
    private readonly List<(string Path, string Markup)> additionalFiles = new();
    private readonly List<string> editorConfig = new();
    private readonly HashSet<string> enabledRules = new(StringComparer.Ordinal);
    private readonly List<DiagnosticResult> expected = new();
    private readonly List<string> fixedSources = new();
    private readonly List<(string Path, string Text)> fixedAdditionalFiles = new();
    private readonly List<string> batchFixedSources = new();
    private List<(int Marker, string Category)>? sites;
    private ImmutableArray<MetadataReference> references = TestReferences.All;
    private OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary;
    private LanguageVersion languageVersion = LanguageVersion.Latest;
    private ImmutableArray<DiagnosticAnalyzer>? analyzers;
    private CodeFixProvider? fixer;
    private string? equivalenceKey;
    private int? actionIndex;
    private int? incrementalIterations;
    private int? fixAllIterations;
    private CodeFixTestBehaviors behaviors;

    public static TestBuilder Create() => new();

    /// <summary>A C# file, with markup.</summary>
    public TestBuilder WithSource(string markup) => With(() => sources.Add(markup));

    public TestBuilder WithSources(params string[] markups) => With(() => sources.AddRange(markups));

    /// <summary><c>PrivacyPolicy.txt</c>, with markup for PRIV005 locations; <see langword="null"/>: the project has none.</summary>
    public TestBuilder WithPolicy(string? markup) => markup is null ? this : WithAdditionalFile(PolicyFileName, markup);

    /// <summary><c>PersonalDataSources.txt</c>, with markup for PRIV005 locations.</summary>
    public TestBuilder WithSourcesFile(string markup) => WithAdditionalFile(SourcesFileName, markup);

    public TestBuilder WithAdditionalFile(string path, string markup) => With(() => additionalFiles.Add((path, markup)));

    /// <summary>Lines of the <c>[*.cs]</c> section of the project's .editorconfig: <c>privacy_analyzers.type_declarations = false</c>.</summary>
    public TestBuilder WithEditorConfig(params string[] lines) => With(() => editorConfig.AddRange(lines));

    /// <summary>Replaces the references (by default <see cref="TestReferences.All"/>).</summary>
    public TestBuilder WithReferences(IEnumerable<MetadataReference> replacement) => With(() => references = replacement.ToImmutableArray());

    public TestBuilder AddReferences(params MetadataReference[] more) => With(() => references = references.AddRange(more));

    public TestBuilder WithOutputKind(OutputKind kind) => With(() => outputKind = kind);

    public TestBuilder WithLanguageVersion(LanguageVersion version) => With(() => languageVersion = version);

    /// <summary>Only these analyzers instead of every analyzer of the package.</summary>
    public TestBuilder WithAnalyzers(params DiagnosticAnalyzer[] only) => With(() => analyzers = only.ToImmutableArray());

    /// <summary>Turns on a rule that is off by default (PRIV007), as an .editorconfig severity line would.</summary>
    public TestBuilder WithRuleEnabled(string id) => With(() => enabledRules.Add(id));

    /// <summary>Exactly these diagnostics (<see cref="Expect"/>), and no other.</summary>
    public TestBuilder ShouldReport(params DiagnosticResult[] diagnostics) => With(() => expected.AddRange(diagnostics));

    public TestBuilder ShouldReport(IEnumerable<DiagnosticResult> diagnostics) => ShouldReport(diagnostics.ToArray());

    /// <summary>
    /// Exactly these PRIV001 sites: each marker <c>{|#n:…|}</c> paired with the category id the
    /// diagnostic must carry. Other rules are not compared; the code must compile. No pairs: no site.
    /// </summary>
    public TestBuilder ShouldReportSites(params (int Marker, string Category)[] expectedSites)
    {
        sites = expectedSites.ToList();
        return this;
    }

    /// <summary>
    /// Markers that are all sites of one category, for <see cref="ShouldReportSites"/>:
    /// <c>ShouldReportSites([.. TestBuilder.SitesOf("user.device.device_id", 0, 1, 2), (3, "user.name.first")])</c>.
    /// </summary>
    public static (int Marker, string Category)[] SitesOf(string category, params int[] markers)
        => markers.Select(marker => (marker, category)).ToArray();

    public TestBuilder WithCodeFix<TCodeFix>()
        where TCodeFix : CodeFixProvider, new()
        => WithCodeFix(new TCodeFix());

    public TestBuilder WithCodeFix(CodeFixProvider provider) => With(() => fixer = provider);

    /// <summary>The action to apply, by equivalence key (<c>PRIV001|Member|essential.service</c>); Fix All uses it too.</summary>
    public TestBuilder WithEquivalenceKey(string key) => With(() => equivalenceKey = key);

    /// <summary>The action to apply, by its index among the registered actions.</summary>
    public TestBuilder WithActionIndex(int index) => With(() => actionIndex = index);

    /// <summary>How many fix passes one by one (incremental) and in Fix All reach the fixed state, when more than one.</summary>
    public TestBuilder WithIterations(int? incremental = null, int? fixAll = null)
    {
        incrementalIterations = incremental ?? incrementalIterations;
        fixAllIterations = fixAll ?? fixAllIterations;
        return this;
    }

    /// <summary>Framework behaviours to skip, such as the local-diagnostic check a compilation-end rule (PRIV004) cannot meet.</summary>
    public TestBuilder WithBehaviors(CodeFixTestBehaviors skip) => With(() => behaviors |= skip);

    /// <summary>The C# files after the fix, one per source.</summary>
    public TestBuilder ShouldFixTo(params string[] fixedCode) => With(() => fixedSources.AddRange(fixedCode));

    /// <summary>An additional file after the fix (the policy file a fix edits).</summary>
    public TestBuilder ShouldFixAdditionalFile(string path, string text) => With(() => fixedAdditionalFiles.Add((path, text)));

    public TestBuilder ShouldFixPolicyTo(string text) => ShouldFixAdditionalFile(PolicyFileName, text);

    /// <summary>The C# files after Fix All, when they differ from one-by-one fixing.</summary>
    public TestBuilder ShouldBatchFixTo(params string[] fixedCode) => With(() => batchFixedSources.AddRange(fixedCode));

    /// <summary>Every setter is one change and returns the builder, for chaining.</summary>
    private TestBuilder With(Action change)
    {
        change();
        return this;
    }

    /// <summary>Runs the test: the expected diagnostics, sites and fix.</summary>
    public Task ValidateAsync()
    {
        if (sites is null)
        {
            return fixer is null ? RunAnalyzerTestAsync() : RunCodeFixTestAsync();
        }

        if (fixer != null || expected.Count > 0)
        {
            throw new InvalidOperationException("ShouldReportSites compares PRIV001 sites alone: give diagnostics and fixes in a test of their own.");
        }

        return VerifySitesAsync();
    }

    /// <summary>The compilation of the sources, markup removed.</summary>
    public CSharpCompilation Compile()
        => AnalyzerRunner.Compile(
            sources.Select((markup, i) => AnalyzerRunner.Parse($"/0/Test{i}.cs", Unmark(markup))),
            references,
            AnalyzerRunner.CompilationOptions(outputKind, enabledRules));

    /// <summary>Every diagnostic the analyzers report, in source order; an analyzer that throws fails the test.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync()
    {
        var run = AnalyzerRunner.ThrowOnFailure(await AnalyzeAsync(Compile()).ConfigureAwait(false));
        return run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>
    /// The actions <paramref name="provider"/> registers for the first diagnostic it can fix, as the
    /// light bulb shows them (groups not flattened), with the document they apply to.
    /// </summary>
    public async Task<IReadOnlyList<CodeAction>> GetCodeActionsAsync(CodeFixProvider provider)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            AnalyzerRunner.DefaultAssemblyName,
            AnalyzerRunner.DefaultAssemblyName,
            LanguageNames.CSharp,
            compilationOptions: AnalyzerRunner.CompilationOptions(outputKind, enabledRules),
            parseOptions: AnalyzerRunner.ParseOptions.WithLanguageVersion(languageVersion),
            metadataReferences: references));
        for (var i = 0; i < sources.Count; i++)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), $"Test{i}.cs", SourceText.From(Unmark(sources[i])), filePath: $"/0/Test{i}.cs");
        }

        foreach (var (path, markup) in additionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(Unmark(markup)), filePath: DirectPath(path));
        }

        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var diagnostics = AnalyzerRunner.ThrowOnFailure(await AnalyzeAsync(compilation, project.AnalyzerOptions.AdditionalFiles).ConfigureAwait(false)).Diagnostics;
        var diagnostic = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First(d => provider.FixableDiagnosticIds.Contains(d.Id));
        return await CodeActionTree.RegisteredAsync(provider, project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic).ConfigureAwait(false);
    }

    private Task<AnalysisRun> AnalyzeAsync(Compilation compilation, ImmutableArray<AdditionalText>? files = null)
        => AnalyzerRunner.AnalyzeAsync(
            compilation,
            files ?? additionalFiles.Select(f => (AdditionalText)InMemoryAdditionalText.FromString(DirectPath(f.Path), Unmark(f.Markup))).ToImmutableArray(),
            analyzers,
            editorConfig.Count == 0 ? null : TestAnalyzerConfigOptions.FromLines(editorConfig));

    private async Task VerifySitesAsync()
    {
        var texts = new List<string>();
        var expectedSites = new List<string>();
        for (var file = 0; file < sources.Count; file++)
        {
            TestFileMarkupParser.GetSpans(sources[file], out string source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
            texts.Add(source);
            foreach (var (marker, category) in sites!)
            {
                if (spans.TryGetValue("#" + marker, out var found))
                {
                    expectedSites.Add(DescribeSite(file, found[0], category, source));
                }
            }
        }

        Assert.Equal(sites!.Count, expectedSites.Count);
        var compilation = Compile();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test code does not compile:\n" + string.Join("\n", errors));

        var trees = compilation.SyntaxTrees.ToList();
        var actualSites = AnalyzerRunner.ThrowOnFailure(await AnalyzeAsync(compilation).ConfigureAwait(false)).Diagnostics
            .Where(d => d.Id == RuleIds.UndeclaredCollection)
            .Select(d => DescribeSite(trees.IndexOf(d.Location.SourceTree!), d.Location.SourceSpan, d.Properties["category"]!, texts[trees.IndexOf(d.Location.SourceTree!)]))
            .ToList();

        Assert.Equal(expectedSites.OrderBy(s => s, StringComparer.Ordinal), actualSites.OrderBy(s => s, StringComparer.Ordinal));
    }

    private static string DescribeSite(int file, TextSpan span, string category, string source)
        => $"file {file} [{span.Start}..{span.End}] '{source.Substring(span.Start, span.Length)}' -> {category}";

    private Task RunAnalyzerTestAsync()
    {
        var test = new AnalyzerTest(this);
        Configure(test, test.TestState);
        return test.RunAsync(CancellationToken.None);
    }

    private Task RunCodeFixTestAsync()
    {
        var test = new CodeFixTest(this)
        {
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionIndex = actionIndex,
            CodeFixTestBehaviors = behaviors,
        };
        Configure(test, test.TestState);
        // The fixed states inherit the references, the output kind and the unchanged files.
        fixedSources.ForEach(test.FixedState.Sources.Add);
        fixedAdditionalFiles.ForEach(test.FixedState.AdditionalFiles.Add);
        batchFixedSources.ForEach(test.BatchFixedState.Sources.Add);

        if (incrementalIterations is { } incremental)
        {
            test.NumberOfIncrementalIterations = incremental;
        }

        if (fixAllIterations is { } fixAll)
        {
            test.NumberOfFixAllIterations = fixAll;
        }

        return test.RunAsync(CancellationToken.None);
    }

    private void Configure(AnalyzerTest<DefaultVerifier> test, SolutionState state)
    {
        test.ReferenceAssemblies = OfflineReferences;
        state.OutputKind = outputKind;
        state.AdditionalReferences.AddRange(references);
        sources.ForEach(state.Sources.Add);
        additionalFiles.ForEach(state.AdditionalFiles.Add);
        if (editorConfig.Count > 0)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", editorConfig) + "\n"));
        }

        // The framework turns every rule on; a real build leaves the off-by-default ones (PRIV007) off.
        foreach (var rule in Analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => !d.IsEnabledByDefault && !enabledRules.Contains(d.Id)))
        {
            test.DisabledDiagnostics.Add(rule.Id);
        }

        test.ExpectedDiagnostics.AddRange(expected);
    }

    private IEnumerable<DiagnosticAnalyzer> Analyzers => analyzers ?? PrivacyAnalyzerSet.CreateAll();

    /// <summary>The framework's own reference set, left empty: the feed lacks the packages it would download, so <see cref="TestReferences"/> are added explicitly, offline.</summary>
    private static ReferenceAssemblies OfflineReferences { get; } = new("net10.0");

    private static string DirectPath(string path) => path.StartsWith('/') ? path : "/0/" + path;

    private static string Unmark(string markup)
    {
        TestFileMarkupParser.GetSpans(markup, out string text, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
        return text;
    }

    private ParseOptions ParseOptionsFor(ParseOptions options) => ((CSharpParseOptions)options).WithLanguageVersion(languageVersion);

    private static DiagnosticDescriptor? DefaultDiagnostic(DiagnosticAnalyzer[] all)
        => all.SelectMany(a => a.SupportedDiagnostics).FirstOrDefault(d => d.Id == RuleIds.UndeclaredCollection);

    // The empty type arguments only satisfy the framework's constraints: the builder hands over its own analyzers and fix.
    private sealed class AnalyzerTest(TestBuilder builder) : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => builder.Analyzers;

        protected override ParseOptions CreateParseOptions() => builder.ParseOptionsFor(base.CreateParseOptions());

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => DefaultDiagnostic(analyzers);
    }

    private sealed class CodeFixTest(TestBuilder builder) : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => builder.Analyzers;

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new[] { builder.fixer! };

        protected override ParseOptions CreateParseOptions() => builder.ParseOptionsFor(base.CreateParseOptions());

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => DefaultDiagnostic(analyzers);
    }
}

/// <summary>Expected diagnostics for <see cref="TestBuilder.ShouldReport(DiagnosticResult[])"/>.</summary>
public static class Expect
{
    /// <summary>A diagnostic matched by id, severity and location; the message is not checked.</summary>
    public static DiagnosticResult Diagnostic(string id)
        => new(id, Descriptor(id).DefaultSeverity);

    /// <summary>A diagnostic whose message is checked too, with these arguments.</summary>
    public static DiagnosticResult Message(string id, params object[] arguments)
        => new DiagnosticResult(Descriptor(id)).WithArguments(arguments);

    private static DiagnosticDescriptor Descriptor(string id)
        => PrivacyAnalyzerSet.CreateAll().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
}
