using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeFixes;
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

    private static Task Fix(string source, string fixedSource, string equivalenceKey)
        => TestBuilder.Create()
            .WithSource(source)
            .WithCodeFix<UndeclaredCollectionFixer>()
            .WithEquivalenceKey(equivalenceKey)
            .ShouldFixTo(fixedSource)
            .ValidateAsync();
}
