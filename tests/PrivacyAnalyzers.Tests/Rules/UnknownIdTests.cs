using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>PRIV006: an unknown category or purpose id is reported at the argument, with the nearest known id, and its fix puts that id in.</summary>
public sealed class UnknownIdTests
{
    [Fact]
    public Task KnownIdsAndATeamsOwnIdsAreSilent() => TestBuilder.Create()
        .WithSource("""
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Visitors
            {
                [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

                [CollectsPersonalData("user.device.cookie_id", "essential.service", "analytics.reporting")]
                object Cookies(HttpContext c) => c.Request.Cookies;
            }
            """)
        .ShouldReport()
        .ValidateAsync();

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
    public async Task ReplacesAnUnknownIdWithTheNearest()
    {
        await TestBuilder.Create()
            .WithCodeFix<UnknownIdFixer>()
            .WithSource("""
                using Microsoft.AspNetCore.Http;
                using PrivacyAnalyzers;

                class Visitors
                {
                    [{|PRIV004:CollectsPersonalData({|PRIV006:"user.device.ip_adress"|}, Purposes.FraudDetection)|}]
                    object? Ip(HttpContext c) => {|PRIV001:c.Connection.RemoteIpAddress|};
                }
                """)
            .ShouldFixTo("""
                using Microsoft.AspNetCore.Http;
                using PrivacyAnalyzers;

                class Visitors
                {
                    [CollectsPersonalData("user.device.ip_address", Purposes.FraudDetection)]
                    object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public Task FixAllReplacesEveryUnknownId() => TestBuilder.Create()
        .WithSource("""
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Visitors
            {
                [CollectsPersonalData(DataCategories.IpAddress, {|PRIV006:"essential.servise"|})]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

                [CollectsPersonalData(DataCategories.CookieId, {|PRIV006:"analytics.reportng"|})]
                object Cookies(HttpContext c) => c.Request.Cookies;
            }
            """)
        .WithCodeFix<UnknownIdFixer>()
        .ShouldFixTo("""
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Visitors
            {
                [CollectsPersonalData(DataCategories.IpAddress, "essential.service")]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

                [CollectsPersonalData(DataCategories.CookieId, "analytics.reporting")]
                object Cookies(HttpContext c) => c.Request.Cookies;
            }
            """)
        .ValidateAsync();

    private static Task Run(string source, string? policy, params DiagnosticResult[] expected)
        => TestBuilder.Create().WithSource(source).WithPolicy(policy).ShouldReport(expected).ValidateAsync();
}
