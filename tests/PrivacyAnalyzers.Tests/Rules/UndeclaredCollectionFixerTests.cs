using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>The PRIV001 fix adds the declaration where the user chooses, and Fix All does it everywhere.</summary>
public sealed class UndeclaredCollectionFixerTests
{
    private const string MemberEssential = "PRIV001|Member|essential.service";

    [Fact]
    public Task AddsDeclarationToTheMemberKeepingDocsAndUsings() => Fix(
        """
        using System.Net.NetworkInformation;

        namespace Shop
        {
            class DeviceService
            {
                /// <summary>The MAC address.</summary>
                public PhysicalAddress Mac(NetworkInterface nic) // keep me
                    => {|PRIV001:nic.GetPhysicalAddress()|};
            }
        }
        """,
        """
        using System.Net.NetworkInformation;
        using PrivacyAnalyzers;

        namespace Shop
        {
            class DeviceService
            {
                /// <summary>The MAC address.</summary>
                [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
                public PhysicalAddress Mac(NetworkInterface nic) // keep me
                    => nic.GetPhysicalAddress();
            }
        }
        """,
        MemberEssential);

    [Fact]
    public Task AddsDeclarationToTheTypeWithTheChosenPurpose() => Fix(
        """
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        public class Visitors
        {
            public object? Ip(HttpContext c) => {|PRIV001:c.Connection.RemoteIpAddress|};
        }
        """,
        """
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
        public class Visitors
        {
            public object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
        }
        """,
        "PRIV001|Type|essential.fraud_detection");

    [Fact]
    public Task PropertyAccessorsGetTheDeclarationOnTheProperty() => Fix(
        """
        using Microsoft.AspNetCore.Http;

        class Visitors
        {
            HttpContext? Context { get; }

            object? Ip
            {
                get { return {|PRIV001:Context!.Connection.RemoteIpAddress|}; }
            }
        }
        """,
        """
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        class Visitors
        {
            HttpContext? Context { get; }

            [CollectsPersonalData(DataCategories.IpAddress, Purposes.AnalyticsReporting)]
            object? Ip
            {
                get { return Context!.Connection.RemoteIpAddress; }
            }
        }
        """,
        "PRIV001|Member|analytics.reporting");

    [Fact]
    public async Task TopLevelStatementsGetAnAssemblyDeclaration()
    {
        await TestBuilder.Create()
            .WithOutputKind(OutputKind.ConsoleApplication)
            .WithSource("""
                using System.Net.NetworkInformation;

                var mac = {|PRIV001:NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress()|};
                _ = mac;
                """)
            .WithCodeFix<UndeclaredCollectionFixer>()
            .WithEquivalenceKey(MemberEssential)
            .ShouldFixTo("""
                using System.Net.NetworkInformation;
                using PrivacyAnalyzers;

                [assembly: CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]

                var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress();
                _ = mac;
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task FixAllDeclaresOncePerMemberAndCategory()
    {
        await TestBuilder.Create()
            .WithCodeFix<UndeclaredCollectionFixer>()
            .WithSource("""
                using Microsoft.AspNetCore.Http;

                class Tracking
                {
                    void Log(HttpContext context)
                    {
                        var ip = {|PRIV001:context.Connection.RemoteIpAddress|};
                        var again = {|PRIV001:context.Connection.RemoteIpAddress|};
                        var cookies = {|PRIV001:context.Request.Cookies|};
                    }

                    object? Other(HttpContext context) => {|PRIV001:context.Connection.RemoteIpAddress|};
                }
                """)
            .ShouldFixTo("""
                using Microsoft.AspNetCore.Http;
                using PrivacyAnalyzers;

                class Tracking
                {
                    [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]
                    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService)]
                    void Log(HttpContext context)
                    {
                        var ip = context.Connection.RemoteIpAddress;
                        var again = context.Connection.RemoteIpAddress;
                        var cookies = context.Request.Cookies;
                    }

                    [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]
                    object? Other(HttpContext context) => context.Connection.RemoteIpAddress;
                }
                """)
            .WithEquivalenceKey(MemberEssential)
            // One-by-one fixing reaches the same code in several iterations; the batch in one.
            .WithIterations(incremental: 3, fixAll: 1)
            .ValidateAsync();
    }

    [Fact]
    public async Task FixAllAcrossDocumentsAndProjects()
    {
        await TestBuilder.Create()
            .WithSources(
                "using System;\n\nclass A { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => {|PRIV001:c.Connection.RemoteIpAddress|}; }\n",
                "using System;\n\nclass B { object Mac(System.Net.NetworkInformation.NetworkInterface n) => {|PRIV001:n.GetPhysicalAddress()|}; }\n")
            .WithCodeFix<UndeclaredCollectionFixer>()
            .WithEquivalenceKey(MemberEssential)
            .ShouldFixTo(
                """
                using System;
                using PrivacyAnalyzers;

                class A { [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)] object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => c.Connection.RemoteIpAddress; }

                """,
                """
                using System;
                using PrivacyAnalyzers;

                class B { [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)] object Mac(System.Net.NetworkInformation.NetworkInterface n) => n.GetPhysicalAddress(); }

                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task OffersOneActionPerSuggestedPurposeForMemberAndType()
    {
        var actions = await TestBuilder.Create().WithSource("""
            class A { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => c.Connection.RemoteIpAddress; }
            """).GetCodeActionsAsync(new UndeclaredCollectionFixer());

        Assert.Equal(
            new[] { "Declare purpose for user.device.ip_address on 'Ip'", "Declare purpose for user.device.ip_address on type 'A'" },
            actions.Select(a => a.Title));
        var suggested = PrivacyAnalyzers.Taxonomy.PurposeTable.All.Where(p => p.Suggested).Select(p => p.Id).ToArray();
        Assert.Equal(9, suggested.Length);
        foreach (var group in actions)
        {
            Assert.Equal(suggested, CodeActionTree.Nested(group).Select(a => a.EquivalenceKey!.Split('|')[2]));
        }
    }

    [Fact]
    public Task ALambdaInTopLevelStatementsGetsTheDeclarationOnTheLambda() => TestBuilder.Create()
        .WithOutputKind(OutputKind.ConsoleApplication)
        .WithSource("""
            using System;
            using Microsoft.AspNetCore.Http;

            // The caller's address, for the audit log.
            Func<HttpContext, object?> ip = c => {|PRIV001:c.Connection.RemoteIpAddress|};
            Console.WriteLine(ip);
            """)
        .WithCodeFix<UndeclaredCollectionFixer>()
        .WithEquivalenceKey(MemberEssential)
        .ShouldFixTo("""
            using System;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            // The caller's address, for the audit log.
            Func<HttpContext, object?> ip = [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)] (c) => c.Connection.RemoteIpAddress;
            Console.WriteLine(ip);
            """)
        .ValidateAsync();

    [Fact]
    public Task AParenthesizedAsyncLambdaKeepsItsModifiersAndParameters() => TestBuilder.Create()
        .WithSource("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;

            class Endpoints
            {
                Func<HttpContext, Task<object?>> Ip() =>
                    async (HttpContext c) => await Task.FromResult<object?>({|PRIV001:c.Connection.RemoteIpAddress|});
            }
            """)
        .WithCodeFix<UndeclaredCollectionFixer>()
        .WithEquivalenceKey(MemberEssential)
        .ShouldFixTo("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Endpoints
            {
                Func<HttpContext, Task<object?>> Ip() =>
                    [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)] async (HttpContext c) => await Task.FromResult<object?>(c.Connection.RemoteIpAddress);
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task ALocalFunctionInTopLevelStatementsGetsTheDeclaration() => TestBuilder.Create()
        .WithOutputKind(OutputKind.ConsoleApplication)
        .WithSource("""
            using System.Net.NetworkInformation;

            System.GC.KeepAlive(Mac());

            // The first adapter.
            string Mac() => {|PRIV001:NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress()|}.ToString();
            """)
        .WithCodeFix<UndeclaredCollectionFixer>()
        .WithEquivalenceKey(MemberEssential)
        .ShouldFixTo("""
            using System.Net.NetworkInformation;
            using PrivacyAnalyzers;

            System.GC.KeepAlive(Mac());

            // The first adapter.
            [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
            string Mac() => NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();
            """)
        .ValidateAsync();

    [Fact]
    public Task BeforeCSharp10ALambdaCannotTakeAnAttributeSoTheAssemblyDoes() => TestBuilder.Create()
        .WithOutputKind(OutputKind.ConsoleApplication)
        .WithLanguageVersion(LanguageVersion.CSharp9)
        .WithSource("""
            using System;
            using Microsoft.AspNetCore.Http;

            Func<HttpContext, object?> ip = c => {|PRIV001:c.Connection.RemoteIpAddress|};
            Console.WriteLine(ip);
            """)
        .WithCodeFix<UndeclaredCollectionFixer>()
        .WithEquivalenceKey(MemberEssential)
        .ShouldFixTo("""
            using System;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            [assembly: CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]

            Func<HttpContext, object?> ip = c => c.Connection.RemoteIpAddress;
            Console.WriteLine(ip);
            """)
        .ValidateAsync();

    [Fact]
    public Task BeforeCSharp10ALambdaInAMethodDeclaresOnTheMethod() => TestBuilder.Create()
        .WithLanguageVersion(LanguageVersion.CSharp9)
        .WithSource("""
            using System;
            using Microsoft.AspNetCore.Http;

            class Endpoints
            {
                Func<HttpContext, object?> Ip() => c => {|PRIV001:c.Connection.RemoteIpAddress|};
            }
            """)
        .WithCodeFix<UndeclaredCollectionFixer>()
        .WithEquivalenceKey(MemberEssential)
        .ShouldFixTo("""
            using System;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Endpoints
            {
                [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]
                Func<HttpContext, object?> Ip() => c => c.Connection.RemoteIpAddress;
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task AnExpressionTreeLambdaCannotTakeAnAttributeSoTheMethodDoes() => TestBuilder.Create()
        .WithSource("""
            using System;
            using System.Linq.Expressions;
            using Microsoft.AspNetCore.Http;

            class Queries
            {
                Expression<Func<HttpContext, object?>> Ip() => c => {|PRIV001:c.Connection.RemoteIpAddress|};
            }
            """)
        .WithCodeFix<UndeclaredCollectionFixer>()
        .WithEquivalenceKey(MemberEssential)
        .ShouldFixTo("""
            using System;
            using System.Linq.Expressions;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Queries
            {
                [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]
                Expression<Func<HttpContext, object?>> Ip() => c => c.Connection.RemoteIpAddress;
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task TheEnclosingScopeDeclaresOnTheMemberAroundALambda() => TestBuilder.Create()
        .WithSource("""
            using System;
            using Microsoft.AspNetCore.Http;

            class Endpoints
            {
                Func<HttpContext, object?> Ip() => c => {|PRIV001:c.Connection.RemoteIpAddress|};
            }
            """)
        .WithCodeFix<UndeclaredCollectionFixer>()
        .WithEquivalenceKey("PRIV001|Enclosing|essential.service")
        .ShouldFixTo("""
            using System;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Endpoints
            {
                [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]
                Func<HttpContext, object?> Ip() => c => c.Connection.RemoteIpAddress;
            }
            """)
        .ValidateAsync();

    [Fact]
    public async Task ALambdaSiteOffersTheLambdaThenTheMemberThenTheType()
    {
        var actions = await TestBuilder.Create().WithSource("""
            class A { System.Func<Microsoft.AspNetCore.Http.HttpContext, object?> Ip() => c => c.Connection.RemoteIpAddress; }
            """).GetCodeActionsAsync(new UndeclaredCollectionFixer());

        Assert.Equal(
            new[]
            {
                "Declare purpose for user.device.ip_address on the lambda",
                "Declare purpose for user.device.ip_address on 'Ip'",
                "Declare purpose for user.device.ip_address on type 'A'",
            },
            actions.Select(a => a.Title));
        Assert.Equal(
            new[] { "PRIV001|Member|essential.service", "PRIV001|Enclosing|essential.service", "PRIV001|Type|essential.service" },
            actions.Select(a => CodeActionTree.Nested(a).Select(n => n.EquivalenceKey).Single(k => k!.EndsWith("|essential.service", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task TypeDeclarationsTurnedOffAreNotOffered()
    {
        var titles = await TitlesAsync("class A { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => c.Connection.RemoteIpAddress; }", "privacy_analyzers.type_declarations = false");
        Assert.Equal(new[] { "Declare purpose for user.device.ip_address on 'Ip'" }, titles);
    }

    [Fact]
    public Task UnrelatedLinesAreLeftAsTheyWere() => Fix(
        """
        using  Microsoft.AspNetCore.Http ;

        namespace Shop {
        class  Visitors
        {
            int  count  =  0 ;   // odd spacing, kept

            #region Tracking
            /// <summary>The caller.</summary>
            public   object?   Ip( HttpContext  c )
            {
                count ++;
                var  ip  =  {|PRIV001:c.Connection.RemoteIpAddress|} ;
                return  ip;
            }
            #endregion

            int Count()=>count;
        }
        }
        """,
        """
        using  Microsoft.AspNetCore.Http ;
        using PrivacyAnalyzers;

        namespace Shop {
        class  Visitors
        {
            int  count  =  0 ;   // odd spacing, kept

            #region Tracking
            /// <summary>The caller.</summary>
            [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]
            public   object?   Ip( HttpContext  c )
            {
                count ++;
                var  ip  =  c.Connection.RemoteIpAddress ;
                return  ip;
            }
            #endregion

            int Count()=>count;
        }
        }
        """,
        MemberEssential);

    [Fact]
    public Task AnAttributeOnTheSameLineGetsItsNeighbourInline() => Fix(
        """
        using System;
        using Microsoft.AspNetCore.Http;

        class Visitors
        {
            [Obsolete] public object? Ip(HttpContext c) => {|PRIV001:c.Connection.RemoteIpAddress|};
        }
        """,
        """
        using System;
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        class Visitors
        {
            [Obsolete] [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)] public object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
        }
        """,
        MemberEssential);

    [Fact]
    public Task TopLevelStatementsKeepTheirLayoutAroundTheAssemblyDeclaration() => TestBuilder.Create()
        .WithOutputKind(OutputKind.ConsoleApplication)
        .WithSource("""
            using System.Net.NetworkInformation;

            // Print the MAC address.
            var  mac  =  {|PRIV001:NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress()|} ;
            System.GC.KeepAlive( mac );
            """)
        .WithCodeFix<UndeclaredCollectionFixer>()
        .WithEquivalenceKey(MemberEssential)
        .ShouldFixTo("""
            using System.Net.NetworkInformation;
            using PrivacyAnalyzers;

            [assembly: CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]

            // Print the MAC address.
            var  mac  =  NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress() ;
            System.GC.KeepAlive( mac );
            """)
        .ValidateAsync();

    [Fact]
    public async Task ThePolicysOnlyPurposeIsTheFirstActionAndWhatDotnetFormatDeclares()
    {
        const string Source = """
            using System;
            using Microsoft.AspNetCore.Http;

            class Visitors
            {
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

                object Cookies(HttpContext c) => c.Request.Cookies;

                string Mac(System.Net.NetworkInformation.NetworkInterface n) => n.GetPhysicalAddress().ToString();
            }
            """;
        const string Policy = """
            # Visitors
            user.device.ip_address: essential.fraud_detection
            user.device.cookie_id: analytics.reporting, marketing.advertising
            """;

        var actions = await TestBuilder.Create().WithSource(Source).WithPolicy(Policy).GetCodeActionsAsync(new UndeclaredCollectionFixer());
        Assert.Equal("PRIV001|Member|essential.fraud_detection", CodeActionTree.Nested(actions[0])[0].EquivalenceKey);

        // The key dotnet format passes: the first action's (a group: its nested keys joined).
        var fixedSource = await BulkFixAsync(Source, Policy);
        Assert.Equal("""
            using System;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Visitors
            {
                [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

                [CollectsPersonalData(DataCategories.CookieId, Purposes.AnalyticsReporting)]
                object Cookies(HttpContext c) => c.Request.Cookies;

                [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
                string Mac(System.Net.NetworkInformation.NetworkInterface n) => n.GetPhysicalAddress().ToString();
            }
            """, fixedSource);

        // The configured default wins only where the policy allows it.
        var withDefault = await BulkFixAsync(Source, Policy, "privacy_analyzers.default_purpose = marketing.advertising");
        Assert.Contains("[CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]", withDefault, StringComparison.Ordinal);
        Assert.Contains("[CollectsPersonalData(DataCategories.CookieId, Purposes.Advertising)]", withDefault, StringComparison.Ordinal);
        Assert.Contains("[CollectsPersonalData(DataCategories.DeviceId, Purposes.Advertising)]", withDefault, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DotnetFormatDeclaresOnTheLambdaInTopLevelStatements()
    {
        var fixedSource = await BulkFixAsync(
            """
            using System;
            using Microsoft.AspNetCore.Http;

            Func<HttpContext, object?> ip = c => c.Connection.RemoteIpAddress;
            Console.WriteLine(ip);
            """,
            "user.device.ip_address: essential.fraud_detection\n",
            outputKind: OutputKind.ConsoleApplication);
        Assert.Equal("""
            using System;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            Func<HttpContext, object?> ip = [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)] (c) => c.Connection.RemoteIpAddress;
            Console.WriteLine(ip);
            """, fixedSource);
    }

    private static Task Fix(string source, string fixedSource, string equivalenceKey)
        => TestBuilder.Create()
            .WithSource(source)
            .WithCodeFix<UndeclaredCollectionFixer>()
            .WithEquivalenceKey(equivalenceKey)
            .ShouldFixTo(fixedSource)
            .ValidateAsync();

    /// <summary>
    /// Fix All as <c>dotnet format analyzers</c> drives it: the key of the first action registered for
    /// the first PRIV001 (a group, so Roslyn's joined key), solution scope; the fixed document's text.
    /// The project has the policy and the .editorconfig lines, as a consumer's does.
    /// </summary>
    private static async Task<string> BulkFixAsync(string source, string? policy, string? editorConfig = null, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var project = CreateProject(source, policy, editorConfig, outputKind);
        var fixer = new UndeclaredCollectionFixer();
        var diagnostics = await AnalyzeAsync(project);
        var first = diagnostics.First(d => d.Id == RuleIds.UndeclaredCollection);
        var document = project.GetDocument(first.Location.SourceTree)!;
        var key = (await CodeActionTree.RegisteredAsync(fixer, document, first))[0].EquivalenceKey;
        Assert.Contains(";", key, StringComparison.Ordinal);

        var context = new FixAllContext(document.Project, fixer, FixAllScope.Solution, key!, [RuleIds.UndeclaredCollection], new Diagnostics(), CancellationToken.None);
        var action = await fixer.GetFixAllProvider().GetFixAsync(context);
        Assert.NotNull(action);
        var solution = project.Solution;
        foreach (var operation in await action!.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                solution = apply.ChangedSolution;
            }
        }

        var fixedProject = solution.GetProject(project.Id)!;
        var compilation = (await fixedProject.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(await AnalyzeAsync(fixedProject), d => d.Id == RuleIds.UndeclaredCollection);
        return (await fixedProject.Documents.Single().GetTextAsync()).ToString();
    }

    /// <summary>The titles the fixer offers for the first PRIV001 of a project with those .editorconfig lines.</summary>
    private static async Task<IReadOnlyList<string>> TitlesAsync(string source, string editorConfig)
    {
        var project = CreateProject(source, null, editorConfig, OutputKind.DynamicallyLinkedLibrary);
        var first = (await AnalyzeAsync(project)).First(d => d.Id == RuleIds.UndeclaredCollection);
        return (await CodeActionTree.RegisteredAsync(new UndeclaredCollectionFixer(), project.GetDocument(first.Location.SourceTree)!, first)).Select(a => a.Title).ToList();
    }

    private static Project CreateProject(string source, string? policy, string? editorConfig, OutputKind outputKind)
    {
        var projectId = ProjectId.CreateNewId();
        var solution = new AdhocWorkspace().CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            AnalyzerRunner.DefaultAssemblyName,
            AnalyzerRunner.DefaultAssemblyName,
            LanguageNames.CSharp,
            compilationOptions: AnalyzerRunner.CompilationOptions(outputKind),
            parseOptions: AnalyzerRunner.ParseOptions,
            metadataReferences: TestReferences.All));
        solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", SourceText.From(source), filePath: "/0/Test0.cs");
        if (policy != null)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), TestBuilder.PolicyFileName, SourceText.From(policy), filePath: "/0/" + TestBuilder.PolicyFileName);
        }

        if (editorConfig != null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From("root = true\n\n[*.cs]\n" + editorConfig + "\n"), filePath: "/0/.editorconfig");
        }

        return solution.GetProject(projectId)!;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var run = AnalyzerRunner.ThrowOnFailure(await AnalyzerRunner.AnalyzeAsync(compilation, project.AnalyzerOptions.AdditionalFiles, options: project.AnalyzerOptions.AnalyzerConfigOptionsProvider));
        return run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
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
