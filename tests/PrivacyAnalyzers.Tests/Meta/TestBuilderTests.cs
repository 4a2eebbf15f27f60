using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeFixes;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>
/// The test builder is what every other test stands on: a wrong expectation must fail, each input
/// must reach the analyzers, and a build's defaults (off-by-default rules stay off) must hold.
/// </summary>
public sealed class TestBuilderTests
{
    private const string Ip = """
        using Microsoft.AspNetCore.Http;
        class C { object? Ip(HttpContext c) => {|#0:c.Connection.RemoteIpAddress|}; }
        """;

    [Fact]
    public Task ASiteIsFoundWithItsCategory()
        => TestBuilder.Create().WithSource(Ip).ShouldReportSites((0, "user.device.ip_address")).ValidateAsync();

    [Fact]
    public async Task AMissingSiteAWrongCategoryOrAnUnexpectedSiteFails()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => TestBuilder.Create().WithSource(Ip).ShouldReportSites().ValidateAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => TestBuilder.Create().WithSource(Ip).ShouldReportSites((0, "user.device")).ValidateAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => TestBuilder.Create().WithSource(Ip).ShouldReportSites((0, "user.device.ip_address"), (1, "user.device.ip_address")).ValidateAsync());
    }

    [Fact]
    public async Task SitesMustCompile()
        => await Assert.ThrowsAnyAsync<Exception>(() => TestBuilder.Create().WithSource(Ip + "\nclass Broken {").ShouldReportSites((0, "user.device.ip_address")).ValidateAsync());

    [Fact]
    public async Task UnexpectedOrMissingDiagnosticsFail()
    {
        await TestBuilder.Create().WithSource(Ip).ShouldReport(Expect.Diagnostic(RuleIds.UndeclaredCollection).WithLocation(0)).ValidateAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => TestBuilder.Create().WithSource(Ip).ValidateAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => TestBuilder.Create().WithSource(Ip)
            .ShouldReport(Expect.Message(RuleIds.UndeclaredCollection, "not", "the", "message", "at all").WithLocation(0)).ValidateAsync());
    }

    [Fact]
    public Task SquareBracketMarkupIsAnUndeclaredSite()
        => TestBuilder.Create().WithSource("class C { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => [|c.Connection.RemoteIpAddress|]; }").ValidateAsync();

    [Fact]
    public async Task TheInventoryIsOffUnlessTurnedOn()
    {
        var source = TestBuilder.Create().WithSource(Ip);
        Assert.DoesNotContain(await source.GetDiagnosticsAsync(), d => d.Id == RuleIds.CollectionSite);
        Assert.Contains(await source.WithRuleEnabled(RuleIds.CollectionSite).GetDiagnosticsAsync(), d => d.Id == RuleIds.CollectionSite);
    }

    [Fact]
    public async Task PolicyAndEditorConfigReachTheAnalyzers()
    {
        var undisclosed = await TestBuilder.Create().WithSource(Ip).WithPolicy("user.contact.*: essential.service\n").GetDiagnosticsAsync();
        Assert.Contains(undisclosed, d => d.Id == RuleIds.CategoryNotDisclosed);

        var blanket = await TestBuilder.Create()
            .WithSource("""
                using Microsoft.AspNetCore.Http;
                using PrivacyAnalyzers;

                [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]
                class C { object? Ip(HttpContext c) => c.Connection.RemoteIpAddress; }
                """)
            .WithEditorConfig("privacy_analyzers.type_declarations = false")
            .GetDiagnosticsAsync();
        Assert.Contains(blanket, d => d.Id == RuleIds.UnusedDeclaration && d.GetMessage().Contains("turned off", StringComparison.Ordinal));
    }

    [Fact]
    public void OutputKindAndReferencesReachTheCompilation()
    {
        var compilation = TestBuilder.Create().WithSource("System.Console.WriteLine();").WithOutputKind(OutputKind.ConsoleApplication).Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        const string android = "class C { string M() => Android.Provider.Settings.Secure.AndroidId; }";
        Assert.Empty(TestBuilder.Create().WithSource(android).Compile().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var bare = TestBuilder.Create().WithSource(android).WithReferences(Tests.Verifiers.TestReferences.Framework).Compile();
        Assert.NotEmpty(bare.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task AWrongFixFails()
        => await Assert.ThrowsAnyAsync<Exception>(() => TestBuilder.Create()
            .WithSource("class C { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => {|PRIV001:c.Connection.RemoteIpAddress|}; }")
            .WithCodeFix<UndeclaredCollectionFixer>()
            .WithEquivalenceKey("PRIV001|Member|essential.service")
            .ShouldFixTo("class C { object? Ip(Microsoft.AspNetCore.Http.HttpContext c) => c.Connection.RemoteIpAddress; }")
            .ValidateAsync());
}
