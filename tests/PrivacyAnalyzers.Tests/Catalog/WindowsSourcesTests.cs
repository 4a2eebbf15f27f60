using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// The Windows Runtime as projected by C#/WinRT: device and advertising identifiers, geolocation, contacts,
/// the clipboard and the signed-in user's profile.
/// </summary>
public sealed class WindowsSourcesTests
{
    [Fact]
    public async Task IdentifiersAndTheUserProfile()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Windows.System;
            using Windows.System.Profile;
            using Windows.System.UserProfile;

            class TelemetryIdentity
            {
                object Device() => {|#0:SystemIdentification.GetSystemIdForPublisher()|}.Id;

                object PerUser(User user) => {|#1:SystemIdentification.GetSystemIdForUser(user)|}.Source;

                string Ads() => {|#2:AdvertisingManager.AdvertisingId|};

                string AdsFor(User user) => {|#3:AdvertisingManager.GetForUser(user).AdvertisingId|};

                async Task<string> Greeting()
                {
                    var users = await User.FindAllAsync();
                    var first = await users[0].GetPropertyAsync({|#4:KnownUserProperties.FirstName|});
                    var last = await users[0].GetPropertyAsync({|#5:KnownUserProperties.LastName|});
                    var login = await users[0].GetPropertyAsync({|#6:KnownUserProperties.AccountName|});

                    // Not personal: which account provider signed the user in.
                    var provider = await users[0].GetPropertyAsync(KnownUserProperties.ProviderName);
                    return $"{first} {last} {login} {provider}";
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                [
                .. TestBuilder.SitesOf("user.device.device_id", 0, 1, 2, 3),
                (4, "user.name.first"),
                (5, "user.name.last"),
                (6, "user.account.username"),
                ])
            .ValidateAsync();
    }

    [Fact]
    public async Task Geolocation()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Windows.Devices.Geolocation;

            class MapPage
            {
                readonly Geolocator locator = new() { DesiredAccuracy = PositionAccuracy.High };

                async Task<BasicGeoposition> Here()
                {
                    if (await Geolocator.RequestAccessAsync() != GeolocationAccessStatus.Allowed)
                    {
                        return default;
                    }

                    {|#0:locator.PositionChanged|} += OnMoved;
                    var history = await {|#1:Geolocator.GetGeopositionHistoryAsync(DateTimeOffset.Now.AddDays(-1))|};
                    var position = await {|#2:locator.GetGeopositionAsync()|};
                    return position.Coordinate.Point.Position;
                }

                void Leave() => locator.PositionChanged -= OnMoved;

                void OnMoved(Geolocator sender, PositionChangedEventArgs args) { }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.location.precise"),
                (1, "user.location.precise"),
                (2, "user.location.precise"))
            .ValidateAsync();
    }

    [Fact]
    public async Task ContactsAndClipboard()
    {
        const string source = """
            using System;
            using System.Linq;
            using System.Threading.Tasks;
            using Windows.ApplicationModel.Contacts;
            using Windows.ApplicationModel.DataTransfer;

            class ShareTarget
            {
                async Task<string?> Invite()
                {
                    var store = await {|#0:ContactManager.RequestStoreAsync(ContactStoreAccessType.AllContactsReadOnly)|};
                    var all = await {|#1:store.FindContactsAsync()|};
                    var picked = await {|#2:new ContactPicker().PickContactAsync()|};
                    return all.Concat(new[] { picked }).FirstOrDefault()?.Emails.FirstOrDefault()?.Address;
                }

                async Task<string> Paste()
                {
                    var view = {|#3:Clipboard.GetContent()|};
                    var history = await {|#4:Clipboard.GetHistoryItemsAsync()|};
                    return await view.GetTextAsync() + history.Items.Count;
                }

                void Copy(string text)
                {
                    var package = new DataPackage();
                    package.SetText(text);
                    Clipboard.SetContent(package);
                    Clipboard.Flush();
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.contact"),
                (1, "user.contact"),
                (2, "user.contact"),
                (3, "user.content.private"),
                (4, "user.content.private"))
            .ValidateAsync();
    }

    [Fact]
    public async Task UserTypesNamedLikePlatformTypesAreNotFlagged()
    {
        const string source = """
            namespace MyApp
            {
                static class AdvertisingManager
                {
                    public static string AdvertisingId => "";
                }

                class Geolocator
                {
                    public object? GetGeopositionAsync() => null;
                }

                class Uses
                {
                    void Run(Geolocator locator)
                    {
                        _ = AdvertisingManager.AdvertisingId;
                        _ = locator.GetGeopositionAsync();
                    }
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites()
            .ValidateAsync();
    }
}
