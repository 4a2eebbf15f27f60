using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// Every fixable rule's Fix All, called every way a host calls it, leaves PrivacyPolicy.txt valid:
/// with each equivalence key the fixer registers (the IDE's choice), with the key of the first
/// registered action, a group whose key Roslyn joins from its nested keys (what <c>dotnet format</c>
/// passes), and with a null key (older hosts), in every scope the provider supports. After each, the
/// file parses with no problem and no PRIV005, its comments and lines stay where they were, only ids
/// are written, the code still compiles, and Fix All again changes nothing. Issue 13 §1: the joined
/// group key once landed in the file as a purpose.
/// </summary>
public sealed class FixAllPolicyFileTests
{
    private const string PolicyPath = "/0/" + TestBuilder.PolicyFileName;

    private const string Policy = """
        # Visitors
        user.device.ip_address: essential.fraud_detection   # kept for 30 days

        # Contact data from the sign-up form
        user.contact.*: essential.service
        """;

    /// <summary>Two documents per rule, so Document, Project and Solution scopes differ; the sites each rule fixes.</summary>
    private static readonly Dictionary<string, string[]> Sources = new(StringComparer.Ordinal)
    {
        [RuleIds.UndeclaredCollection] =
        [
            """
            using Microsoft.AspNetCore.Http;

            class Visitors
            {
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

                object Cookies(HttpContext c) => c.Request.Cookies;
            }
            """,
            """
            using System.Security.Claims;

            class Profile
            {
                string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
            }
            """,
        ],
        [RuleIds.PurposeNotAllowed] =
        [
            """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Visitors
            {
                [CollectsPersonalData(DataCategories.IpAddress, Purposes.AnalyticsReporting)]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
            }
            """,
            """
            using System.Security.Claims;
            using PrivacyAnalyzers;

            class Profile
            {
                [CollectsPersonalData(DataCategories.Email, Purposes.AnalyticsReporting)]
                string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
            }
            """,
        ],
        // The undeclared site comes first: dotnet format then takes the "Disclose" group's key.
        [RuleIds.CategoryNotDisclosed] =
        [
            """
            using Microsoft.AspNetCore.Http;

            class Visitors
            {
                object Cookies(HttpContext c) => c.Request.Cookies;
            }
            """,
            """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Session
            {
                [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService, Purposes.AnalyticsReporting)]
                object Again(HttpContext c) => c.Response.Cookies;
            }
            """,
        ],
        [RuleIds.UnusedDeclaration] =
        [
            """
            using PrivacyAnalyzers;

            class Visitors
            {
                [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
                void Nothing() { }
            }
            """,
            """
            using PrivacyAnalyzers;

            class Profile
            {
                [CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)]
                int Count() => 0;
            }
            """,
        ],
        [RuleIds.UnknownId] =
        [
            """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Visitors
            {
                [CollectsPersonalData("user.device.ip_adress", Purposes.FraudDetection)]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
            }
            """,
            """
            using System.Security.Claims;
            using PrivacyAnalyzers;

            class Profile
            {
                [CollectsPersonalData(DataCategories.Email, "essential.servise")]
                string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
            }
            """,
        ],
        [RuleIds.DeprecatedId] =
        [
            """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Visitors
            {
                [CollectsPersonalData("user.device.ip_address", "functional.storage.privacy_preferences")]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
            }
            """,
            """
            using CoreLocation;
            using PrivacyAnalyzers;

            class Tracker
            {
                [CollectsPersonalData("user.location.coarse", Purposes.EssentialService)]
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();
            }
            """,
        ],
        // A third party the policy does not list: the fix adds each processor to its recipients.
        [RuleIds.FlowToLog] =
        [
            """
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            public class Account
            {
                [PersonalData] public string Email { get; set; } = "";
            }

            class Signup
            {
                void Welcome(ILogger logger, Account a) => logger.LogInformation("Welcome {Email}", a.Email);
            }
            """,
            """
            using Microsoft.Extensions.Logging;

            class Audit
            {
                void Record(ILogger logger, Account a) => logger.LogWarning($"Audit of {a.Email} done");
            }
            """,
        ],
        [RuleIds.FlowToThirdParty] =
        [
            """
            using Microsoft.AspNetCore.Identity;

            public class Account
            {
                [PersonalData] public string Email { get; set; } = "";
            }

            class Crashes
            {
                void Identify(Account a) => Microsoft.AppCenter.AppCenter.SetUserId(a.Email);
            }
            """,
            """
            class Analytics
            {
                void Identify(Account a) => Firebase.Analytics.FirebaseAnalytics.SetUserId(a.Email);
            }
            """,
        ],
        [RuleIds.RequiredReasonUndeclared] =
        [
            """
            using System;
            using System.IO;

            class Cache
            {
                DateTime Stamp(string path) => File.GetLastWriteTimeUtc(path);
            }
            """,
            """
            using System;

            class Clock
            {
                long Uptime() => Environment.TickCount64;

                DateTime Created(string path) => System.IO.File.GetCreationTimeUtc(path);
            }
            """,
        ],
        [RuleIds.RequiredReasonWrongCode] =
        [
            """
            using System;
            using System.IO;
            using PrivacyAnalyzers;

            class Cache
            {
                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "CA92.1")]
                DateTime Stamp(string path) => File.GetLastWriteTimeUtc(path);
            }
            """,
            """
            using System;
            using PrivacyAnalyzers;

            class Clock
            {
                [UsesRequiredReasonApi(RequiredReasonApis.SystemBootTime, "C617.1")]
                long Uptime() => Environment.TickCount64;
            }
            """,
        ],
    };

    /// <summary>
    /// The global analyzer config a rule's case needs, as the SDK generates it from MSBuild properties:
    /// the required-reason rules apply only on Apple targets.
    /// </summary>
    private static readonly Dictionary<string, string[]> GlobalConfigs = new(StringComparer.Ordinal)
    {
        [RuleIds.RequiredReasonUndeclared] = [RequiredReasonTests.Ios],
        [RuleIds.RequiredReasonWrongCode] = [RequiredReasonTests.Ios],
    };

    public static TheoryData<string> FixableRules
    {
        get
        {
            var rules = new TheoryData<string>();
            foreach (var rule in Sources.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                rules.Add(rule);
            }

            return rules;
        }
    }

    /// <summary>The rules above are every rule some fix of the package fixes: a new fixable rule needs its case here.</summary>
    [Fact]
    public void EveryFixableRuleHasACase()
        => Assert.Equal(
            PrivacyCodeFixSet.CreateAll().SelectMany(f => f.FixableDiagnosticIds).Distinct().OrderBy(id => id, StringComparer.Ordinal),
            Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FixableRules))]
    public async Task FixAllLeavesTheFileValidWithEveryKeyAndScope(string rule)
    {
        var solution = CreateSolution(rule);
        var baseline = await CompilerErrorsAsync(solution);
        var fixers = PrivacyCodeFixSet.CreateAll().Where(f => f.FixableDiagnosticIds.Contains(rule)).ToList();
        Assert.NotEmpty(fixers);
        foreach (var fixer in fixers)
        {
            var provider = fixer.GetFixAllProvider();
            Assert.NotNull(provider);
            var keys = await KeysAsync(solution, fixer, rule);
            Assert.True(keys.Count > 1, $"{rule}: {fixer.GetType().Name} offers no action on the case");
            var changed = 0;
            foreach (var key in keys)
            {
                foreach (var scope in provider!.GetSupportedFixAllScopes().Where(s => s is FixAllScope.Document or FixAllScope.Project or FixAllScope.Solution))
                {
                    var what = $"{rule} {fixer.GetType().Name} Fix All in {scope} with key '{key ?? "(null)"}'";
                    var (fixedSolution, document) = await FixAllAndWhereAsync(solution, fixer, rule, key, scope, null);
                    var fixedPolicy = await PolicyTextAsync(fixedSolution);
                    AssertValidPolicy(Policy, fixedPolicy, what);
                    Assert.Empty(await DiagnosticsAsync(fixedSolution, RuleIds.MalformedFile));
                    Assert.True(
                        (await CompilerErrorsAsync(fixedSolution)).SequenceEqual(baseline),
                        $"{what}: new compiler errors:\n" + string.Join("\n", await CompilerErrorsAsync(fixedSolution)));

                    var texts = await TextsAsync(fixedSolution);
                    changed += texts.SequenceEqual(await TextsAsync(solution)) ? 0 : 1;
                    // Again from the same document: in Document scope the other document is still to fix.
                    var (again, _) = await FixAllAndWhereAsync(fixedSolution, fixer, rule, key, scope, document);
                    var textsAgain = await TextsAsync(again);
                    Assert.True(
                        texts.SequenceEqual(textsAgain),
                        $"{what}: applying again changed\n" + string.Join("\n", textsAgain.Where(t => texts[t.Key] != t.Value).Select(t => $"{t.Key}:\n{t.Value}")));
                }
            }

            Assert.True(changed > 0, $"{rule}: no key of {fixer.GetType().Name} fixed anything");
        }
    }

    /// <summary>The path of issue 13: <c>dotnet format analyzers --diagnostics PRIV003</c> with an undeclared site first.</summary>
    [Fact]
    public async Task DotnetFormatsGroupKeyDisclosesIdsNotKeys()
    {
        var solution = CreateSolution(RuleIds.CategoryNotDisclosed);
        var fixer = new PolicyFixer();
        var (document, diagnostic) = (await FixableAsync(solution, fixer, RuleIds.CategoryNotDisclosed)).First();
        var actions = await CodeActionTree.RegisteredAsync(fixer, document, diagnostic);

        // What made the leak: the "Disclose" group's key is its nested keys joined. (The first action is now the
        // default-purpose disclosure under the shared "Allow" key, so dotnet format no longer passes the group's key
        // for an undeclared site; a host that does still gets ids only.)
        var first = Assert.Single(actions, a => !CodeActionTree.Nested(a).IsDefaultOrEmpty);
        Assert.True(CodeActionTree.Nested(actions[0]).IsDefaultOrEmpty);
        Assert.Contains(";", first.EquivalenceKey ?? ";", StringComparison.Ordinal);

        var fixedSolution = await FixAllAsync(solution, fixer, RuleIds.CategoryNotDisclosed, first.EquivalenceKey, FixAllScope.Solution);
        Assert.Equal(
            Policy + "\nuser.device.cookie_id: essential.service, analytics.reporting\n",
            await PolicyTextAsync(fixedSolution));
        Assert.Empty(await DiagnosticsAsync(fixedSolution, RuleIds.CategoryNotDisclosed));
    }

    [Fact]
    public Task FlowRecipientFixAllListsEveryProcessorOnce() => AssertFixAllWritesAsync(
        RuleIds.FlowToThirdParty,
        "PRIV102|recipient-in-policy",
        (PolicyPath, Policy + "\nrecipients: App Center, Firebase Analytics\n"));

    [Fact]
    public Task RequiredReasonFixAllDeclaresTheChosenCodeOnEveryUseOfItsCategory() => AssertFixAllWritesAsync(
        RuleIds.RequiredReasonUndeclared,
        "PRIV201|FileTimestamp|C617.1",
        ("/0/Test0.cs", """
            using System;
            using System.IO;
            using PrivacyAnalyzers;

            class Cache
            {
                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1")]
                DateTime Stamp(string path) => File.GetLastWriteTimeUtc(path);
            }
            """),
        ("/0/Test1.cs", """
            using System;
            using PrivacyAnalyzers;

            class Clock
            {
                long Uptime() => Environment.TickCount64;

                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1")]
                DateTime Created(string path) => System.IO.File.GetCreationTimeUtc(path);
            }
            """));

    [Fact]
    public Task RequiredReasonCodeFixAllReplacesOnlyTheCodesThatKeyFits() => AssertFixAllWritesAsync(
        RuleIds.RequiredReasonWrongCode,
        "PRIV202|C617.1",
        ("/0/Test0.cs", Sources[RuleIds.RequiredReasonWrongCode][0].Replace("\"CA92.1\"", "\"C617.1\"", StringComparison.Ordinal)));

    /// <summary>
    /// Fix All in solution scope with <paramref name="key"/> writes exactly <paramref name="expected"/>
    /// and leaves every other document as it was; Fix All again changes nothing.
    /// </summary>
    private static async Task AssertFixAllWritesAsync(string rule, string key, params (string Path, string Text)[] expected)
    {
        var solution = CreateSolution(rule);
        var fixer = PrivacyCodeFixSet.CreateAll().Single(f => f.FixableDiagnosticIds.Contains(rule));
        var before = await TextsAsync(solution);
        var fixedSolution = await FixAllAsync(solution, fixer, rule, key, FixAllScope.Solution);
        var texts = await TextsAsync(fixedSolution);
        foreach (var (path, text) in before)
        {
            var want = expected.Where(e => e.Path == path).Select(e => e.Text).DefaultIfEmpty(text).Single();
            Assert.Equal(want.ReplaceLineEndings("\n"), texts[path].ReplaceLineEndings("\n"));
        }

        Assert.Empty(await DiagnosticsAsync(fixedSolution, RuleIds.MalformedFile));
        var again = await TextsAsync(await FixAllAsync(fixedSolution, fixer, rule, key, FixAllScope.Solution));
        Assert.Equal(texts, again);
    }

    /// <summary>Whatever a caller hands it, the editor writes ids only, and never an edit that adds a problem.</summary>
    [Theory]
    [InlineData("user.device.cookie_id", "PRIV003|disclose|essential.service;PRIV003|disclose|analytics.reporting;")]
    [InlineData("user.device.cookie_id", "essential.service;")]
    [InlineData("user.device.cookie_id", "")]
    [InlineData("PRIV001|Member|x", "essential.service")]
    [InlineData("user.device.ip_address", "essential.fraud_detection, analytics.reporting")]
    public void ThePolicyEditorWritesOnlyIds(string category, string purpose)
    {
        var text = SourceText.From(Policy);
        Assert.Same(text, PolicyEditor.Allow(text, category, purpose));
    }

    /// <summary>
    /// The file parses with no problem; every line of the original is still there, in its place,
    /// with its comment (a purpose may be added before the comment); new lines come at the end,
    /// and every purpose written is a known id.
    /// </summary>
    private static void AssertValidPolicy(string original, string text, string what)
    {
        var parsed = PolicyParser.Parse(SourceText.From(text));
        Assert.True(parsed.Problems.IsEmpty, $"{what}: the policy has problems:\n{string.Join("\n", parsed.Problems)}\n---\n{text}");
        Assert.True(text.IndexOfAny(['|', ';']) < 0, $"{what}: an equivalence key leaked into the policy:\n{text}");

        var before = Lines(original);
        var after = Lines(text);
        Assert.True(after.Length >= before.Length, $"{what}: lines were lost:\n{text}");
        for (var i = 0; i < before.Length; i++)
        {
            var (content, comment) = Split(before[i]);
            var (fixedContent, fixedComment) = Split(after[i]);
            Assert.True(
                fixedContent.StartsWith(content, StringComparison.Ordinal) && fixedComment == comment,
                $"{what}: line {i + 1} '{before[i]}' became '{after[i]}'");
        }

        foreach (var added in after.Skip(before.Length).Where(l => l.Length > 0))
        {
            Assert.DoesNotContain("#", added, StringComparison.Ordinal);
        }

        foreach (var line in parsed.Lines)
        {
            Assert.All(line.Purposes, p => Assert.True(TaxonomyIndex.IsKnown(p, IdKind.Purpose), $"{what}: '{p}' is not a known purpose"));
        }

        static string[] Lines(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

        static (string Content, string Comment) Split(string line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            return hash < 0 ? (line.TrimEnd(), string.Empty) : (line.Substring(0, hash).TrimEnd(), line.Substring(hash));
        }
    }

    /// <summary>
    /// Every key a host may pass: each action's key (groups and their leaves, for every diagnostic of
    /// the rule), the first registered action's key per diagnostic (dotnet format), and null.
    /// </summary>
    private static async Task<IReadOnlyList<string?>> KeysAsync(Solution solution, CodeFixProvider fixer, string rule)
    {
        var keys = new List<string?> { null };
        foreach (var (document, diagnostic) in await FixableAsync(solution, fixer, rule))
        {
            foreach (var action in await CodeActionTree.RegisteredAsync(fixer, document, diagnostic))
            {
                keys.Add(action.EquivalenceKey);
                keys.AddRange(CodeActionTree.Flatten(action).Select(a => a.EquivalenceKey));
            }
        }

        return keys.Distinct().ToList();
    }

    /// <summary>The fixer's diagnostics of one rule, in document and source order.</summary>
    private static async Task<IReadOnlyList<(Document Document, Diagnostic Diagnostic)>> FixableAsync(Solution solution, CodeFixProvider fixer, string rule)
    {
        var project = solution.Projects.Single();
        return (await AnalyzeAsync(project))
            .Where(d => d.Id == rule && fixer.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource)
            .Select(d => (project.GetDocument(d.Location.SourceTree)!, d))
            .ToList();
    }

    /// <summary>Fix All as dotnet format and the IDE drive it: one diagnostic id, a key, a scope, the first document with a diagnostic.</summary>
    private static async Task<Solution> FixAllAsync(Solution solution, CodeFixProvider fixer, string rule, string? key, FixAllScope scope)
        => (await FixAllAndWhereAsync(solution, fixer, rule, key, scope, null)).Solution;

    /// <summary>Fix All from the document at <paramref name="path"/> (by default the first with a diagnostic); the solution and that document's path.</summary>
    private static async Task<(Solution Solution, string? Path)> FixAllAndWhereAsync(Solution solution, CodeFixProvider fixer, string rule, string? key, FixAllScope scope, string? path)
    {
        var project = solution.Projects.Single();
        var document = path is null
            ? (await FixableAsync(solution, fixer, rule)).Select(f => f.Document).FirstOrDefault()
            : project.Documents.Single(d => d.FilePath == path);
        if (document is null)
        {
            return (solution, path);
        }

        var context = scope == FixAllScope.Document
            ? new FixAllContext(document, fixer, scope, key!, [rule], new DiagnosticProvider(), CancellationToken.None)
            : new FixAllContext(document.Project, fixer, scope, key!, [rule], new DiagnosticProvider(), CancellationToken.None);
        var action = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        if (action is null)
        {
            return (solution, document.FilePath);
        }

        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                solution = apply.ChangedSolution;
            }
        }

        return (solution, document.FilePath);
    }

    /// <summary>The rule's case: its documents, the policy, and the global config it needs, if any.</summary>
    private static Solution CreateSolution(string rule)
    {
        var solution = CreateSolution(Sources[rule]);
        if (!GlobalConfigs.TryGetValue(rule, out var lines))
        {
            return solution;
        }

        var project = solution.Projects.Single();
        return solution.AddAnalyzerConfigDocument(
            DocumentId.CreateNewId(project.Id),
            ".globalconfig",
            SourceText.From("is_global = true\n" + string.Join("\n", lines) + "\n"),
            filePath: "/0/.globalconfig");
    }

    private static Solution CreateSolution(IReadOnlyList<string> sources)
    {
        var projectId = ProjectId.CreateNewId();
        var solution = new AdhocWorkspace().CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            AnalyzerRunner.DefaultAssemblyName,
            AnalyzerRunner.DefaultAssemblyName,
            LanguageNames.CSharp,
            compilationOptions: AnalyzerRunner.CompilationOptions(),
            parseOptions: AnalyzerRunner.ParseOptions,
            metadataReferences: TestReferences.All));
        for (var i = 0; i < sources.Count; i++)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), $"Test{i}.cs", SourceText.From(sources[i]), filePath: $"/0/Test{i}.cs");
        }

        return solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), TestBuilder.PolicyFileName, SourceText.From(Policy), filePath: PolicyPath);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        // The project's analyzer config documents as the options, as a build passes them: the fixes read the same ones.
        var run = AnalyzerRunner.ThrowOnFailure(await AnalyzerRunner.AnalyzeAsync(
            compilation,
            project.AnalyzerOptions.AdditionalFiles,
            options: project.AnalyzerOptions.AnalyzerConfigOptionsProvider));
        return run.Diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    private static async Task<IReadOnlyList<Diagnostic>> DiagnosticsAsync(Solution solution, string id)
        => (await AnalyzeAsync(solution.Projects.Single())).Where(d => d.Id == id).ToList();

    private static async Task<IReadOnlyList<string>> CompilerErrorsAsync(Solution solution)
        => (await solution.Projects.Single().GetCompilationAsync())!.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id + " " + d.GetMessage())
            .OrderBy(e => e, StringComparer.Ordinal)
            .ToList();

    private static async Task<string> PolicyTextAsync(Solution solution)
        => (await solution.Projects.Single().AdditionalDocuments.Single(d => d.FilePath == PolicyPath).GetTextAsync()).ToString();

    private static async Task<SortedDictionary<string, string>> TextsAsync(Solution solution)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in solution.Projects.Single().Documents.Cast<TextDocument>().Concat(solution.Projects.Single().AdditionalDocuments))
        {
            texts[document.FilePath!] = (await document.GetTextAsync()).ToString();
        }

        return texts;
    }

    /// <summary>The diagnostics Fix All asks for: every analyzer of the package on the project, as a build reports them.</summary>
    private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await AnalyzeAsync(document.Project)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => (await AnalyzeAsync(project)).Where(d => !d.Location.IsInSource);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await AnalyzeAsync(project);
    }
}
