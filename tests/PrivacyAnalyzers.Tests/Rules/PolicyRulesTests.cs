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
        => TestBuilder.Create().WithSource(source).WithPolicy(policy).ShouldReport(expected).ValidateAsync();
}
