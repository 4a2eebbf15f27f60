using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>PRIV008: a value-aware source with a run-time value is reported at info level, never as a warning.</summary>
public sealed class PossibleCollectionTests
{
    [Fact]
    public async Task NonConstantKeysAreInfoNotWarnings()
    {
        await TestBuilder.Create()
            .WithSource("""
                using Android.App;
                using Android.Provider;
                using Microsoft.AspNetCore.Http;
                using System.Security.Claims;

                class Reader
                {
                    string? Setting(Activity activity, string key) => {|#0:Settings.Secure.GetString(activity.ContentResolver, key)|};
                    string Header(HttpContext context, string name) => {|#1:context.Request.Headers[name]|}.ToString();
                    string? Claim(ClaimsPrincipal user, string type) => {|#2:user.FindFirst(type)|}?.Value;

                    // Constants decide: a personal key warns (PRIV001), any other stays silent.
                    string? Brightness(Activity activity) => Settings.Secure.GetString(activity.ContentResolver, "screen_brightness");
                }
                """)
            .ShouldReport(
                Expect.Message(RuleIds.PossibleCollection).WithLocation(0)
                    .WithArguments("Settings.Secure.GetString", "name", "user.device, user.device.device_id"),
                Expect.Diagnostic(RuleIds.PossibleCollection).WithLocation(1),
                Expect.Diagnostic(RuleIds.PossibleCollection).WithLocation(2))
            .ValidateAsync();
    }

    [Fact]
    public async Task CategoryIsTheCommonAncestorOfThePossibleOnes()
    {
        var diagnostics = await TestBuilder.Create()
            .WithSource("class C { object M(Microsoft.AspNetCore.Http.HttpContext c, string n) => c.Request.Headers[n]; }")
            .GetDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(RuleIds.PossibleCollection, diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("user", diagnostic.Properties["category"]);
        Assert.Equal("user.authorization.credentials,user.behavior.browsing_history,user.demographic.language,user.device,user.device.cookie_id,user.device.ip_address", diagnostic.Properties["categories"]);
    }
}
