using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>PRIV002–PRIV006: declarations and sites against PrivacyPolicy.txt, and the file itself.</summary>
public sealed class PolicyRulesTests
{
    private const string Policy = """
        # What we promise, in code.
        user.device.ip_address: essential.fraud_detection, essential.service.security
        user.contact.*: essential.service, marketing.communications
        user.device.cookie_id: essential
        """;

    [Fact]
    public Task PurposeNotAllowedIsReportedAtTheArgument() => Run(
        """
        using System.Security.Claims;
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        class Visitors
        {
            [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection, {|#0:Purposes.Advertising|})]
            object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

            // essential allows essential.service.operations: purposes are hierarchical.
            [CollectsPersonalData(DataCategories.CookieId, Purposes.ServiceOperations)]
            object Cookies(HttpContext c) => c.Request.Cookies;

            // user.contact.* covers the email.
            [CollectsPersonalData(DataCategories.Email, Purposes.MarketingCommunications)]
            string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
        }
        """,
        Policy,
        Expect.Message(RuleIds.PurposeNotAllowed).WithLocation(0).WithArguments("marketing.advertising", "user.device.ip_address"));

    [Fact]
    public Task CategoryNotDisclosedIsReportedAtEverySite() => Run(
        """
        using System.Net.NetworkInformation;
        using PrivacyAnalyzers;

        class Inventory
        {
            [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
            PhysicalAddress Mac(NetworkInterface nic) => {|#0:nic.GetPhysicalAddress()|};
        }
        """,
        Policy,
        Expect.Message(RuleIds.CategoryNotDisclosed).WithLocation(0).WithArguments("NetworkInterface.GetPhysicalAddress", "Device ID", "user.device.device_id"));

    [Fact]
    public Task UndeclaredAndUndisclosedSitesGetBoth() => Run(
        """
        using System.Net.NetworkInformation;

        class Inventory
        {
            PhysicalAddress Mac(NetworkInterface nic) => {|#0:nic.GetPhysicalAddress()|};
        }
        """,
        Policy,
        Expect.Diagnostic(RuleIds.UndeclaredCollection).WithLocation(0),
        Expect.Diagnostic(RuleIds.CategoryNotDisclosed).WithLocation(0));

    [Fact]
    public Task NoPolicyFileMeansNoPolicyRules() => Run(
        """
        using System.Net.NetworkInformation;
        using PrivacyAnalyzers;

        class Inventory
        {
            [CollectsPersonalData(DataCategories.DeviceId, Purposes.Advertising)]
            PhysicalAddress Mac(NetworkInterface nic) => nic.GetPhysicalAddress();
        }
        """,
        policy: null);

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
    public Task UnknownIdsNameTheNearestKnownOne() => Run(
        """
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        class Visitors
        {
            [CollectsPersonalData({|#0:"user.device.ip_adress"|}, {|#1:"essential.servise"|})]
            object? Ip(HttpContext c) => {|#2:c.Connection.RemoteIpAddress|};

            // A team's own ids: named in the policy, or below a known id and no near miss.
            [CollectsPersonalData("user.contact.fax_number", "essential.service.billing_support")]
            [CollectsPersonalData("user.device.fleet_tag", Purposes.EssentialService)]
            void Own() { }
        }
        """,
        policy: "user.contact.fax_number: essential.service\n",
        Expect.Message(RuleIds.UnusedDeclaration).WithSpan(6, 6, 6, 72).WithArguments("user.device.ip_adress", ""),
        Expect.Message(RuleIds.UnknownId).WithLocation(0).WithArguments("user.device.ip_adress", "category", ": did you mean 'user.device.ip_address'?"),
        Expect.Message(RuleIds.UnknownId).WithLocation(1).WithArguments("essential.servise", "purpose", ": did you mean 'essential.service'?"),
        Expect.Diagnostic(RuleIds.UndeclaredCollection).WithLocation(2),
        Expect.Diagnostic(RuleIds.CategoryNotDisclosed).WithLocation(2),
        Expect.Message(RuleIds.UnusedDeclaration).WithSpan(10, 6, 10, 90).WithArguments("user.contact.fax_number", ""),
        Expect.Message(RuleIds.UnusedDeclaration).WithSpan(11, 6, 11, 78).WithArguments("user.device.fleet_tag", ""));

    /// <summary>
    /// Declarations are read from the values the compiler bound for their symbol, paired with the
    /// arguments by position: every placement and argument shape must still report at the very
    /// argument at fault, including those read through the semantic model instead (a record
    /// parameter's <c>property:</c> target, named arguments, a collection expression).
    /// </summary>
    [Fact]
    public Task UnknownIdsAreReportedAtTheArgumentWhereverTheDeclarationIs() => Run(
        """
        using System;
        using PrivacyAnalyzers;

        [assembly: CollectsPersonalData(DataCategories.Email, {|#0:"essential.servise"|})]

        [CollectsPersonalData(DataCategories.Email, new[] { Purposes.EssentialService, {|#1:"essential.servise"|} })]
        class Everywhere
        {
            [CollectsPersonalData(DataCategories.Email, {|#2:"essential.servise"|})]
            private string? field;

            [CollectsPersonalData(DataCategories.Email, {|#3:"essential.servise"|})]
            public event EventHandler? Changed;

            public string Name
            {
                [CollectsPersonalData(DataCategories.Email, {|#4:"essential.servise"|})]
                get => field ?? "";
            }

            [CollectsPersonalData(purposes: new[] { {|#5:"essential.servise"|} }, category: DataCategories.Email)]
            public Everywhere() { }

            [CollectsPersonalData(DataCategories.Email, [Purposes.EssentialService, {|#6:"essential.servise"|}])]
            void Method()
            {
                [CollectsPersonalData({|#7:"user.contact.emial"|})]
                void Local() { }

                Func<int> lambda = [CollectsPersonalData(DataCategories.Email, {|#8:"essential.servise"|})] () => 1;
                Local();
                Changed?.Invoke(this, EventArgs.Empty);
                _ = lambda;
            }
        }

        record Person([property: CollectsPersonalData(DataCategories.Email, {|#9:"essential.servise"|})] string Email);
        """,
        policy: null,
        UnusedDeclarations().SelectMany((unused, i) => new[]
        {
            unused,
            i == 7
                ? Expect.Message(RuleIds.UnknownId).WithLocation(i).WithArguments("user.contact.emial", "category", ": did you mean 'user.contact.email'?")
                : Expect.Message(RuleIds.UnknownId).WithLocation(i).WithArguments("essential.servise", "purpose", ": did you mean 'essential.service'?"),
        }).ToArray());

    /// <summary>PRIV004 for every declaration of the test above, in order: none of them covers a site.</summary>
    private static IEnumerable<DiagnosticResult> UnusedDeclarations()
    {
        (int Line, int Column, int EndColumn, string Category)[] spans =
        [
            (4, 12, 75, "user.contact.email"),
            (6, 2, 102, "user.contact.email"),
            (9, 6, 69, "user.contact.email"),
            (12, 6, 69, "user.contact.email"),
            (17, 10, 73, "user.contact.email"),
            (21, 6, 99, "user.contact.email"),
            (24, 6, 98, "user.contact.email"),
            (27, 10, 52, "user.contact.emial"),
            (30, 29, 92, "user.contact.email"),
            (37, 26, 89, "user.contact.email"),
        ];
        return spans.Select(s => Expect.Message(RuleIds.UnusedDeclaration).WithSpan(s.Line, s.Column, s.Line, s.EndColumn).WithArguments(s.Category, ""));
    }

    [Fact]
    public Task MalformedLinesAreReportedWhereTheyAreAndTheRestApplies() => Run(
        """
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        class Visitors
        {
            [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
            object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
        }
        """,
        """
        # PrivacyPolicy.txt
        {|#0:user.contact.email essential.service|}
        user.device.ip_address: essential.fraud_detection
        {|#1:user.device.ip_address|}: essential.service
        user.contact.*: {|#2:marketing.comunications|}
        {|#3:User.Name|}: essential.service
        user.name: essential.service, {|#4:essential.service|}
        """,
        Expect.Message(RuleIds.MalformedFile).WithLocation(0).WithArguments("PrivacyPolicy.txt", "expected 'category: purpose, purpose' but found 'user.contact.email essential.service'"),
        Expect.Message(RuleIds.MalformedFile).WithLocation(1).WithArguments("PrivacyPolicy.txt", "'user.device.ip_address' conflicts with line 3, which lists other purposes: both lines apply, merge them into one"),
        Expect.Message(RuleIds.MalformedFile).WithLocation(2).WithArguments("PrivacyPolicy.txt", "unknown purpose id 'marketing.comunications': did you mean 'marketing.communications'?"),
        Expect.Message(RuleIds.MalformedFile).WithLocation(3).WithArguments("PrivacyPolicy.txt", "'User.Name' is not a category id: lowercase segments separated by dots, '*' only as the last segment"),
        Expect.Message(RuleIds.MalformedFile).WithLocation(4).WithArguments("PrivacyPolicy.txt", "'essential.service' is listed twice for 'user.name'"));

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
    public Task SourcesFileAddsSourcesAndReportsBadLines()
    {
        return TestBuilder.Create()
            .WithSource("""
                namespace MyCompany.Crm
                {
                    public class Client
                    {
                        public string GetEmail(int id) => "someone@example.com";
                        public string GetName(int id) => "Someone";
                    }

                    class Newsletter
                    {
                        string To(Client crm) => {|#0:crm.GetEmail(1)|};
                        string Hello(Client crm) => crm.GetName(1);
                    }
                }
                """)
            .WithSourcesFile("""
                # Our CRM client, which we cannot annotate.
                M:MyCompany.Crm.Client.GetEmail;user.contact.email
                {|#1:M:MyCompany.Crm.Client.GetName user.name|}
                """)
            .ShouldReport(
                Expect.Message(RuleIds.UndeclaredCollection).WithLocation(0).WithArguments("Client.GetEmail", "Email address", "user.contact.email", "'Newsletter.To' or an enclosing type"),
                Expect.Message(RuleIds.MalformedFile).WithLocation(1).WithArguments("PersonalDataSources.txt", "expected 'M:Namespace.Type.Member;category' (a documentation-comment id, ';', a category id)"))
            .ValidateAsync();
    }

    private static Task Run(string source, string? policy, params DiagnosticResult[] expected)
    {
        var test = TestBuilder.Create().WithSource(source).ShouldReport(expected);
        return (policy is null ? test : test.WithPolicy(policy)).ValidateAsync();
    }
}
