using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>The Xamarin-era plugins (Xam.Plugin.Media, Xam.Plugin.Geolocator, Xam.Plugin.DeviceInfo): CrossX.Current is the platform's implementation.</summary>
public sealed class XamarinPluginSourcesTests
{
    [Fact]
    public async Task PhotosAndVideosTakenOrPicked()
    {
        const string source = """
            using System.Threading.Tasks;
            using Plugin.Media;
            using Plugin.Media.Abstractions;

            class ProfilePhotoPage
            {
                async Task Change()
                {
                    await CrossMedia.Current.Initialize();
                    if (!CrossMedia.Current.IsCameraAvailable || !CrossMedia.Current.IsTakePhotoSupported)
                    {
                        return;
                    }

                    var taken = await {|#0:CrossMedia.Current.TakePhotoAsync(new StoreCameraMediaOptions { Directory = "Profile", Name = "me.jpg", DefaultCamera = CameraDevice.Front })|};
                    var picked = await {|#1:CrossMedia.Current.PickPhotoAsync(new PickMediaOptions { PhotoSize = PhotoSize.Medium })|};
                    var video = await {|#2:CrossMedia.Current.TakeVideoAsync(new StoreVideoOptions())|};
                    var path = taken.Path;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.content.self_image", 0, 1, 2))
            .ValidateAsync();
    }

    [Fact]
    public async Task PositionsAndTheirAddresses()
    {
        const string source = """
            using System;
            using System.Linq;
            using System.Threading.Tasks;
            using Plugin.Geolocator;
            using Plugin.Geolocator.Abstractions;

            class NearbyViewModel
            {
                async Task Locate()
                {
                    var locator = CrossGeolocator.Current;
                    locator.DesiredAccuracy = 50;
                    if (!locator.IsGeolocationAvailable || !locator.IsGeolocationEnabled)
                    {
                        return;
                    }

                    var last = await {|#0:locator.GetLastKnownLocationAsync()|};
                    var here = await {|#1:CrossGeolocator.Current.GetPositionAsync(TimeSpan.FromSeconds(10))|};
                    var street = (await {|#2:locator.GetAddressesForPositionAsync(here)|}).FirstOrDefault();
                    {|#3:locator.PositionChanged|} += OnMoved;
                    await {|#4:locator.StartListeningAsync(TimeSpan.FromSeconds(5), 10)|};

                    // Forward geocoding of a typed address, stopping and unsubscribing read nothing of the user's.
                    var office = await locator.GetPositionsForAddressAsync("1 Microsoft Way, Redmond");
                    await locator.StopListeningAsync();
                    locator.PositionChanged -= OnMoved;
                }

                void OnMoved(object sender, PositionEventArgs e) { }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.location.precise"),
                (1, "user.location.precise"),
                (2, "user.contact.address"),
                (3, "user.location.precise"),
                (4, "user.location.precise"))
            .ValidateAsync();
    }
    [Fact]
    public async Task TheDevicesIdAndWhatFingerprintsIt()
    {
        const string source = """
            using Plugin.DeviceInfo;
            using Plugin.DeviceInfo.Abstractions;

            class DeviceProvisioning
            {
                string Describe()
                {
                    var id = {|#0:CrossDeviceInfo.Current.Id|};
                    IDeviceInfo info = CrossDeviceInfo.Current;
                    var model = {|#1:info.Model|} + " " + {|#2:info.Manufacturer|} + " " + {|#3:info.Version|};
                    var name = {|#4:CrossDeviceInfo.Current.DeviceName|};

                    // The platform, the idiom, the app's own version and whether this is an emulator are no one's data.
                    var ios = CrossDeviceInfo.Current.Platform == Platform.iOS;
                    var phone = info.Idiom == Idiom.Phone;
                    var about = info.AppVersion + info.AppBuild + info.IsDevice;
                    return id + model + name + about + ios + phone;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.device_id"),
                (1, "user.device"),
                (2, "user.device"),
                (3, "user.device"),
                (4, "user.device"))
            .ValidateAsync();
    }
}
