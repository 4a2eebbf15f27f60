using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Contract;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// PRIV009: a former, non-fideslang id is accepted and read as its fideslang id everywhere (coverage, the
/// policy, what the tools are told), reported at info level where it is written, and the fix writes the new id.
/// </summary>
public sealed class DeprecatedIdTests
{
    [Fact]
    public Task FideslangIdsAreSilent() => TestBuilder.Create()
        .WithSource("""
            using CoreLocation;
            using PrivacyAnalyzers;

            class Tracker
            {
                [CollectsPersonalData("user.location.imprecise", "functional.storage")]
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();
            }
            """)
        .WithPolicy("user.location.imprecise: functional.storage\n")
        .ShouldReport()
        .ValidateAsync();

    [Fact]
    public Task AFormerIdInADeclarationCoversItsNewIdsSitesAndIsReported() => TestBuilder.Create()
        .WithSource("""
            using CoreLocation;
            using PrivacyAnalyzers;

            class Tracker
            {
                [CollectsPersonalData({|#0:"user.location.coarse"|}, {|#1:"functional.storage.privacy_preferences"|})]
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();
            }
            """)
        // No PRIV001 (covered), no PRIV002 (the purpose is read as functional.storage), no PRIV003, no PRIV004.
        .WithPolicy("user.location.imprecise: functional.storage\n")
        .ShouldReport(
            Expect.Message(RuleIds.DeprecatedId).WithLocation(0).WithArguments("user.location.coarse", "'user.location.imprecise'"),
            Expect.Message(RuleIds.DeprecatedId).WithLocation(1).WithArguments("functional.storage.privacy_preferences", "'functional.storage'"))
        .ValidateAsync();

    [Fact]
    public async Task WhatTheToolsAreToldCarriesTheFideslangIdsOnly()
    {
        var diagnostics = await TestBuilder.Create()
            .WithSource("""
                using CoreLocation;
                using PrivacyAnalyzers;

                class Tracker
                {
                    [CollectsPersonalData("user.location.coarse", "functional.storage.privacy_preferences")]
                    void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();

                    [PersonalDataSource("user.biometrics.voice")]
                    public byte[] Record() => new byte[0];

                    [CollectsPersonalData("user.biometrics", "essential.service")]
                    byte[] Voice() => Record();
                }
                """)
            .WithRuleEnabled(RuleIds.CollectionSite)
            .GetDiagnosticsAsync();
        var sites = diagnostics.Where(d => d.Id == RuleIds.CollectionSite).Select(d => SiteCodec.ReadSite(d.Properties)!).OrderBy(s => s.Category, StringComparer.Ordinal).ToList();
        Assert.Equal(2, sites.Count);
        Assert.Equal("user.biometric.voice", sites[0].Category);
        Assert.Equal("user.biometric", sites[0].DeclaredCategory);
        Assert.Equal("user.location.imprecise", sites[1].Category);
        Assert.Equal("user.location.imprecise", sites[1].DeclaredCategory);
        Assert.Equal(new[] { "functional.storage" }, sites[1].Purposes);
        var deprecated = diagnostics.Where(d => d.Id == RuleIds.DeprecatedId).ToList();
        Assert.Equal(3, deprecated.Count);
        Assert.Contains(deprecated, d => SiteCodec.Deprecated(d.Properties) == "user.biometrics" && SiteCodec.ReplacedBy(d.Properties).SequenceEqual(new[] { "user.biometric" }));
    }

    [Fact]
    public async Task AFormerParentThatFideslangSplitsCoversEachPartAndHasNoOneFix()
    {
        var builder = TestBuilder.Create()
            .WithSource("""
                using PrivacyAnalyzers;

                class Crm
                {
                    [PersonalDataSource("user.job_title")]
                    public string Title() => "";

                    [PersonalDataSource("user.workplace")]
                    public string Employer() => "";

                    [CollectsPersonalData({|#0:"user.professional_information"|}, Purposes.EssentialService)]
                    string Card() => Title() + Employer();
                }
                """)
            .WithPolicy("user.job_title: essential.service\nuser.workplace: essential.service\n")
            .WithCodeFix<DeprecatedIdFixer>()
            .ShouldReport(
                Expect.Message(RuleIds.DeprecatedId).WithLocation(0).WithArguments("user.professional_information", "'user.job_title' or 'user.workplace'"));
        await builder.ValidateAsync();
        Assert.Empty(await builder.GetCodeActionsAsync(new DeprecatedIdFixer()));
    }

    [Fact]
    public void AFormerParentThatFideslangSplitsIsOnePolicyLinePerPart()
    {
        var policy = Policy.PolicyParser.Parse(Microsoft.CodeAnalysis.Text.SourceText.From("user.professional_information.*: essential.service, marketing.communications\n"));
        Assert.Empty(policy.Problems);
        Assert.Equal(new[] { "user.job_title", "user.workplace" }, policy.Lines.Select(l => l.Category));
        Assert.All(policy.Lines, l => Assert.Equal(new[] { "essential.service", "marketing.communications" }, l.Purposes));
        Assert.Equal("user.professional_information", Assert.Single(policy.Deprecated).Former.Id);
        Assert.True(policy.Discloses("user.workplace"));
        Assert.False(policy.Discloses("user.name"));
    }

    [Fact]
    public Task AFormerIdInThePolicyDisclosesItsNewIdAndIsReportedAtTheId() => TestBuilder.Create()
        .WithSource("""
            using CoreLocation;
            using PrivacyAnalyzers;

            class Tracker
            {
                [CollectsPersonalData(DataCategories.ImpreciseLocation, Purposes.ServiceOperations)]
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();
            }
            """)
        .WithPolicy("""
            # Location at city level only.
            {|#0:user.location.coarse|}: {|#1:functional.storage.privacy_preferences|}, essential.service.operations
            """)
        .ShouldReport(
            Expect.Message(RuleIds.DeprecatedId).WithLocation(0).WithArguments("user.location.coarse", "'user.location.imprecise'"),
            Expect.Message(RuleIds.DeprecatedId).WithLocation(1).WithArguments("functional.storage.privacy_preferences", "'functional.storage'"))
        .ValidateAsync();

    [Fact]
    public Task TheObsoleteConstantsCarryTheNewIds() => TestBuilder.Create()
        .WithSource("""
            using CoreLocation;
            using PrivacyAnalyzers;

            class Tracker
            {
            #pragma warning disable CS0618 // The alias under test.
                [CollectsPersonalData(DataCategories.CoarseLocation, Purposes.PrivacyPreferences)]
            #pragma warning restore CS0618
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();
            }
            """)
        .WithPolicy("user.location.imprecise: functional.storage\n")
        .ShouldReport()
        .ValidateAsync();

    [Fact]
    public Task TheFixWritesTheFideslangId() => TestBuilder.Create()
        .WithSource("""
            using CoreLocation;
            using PrivacyAnalyzers;

            class Tracker
            {
                [CollectsPersonalData({|#0:"user.location.coarse"|}, "essential.service")]
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();
            }
            """)
        .ShouldReport(Expect.Diagnostic(RuleIds.DeprecatedId).WithLocation(0))
        .WithCodeFix<DeprecatedIdFixer>()
        .ShouldFixTo("""
            using CoreLocation;
            using PrivacyAnalyzers;

            class Tracker
            {
                [CollectsPersonalData("user.location.imprecise", "essential.service")]
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();
            }
            """)
        .ValidateAsync();

    [Fact]
    public Task FixAllWritesEveryFideslangId() => TestBuilder.Create()
        .WithSource("""
            using AVFoundation;
            using CoreLocation;
            using PrivacyAnalyzers;

            class Device
            {
                [CollectsPersonalData({|#0:"user.location.coarse"|}, {|#1:"functional.storage.privacy_preferences"|})]
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();

                [CollectsPersonalData({|#2:"user.biometrics.voice"|}, Purposes.EssentialService)]
                void Voice(AVAudioRecorder r) => r.Record();
            }
            """)
        .ShouldReport(
            Expect.Diagnostic(RuleIds.DeprecatedId).WithLocation(0),
            Expect.Diagnostic(RuleIds.DeprecatedId).WithLocation(1),
            Expect.Diagnostic(RuleIds.DeprecatedId).WithLocation(2))
        .WithCodeFix<DeprecatedIdFixer>()
        .ShouldFixTo("""
            using AVFoundation;
            using CoreLocation;
            using PrivacyAnalyzers;

            class Device
            {
                [CollectsPersonalData("user.location.imprecise", "functional.storage")]
                void Coarse(CLLocationManager m) => m.StartMonitoringSignificantLocationChanges();

                [CollectsPersonalData("user.biometric.voice", Purposes.EssentialService)]
                void Voice(AVAudioRecorder r) => r.Record();
            }
            """)
        .ValidateAsync();
}
