using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// In folder mode, a call no overload fits while every candidate is one catalogued method (the code was written against
/// another version of the SDK than the reference shape's, or an argument's type did not resolve) is still that call,
/// matched at name confidence; a value-aware entry decides by its arguments as a name match does.
/// </summary>
public sealed class FailedOverloadTests
{
    [Fact]
    public async Task CallsWrittenForAnotherVersionOfThePluginStillCallTheCataloguedMethodInFolderMode()
    {
        // Geolocator 3 (2016) took milliseconds as an int; the shape is version 4's (TimeSpan). No overload fits, but
        // every candidate is the catalogued method: in folder mode (the name fallback on) that is still the call.
        const string source = """
            using Plugin.Geolocator;
            using Plugin.Geolocator.Abstractions;

            class TripViewModel
            {
                public IGeolocator Geolocator => CrossGeolocator.Current;

                async void Record()
                {
                    var position = await Geolocator.GetPositionAsync(2500);
                    await Geolocator.StartListeningAsync(3000, 5);

                    // A failed call of a method that reads nothing of the user's stays silent.
                    await Geolocator.StopListeningAsync(true);
                }
            }
            """;

        var sites = Sites(await TestBuilder.Create().WithSource(source).WithEditorConfig("privacy_analyzers.name_fallback = true").GetDiagnosticsAsync());
        Assert.Equal(new[] { "user.location.precise", "user.location.precise" }, sites.Select(s => s.Category));
        Assert.Equal(new[] { "IGeolocator.GetPositionAsync", "IGeolocator.StartListeningAsync" }, sites.Select(s => s.Api));
        Assert.All(sites, s => Assert.Equal("name", s.Confidence));

        // Without the fallback (a restored build), a call that does not compile is the compiler's to report.
        var without = await TestBuilder.Create().WithSource(source).GetDiagnosticsAsync();
        Assert.DoesNotContain(without, d => d.Id == RuleIds.UndeclaredCollection);
    }

    [Fact]
    public async Task AValueAwareCallWhoseArgumentDidNotResolveDecidesByItsArguments()
    {
        // The activity's base is Xamarin.Forms' (not restored), so this.ContentResolver has no type and GetString no overload.
        const string source = """
            namespace App
            {
                using SecureSettings = Android.Provider.Settings.Secure;

                class MainActivity : Xamarin.Forms.Platform.Android.FormsAppCompatActivity
                {
                    void OnCreate()
                    {
                        var id = SecureSettings.GetString(this.ContentResolver, SecureSettings.AndroidId);
                        var brightness = SecureSettings.GetString(this.ContentResolver, "screen_brightness");
                    }
                }
            }
            """;

        var sites = Sites(await TestBuilder.Create().WithSource(source).WithEditorConfig("privacy_analyzers.name_fallback = true").GetDiagnosticsAsync());
        var site = Assert.Single(sites);
        Assert.Equal("user.device.device_id", site.Category);
        Assert.Equal("name", site.Confidence);
    }

    private static List<PrivacyAnalyzers.Contract.CollectionSite> Sites(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id == RuleIds.UndeclaredCollection)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => PrivacyAnalyzers.Contract.SiteCodec.ReadSite(d.Properties)!)
            .ToList();
}
