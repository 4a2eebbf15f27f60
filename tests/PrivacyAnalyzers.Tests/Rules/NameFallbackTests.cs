using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// With privacy_analyzers.name_fallback = true (the privacy tool's folder mode), members that do not
/// bind are matched by name and say so; bound code and user types are never matched by name. Real code is
/// full of generic member names, so a match needs the receiver to name the catalogued type (qualified, if at
/// all, by the type's own namespace), or a distinctive member name of one catalogued type.
/// </summary>
public sealed class NameFallbackTests
{
    private const string Unresolved = """
        using Android.Provider;
        using UIKit;

        class Device
        {
            string? Idfv() => UIDevice.CurrentDevice.IdentifierForVendor?.AsString();
            object Mac() => Nics.Primary().GetPhysicalAddress();
            object Mic() => new AudioRecord(1, 2, 3, 4, 5);
            string? Key(object resolver) => Settings.Secure.GetString(resolver, Settings.Secure.AndroidId);
            string? Literal(object resolver) => Settings.Secure.GetString(resolver, "bluetooth_address");
            string? Brightness(object resolver) => Settings.Secure.GetString(resolver, "screen_brightness");
        }

        class Mine
        {
            public string GetPhysicalAddress() => "";
            string Own() => GetPhysicalAddress() + new Mine().GetPhysicalAddress();
        }
        """;

    [Fact]
    public async Task UnboundMembersAreMatchedByNameWithLowerConfidence()
    {
        var diagnostics = await RunAsync(Unresolved, fallback: true);
        var sites = diagnostics.Where(d => d.Id == RuleIds.UndeclaredCollection).OrderBy(d => d.Location.SourceSpan.Start).ToList();

        Assert.Equal(new[] { "user.device.device_id", "user.device.device_id", "user.biometric.voice", "user.device.device_id", "user.device.device_id" }, sites.Select(d => d.Properties["category"]));
        Assert.All(sites, d => Assert.Equal("name", d.Properties["confidence"]));
        Assert.All(sites, d => Assert.Contains("matched by name", d.GetMessage(), StringComparison.Ordinal));

        // Settings.Secure.GetString is value-aware: by name, a key of its table (as a literal or as the
        // constant's name) decides; a key that names nothing personal is not a site.
        Assert.Equal(2, sites.Count(d => d.GetMessage().Contains("GetString", StringComparison.Ordinal)));
        Assert.DoesNotContain(sites, d => d.Location.GetLineSpan().StartLinePosition.Line == 10);
    }

    [Fact]
    public async Task OffByDefault()
    {
        var diagnostics = await RunAsync(Unresolved, fallback: false);
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    [Fact]
    public async Task TheReceiverNamesTheType()
    {
        const string source = """
            using Microsoft.Maui.Devices;
            using Microsoft.Maui.Devices.Sensors;
            using Microsoft.Maui.ApplicationModel.DataTransfer;

            class Page
            {
                async void Load()
                {
                    var here = await Geolocation.Default.GetLocationAsync();
                    var text = await Clipboard.GetTextAsync();
                    var name = DeviceInfo.Name;
                    var current = DeviceInfo.Current.Name;
                    var last = await Microsoft.Maui.Devices.Sensors.Geolocation.GetLastKnownLocationAsync();
                }
            }
            """;
        var sites = Sites(await RunAsync(source, fallback: true));

        Assert.Equal(
            new[] { ("Geolocation.GetLocationAsync", "user.location.precise"), ("Clipboard.GetTextAsync", "user.content.private"), ("DeviceInfo.Name", "user.device"), ("DeviceInfo.Name", "user.device"), ("Geolocation.GetLastKnownLocationAsync", "user.location.precise") },
            sites.Select(s => (s.Api, s.Category)));

        // MAUI and Xamarin Essentials share type names: the file's usings say which platform it is.
        Assert.All(sites, s => Assert.Equal(".NET MAUI Essentials", s.Platform));
    }

    [Fact]
    public async Task XamarinUsingsPickXamarin()
    {
        const string source = """
            using Xamarin.Essentials;

            class Page
            {
                async void Load() => await Geolocation.GetLocationAsync();
            }
            """;
        var site = Assert.Single(Sites(await RunAsync(source, fallback: true)));
        Assert.Equal("user.location.precise", site.Category);
        Assert.Equal("Xamarin.Essentials", site.Platform);
    }

    [Fact]
    public async Task GenericMemberNamesNeverMatchOnTheMemberAlone()
    {
        // Shell.Current is not UserPrincipal.Current, a touch event's e.Location is not CLLocationManager.Location,
        // video.Play() is not WebCamTexture.Play, item.Name is not DeviceInfo.Name, door.Open() is not Camera.Open,
        // and editor.GetTextAsync() is not the clipboard's.
        const string source = """
            class Page
            {
                async void Handle(TouchEventArgs e, VideoView video, Item item, Door door, Editor editor)
                {
                    var shell = Shell.Current;
                    var where = e.Location;
                    video.Play();
                    var name = item.Name;
                    door.Open();
                    var text = await editor.GetTextAsync();
                }
            }
            """;
        Assert.Empty(Sites(await RunAsync(source, fallback: true)));
    }

    [Fact]
    public async Task AVariablesPropertyOrAnotherTypesMemberIsNotMatchedOnTheMemberAlone()
    {
        // contact.GivenName after a pick is the picked contact's (the site is the pick), not UserPrincipal.GivenName;
        // a parameter of another unresolved type is not a NetworkInterface, which resolves here, so its real uses bind.
        // A distinctive method of a value of no known type still matches (the last line).
        const string source = """
            class Page
            {
                async void Load(MissingNic nic)
                {
                    var contact = await Picker.PickAsync();
                    var given = contact.GivenName;
                    var mac = nic.GetPhysicalAddress();
                    var all = Picker.Store().GetUnifiedContacts();
                }
            }
            """;
        var sites = Sites(await RunAsync(source, fallback: true));
        Assert.Equal(new[] { "user.contact" }, sites.Select(s => s.Category));
        Assert.Contains("GetUnifiedContacts", sites[0].Api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQualifierThatIsNotTheTypesNamespaceRulesAMatchOut()
    {
        const string source = """
            class Page
            {
                async void Load()
                {
                    var here = await Contoso.Mapping.Geolocation.Default.GetLocationAsync();
                    var text = await Contoso.Clipboard.GetTextAsync();
                }
            }
            """;
        Assert.Empty(Sites(await RunAsync(source, fallback: true)));
    }

    [Fact]
    public async Task TheUsersOwnTypeWithAPlatformNameIsNeverASite()
    {
        // The user's own Geolocation has no Default and the user's own Clipboard has its own GetTextAsync:
        // neither is the platform's, whatever did not bind after them.
        const string source = """
            using System.Threading.Tasks;

            class Geolocation { }

            static class Clipboard
            {
                public static Task<string> GetTextAsync() => Task.FromResult("");
            }

            class Settings
            {
                public static Settings Secure { get; } = new Settings();
            }

            class Page
            {
                async void Load(object resolver)
                {
                    var here = await Geolocation.Default.GetLocationAsync();
                    var text = await Clipboard.GetTextAsync();
                    var id = Settings.Secure.GetString(resolver, "android_id");
                    var local = new Geolocation();
                    var again = local.GetLastKnownLocationAsync();
                }
            }
            """;
        Assert.Empty(Sites(await RunAsync(source, fallback: true)));
    }

    [Fact]
    public async Task WritesUnsubscriptionsAndNameofAreNotSitesByNameEither()
    {
        // By symbol only reads collect; by name the same: setting the pasteboard, unsubscribing and nameof read nothing.
        const string source = """
            class Page
            {
                void Handle(UIPasteboard board, System.EventHandler<object> handler)
                {
                    board.String = "copied";
                    Geolocation.LocationChanged -= handler;
                    var member = nameof(DeviceInfo.Model);

                    var pasted = board.String;
                    Geolocation.LocationChanged += handler;
                }
            }
            """;
        var sites = Sites(await RunAsync(source, fallback: true));
        Assert.Equal(new[] { "user.content.private", "user.location.precise" }, sites.Select(s => s.Category));
        Assert.Equal(new[] { "UIPasteboard.String", "Geolocation.LocationChanged" }, sites.Select(s => s.Api));
    }

    [Fact]
    public async Task AVariableDeclaredWithTheCatalogedTypeNamesIt()
    {
        // MAUI apps inject IGeolocation and IMediaPicker: the declared type names the platform's interface, though
        // GetLocationAsync alone is too generic to match. A form's LocationChanged and a language's DisplayName are
        // the toolkit's own (ShareX: menuForm.LocationChanged, OcrLanguage.DisplayName).
        const string source = """
            class Page
            {
                readonly IGeolocation geolocation;
                readonly Form menuForm;

                async void Load(IMediaPicker picker, Language language, System.EventHandler handler)
                {
                    var here = await geolocation.GetLocationAsync();
                    var photo = await picker.PickPhotoAsync();
                    menuForm.LocationChanged += handler;
                    var shown = language.DisplayName;
                    var other = await menuForm.GetLocationAsync();
                }
            }
            """;
        var sites = Sites(await RunAsync(source, fallback: true));
        Assert.Equal(new[] { "user.location.precise", "user.content.self_image" }, sites.Select(s => s.Category));
        Assert.All(sites, s => Assert.Equal(".NET MAUI Essentials", s.Platform));
    }

    [Theory]
    [InlineData("LocationChanged", false)]
    [InlineData("DisplayName", false)]
    [InlineData("GetPhysicalAddress", true)]
    [InlineData("GetLastKnownLocation", true)]
    [InlineData("PrimaryClip", true)]
    [InlineData("IdentifierForVendor", true)]
    [InlineData("GetTextAsync", false)]
    [InlineData("GetLocationAsync", false)]
    [InlineData("Current", false)]
    [InlineData("Location", false)]
    [InlineData("Image", false)]
    [InlineData("Name", false)]
    [InlineData("Play", false)]
    [InlineData("Open", false)]
    [InlineData("String", false)]
    public void DistinctiveNames(string name, bool distinctive) => Assert.Equal(distinctive, NameFallback.IsDistinctive(name));

    private static List<PrivacyAnalyzers.Contract.CollectionSite> Sites(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id == RuleIds.UndeclaredCollection)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => PrivacyAnalyzers.Contract.SiteCodec.ReadSite(d.Properties)!)
            .ToList();

    private static Task<ImmutableArray<Diagnostic>> RunAsync(string source, bool fallback)
    {
        // Only the framework: the platform stubs are deliberately missing.
        var test = TestBuilder.Create().WithSource(source).WithReferences(TestReferences.Framework.Add(TestReferences.Annotations));
        return (fallback ? test.WithEditorConfig("privacy_analyzers.name_fallback = true") : test).GetDiagnosticsAsync();
    }
}
