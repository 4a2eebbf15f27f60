using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    PrivacyAnalyzers.Rules.CollectionSiteAnalyzer,
    PrivacyAnalyzers.CodeFixes.UndeclaredCollectionFixer>;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>The PRIV001 fix adds the declaration where the user chooses, and Fix All does it everywhere.</summary>
public sealed class UndeclaredCollectionFixerTests
{
    private const string MemberEssential = "PRIV001|Member|essential.service";

    [Fact]
    public Task AddsDeclarationToTheMemberKeepingDocsAndUsings() => Verify.VerifyCodeFixAsync(
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
    public Task AddsDeclarationToTheTypeWithTheChosenPurpose() => Verify.VerifyCodeFixAsync(
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
    public Task PropertyAccessorsGetTheDeclarationOnTheProperty() => Verify.VerifyCodeFixAsync(
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
        var test = new Verify.Test
        {
            TestState = { OutputKind = OutputKind.ConsoleApplication, Sources = { """
                using System.Net.NetworkInformation;

                var mac = {|PRIV001:NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress()|};
                System.Console.WriteLine(mac);
                """ } },
            FixedState = { OutputKind = OutputKind.ConsoleApplication, Sources = { """
                using System.Net.NetworkInformation;
                using PrivacyAnalyzers;

                [assembly: CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]

                var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress();
                System.Console.WriteLine(mac);
                """ } },
            CodeActionEquivalenceKey = MemberEssential,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllDeclaresOncePerMemberAndCategory()
    {
        var test = new Verify.Test
        {
            TestCode = """
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
                """,
            FixedCode = """
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
                """,
            CodeActionEquivalenceKey = MemberEssential,
            // One-by-one fixing reaches the same code in several iterations; the batch in one.
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllAcrossDocumentsAndProjects()
    {
        var test = new Verify.Test
        {
            TestState =
            {
                Sources =
                {
                    "using System;\n\nclass A { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => {|PRIV001:c.Connection.RemoteIpAddress|}; }\n",
                    "using System;\n\nclass B { object Mac(System.Net.NetworkInformation.NetworkInterface n) => {|PRIV001:n.GetPhysicalAddress()|}; }\n",
                },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    using System;
                    using PrivacyAnalyzers;

                    class A { [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)] object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => c.Connection.RemoteIpAddress; }

                    """,
                    """
                    using System;
                    using PrivacyAnalyzers;

                    class B { [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)] object Mac(System.Net.NetworkInformation.NetworkInterface n) => n.GetPhysicalAddress(); }

                    """,
                },
            },
            CodeActionEquivalenceKey = MemberEssential,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task OffersOneActionPerSuggestedPurposeForMemberAndType()
    {
        var fixer = new PrivacyAnalyzers.CodeFixes.UndeclaredCollectionFixer();
        var (document, diagnostic) = await FixerHarness.FirstDiagnosticAsync("""
            class A { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => c.Connection.RemoteIpAddress; }
            """);

        var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
        await fixer.RegisterCodeFixesAsync(new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));

        Assert.Equal(
            new[] { "Declare purpose for user.device.ip_address on 'Ip'", "Declare purpose for user.device.ip_address on type 'A'" },
            actions.Select(a => a.Title));
        var suggested = PrivacyAnalyzers.Taxonomy.PurposeTable.All.Where(p => p.Suggested).Select(p => p.Id).ToArray();
        Assert.Equal(9, suggested.Length);
        foreach (var group in actions)
        {
            Assert.Equal(suggested, Nested(group).Select(a => a.EquivalenceKey!.Split('|')[2]));
        }
    }

    /// <summary>Nested actions are internal in Roslyn 4.8, the version the fixer targets.</summary>
    internal static IEnumerable<Microsoft.CodeAnalysis.CodeActions.CodeAction> Nested(Microsoft.CodeAnalysis.CodeActions.CodeAction group)
    {
        var property = typeof(Microsoft.CodeAnalysis.CodeActions.CodeAction).GetProperty("NestedActions")
            ?? typeof(Microsoft.CodeAnalysis.CodeActions.CodeAction).GetProperty("NestedCodeActions", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        return (System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.CodeActions.CodeAction>)property.GetValue(group)!;
    }
}
