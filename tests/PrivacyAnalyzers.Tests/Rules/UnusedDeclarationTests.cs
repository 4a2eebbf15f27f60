using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>PRIV004: a declaration that covers no collection site is reported, and its fix removes it.</summary>
public sealed class UnusedDeclarationTests
{
    [Fact]
    public Task DeclarationsThatCoverASiteAreSilent() => TestBuilder.Create()
        .WithSource("""
            using System.Net.NetworkInformation;
            using System.Security.Claims;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            [assembly: CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)]

            [CollectsPersonalData(DataCategories.Device, Purposes.EssentialService)]
            class Inventory
            {
                PhysicalAddress Mac(NetworkInterface nic) => nic.GetPhysicalAddress();

                [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
            }

            class Profile
            {
                string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
            }
            """)
        .ShouldReport()
        .ValidateAsync();

    [Fact]
    public Task UnusedDeclarationsAreReported() => Run(
        """
        using System.Net.NetworkInformation;
        using PrivacyAnalyzers;

        [{|#0:CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)|}]
        class Inventory
        {
            [{|#1:CollectsPersonalData(DataCategories.Device, Purposes.EssentialService)|}]
            [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
            PhysicalAddress Mac(NetworkInterface nic) => nic.GetPhysicalAddress();
        }
        """,
        policy: null,
        Expect.Message(RuleIds.UnusedDeclaration).WithLocation(0).WithArguments("user.contact.email", ""),
        Expect.Message(RuleIds.UnusedDeclaration).WithLocation(1).WithArguments("user.device", ""));

    [Fact]
    public Task BlanketDeclarationsCanBeTurnedOff()
    {
        return TestBuilder.Create()
            .WithSource("""
                using System.Net.NetworkInformation;
                using PrivacyAnalyzers;

                [{|#0:CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)|}]
                class Inventory
                {
                    PhysicalAddress Mac(NetworkInterface nic) => {|#1:nic.GetPhysicalAddress()|};
                }
                """)
            .WithEditorConfig("privacy_analyzers.type_declarations = false")
            .ShouldReport(
                Expect.Message(RuleIds.UnusedDeclaration).WithLocation(0).WithArguments("user.device.device_id", ": type-level declarations are turned off (privacy_analyzers.type_declarations = false)"),
                Expect.Diagnostic(RuleIds.UndeclaredCollection).WithLocation(1))
            .ValidateAsync();
    }

    [Fact]
    public async Task RemovesAnUnusedDeclaration()
    {
        await TestBuilder.Create()
            .WithCodeFix<UnusedDeclarationFixer>()
            .WithSource("""
                using PrivacyAnalyzers;

                class Newsletter
                {
                    /// <summary>Unsubscribes.</summary>
                    [{|PRIV004:CollectsPersonalData(DataCategories.Email, Purposes.MarketingCommunications)|}]
                    public void Unsubscribe(int id) { }

                    [System.Obsolete, {|PRIV004:CollectsPersonalData(DataCategories.Email, Purposes.MarketingCommunications)|}]
                    public void Old(int id) { }
                }
                """)
            .ShouldFixTo("""
                using PrivacyAnalyzers;

                class Newsletter
                {
                    /// <summary>Unsubscribes.</summary>
                    public void Unsubscribe(int id) { }

                    [System.Obsolete]
                    public void Old(int id) { }
                }
                """)
            // PRIV004 needs the whole compilation, so it is a compilation-end (non-local) diagnostic.
            .WithBehaviors(Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck)
            .ValidateAsync();
    }

    [Fact]
    public Task FixAllRemovesUnusedDeclarationsAcrossDocuments() => TestBuilder.Create()
        .WithSources(
            """
            using PrivacyAnalyzers;

            class A
            {
                [{|PRIV004:CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)|}]
                public void M() { }
            }
            """,
            """
            using PrivacyAnalyzers;

            class B
            {
                [{|PRIV004:CollectsPersonalData(DataCategories.PhoneNumber, Purposes.EssentialService)|}]
                public void M() { }
            }
            """)
        .WithCodeFix<UnusedDeclarationFixer>()
        .ShouldFixTo(
            """
            using PrivacyAnalyzers;

            class A
            {
                public void M() { }
            }
            """,
            """
            using PrivacyAnalyzers;

            class B
            {
                public void M() { }
            }
            """)
        // PRIV004 needs the whole compilation, so it is a compilation-end (non-local) diagnostic.
        .WithBehaviors(CodeFixTestBehaviors.SkipLocalDiagnosticCheck)
        .ValidateAsync();

    private static Task Run(string source, string? policy, params DiagnosticResult[] expected)
        => TestBuilder.Create().WithSource(source).WithPolicy(policy).ShouldReport(expected).ValidateAsync();
}
