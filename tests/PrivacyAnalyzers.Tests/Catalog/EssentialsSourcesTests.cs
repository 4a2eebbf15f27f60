using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>.NET MAUI Essentials and Xamarin.Essentials: reverse geocoding turns a location into a street address.</summary>
public sealed class EssentialsSourcesTests
{
    [Fact]
    public async Task MauiReverseGeocodingInItsStaticDefaultAndExtensionForms()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Maui.Devices.Sensors;

            class DeliveryAddressViewModel
            {
                readonly IGeocoding geocoding;

                DeliveryAddressViewModel(IGeocoding geocoding) => this.geocoding = geocoding;

                async Task<string?> Street(Location here)
                {
                    IEnumerable<Placemark> a = await {|#0:Geocoding.GetPlacemarksAsync(here)|};
                    var b = await {|#1:Geocoding.Default.GetPlacemarksAsync(here.Latitude, here.Longitude)|};
                    var c = await {|#2:geocoding.GetPlacemarksAsync(here)|};
                    return a.Concat(b).Concat(c).FirstOrDefault()?.Thoroughfare;
                }

                // Forward geocoding of an address the app already holds collects nothing new.
                Task<IEnumerable<Location>> Pin(string address) => Geocoding.Default.GetLocationsAsync(address);
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.contact.address"),
                (1, "user.contact.address"),
                (2, "user.contact.address"))
            .ValidateAsync();
    }

    [Fact]
    public async Task XamarinReverseGeocoding()
    {
        const string source = """
            using System.Linq;
            using System.Threading.Tasks;
            using Xamarin.Essentials;

            class CheckInPage
            {
                async Task<string> Where()
                {
                    var location = await {|#0:Geolocation.GetLastKnownLocationAsync()|};
                    var placemarks = await {|#1:Geocoding.GetPlacemarksAsync(location)|};
                    var first = placemarks.FirstOrDefault();
                    return first.Thoroughfare + ", " + first.Locality;
                }

                Task Office() => Geocoding.GetLocationsAsync("1 Microsoft Way, Redmond");
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.location.precise"),
                (1, "user.contact.address"))
            .ValidateAsync();
    }

    [Fact]
    public async Task UserTypesNamedGeocodingAreNotFlagged()
    {
        const string source = """
            using System.Threading.Tasks;

            namespace MyApp
            {
                static class Geocoding
                {
                    public static Task<string[]> GetPlacemarksAsync(double latitude, double longitude) => Task.FromResult(new string[0]);
                }

                class Uses
                {
                    Task<string[]> Run() => Geocoding.GetPlacemarksAsync(0, 0);
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites()
            .ValidateAsync();
    }

    [Fact]
    public async Task FilesThePickerReturnsAreSitesAndItsOptionsAreNot()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Maui.Storage;

            class AttachmentViewModel
            {
                readonly IFilePicker picker;

                AttachmentViewModel(IFilePicker picker) => this.picker = picker;

                async Task Attach()
                {
                    var options = new PickOptions { PickerTitle = "Attach a receipt", FileTypes = FilePickerFileType.Pdf };
                    var one = await {|#0:FilePicker.PickAsync(options)|};
                    var many = await {|#1:FilePicker.Default.PickMultipleAsync()|};
                    var injected = await {|#2:picker.PickAsync(PickOptions.Images)|};
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.content.private", 0, 1, 2))
            .ValidateAsync();
    }

    [Fact]
    public async Task XamarinFilePickerAndAUsersOwnPickerOfTheSameName()
    {
        const string source = """
            using System.Threading.Tasks;
            using Xamarin.Essentials;

            class AttachmentViewModel
            {
                async Task Attach()
                {
                    var one = await {|#0:FilePicker.PickAsync(new PickOptions { FileTypes = FilePickerFileType.Images })|};
                    var many = await {|#1:FilePicker.PickMultipleAsync()|};
                }
            }

            namespace MyApp.Storage
            {
                // The user's own picker shares the name and is not the platform's.
                static class FilePicker
                {
                    public static Task<string> PickAsync() => Task.FromResult("");
                }

                class Other
                {
                    Task<string> Pick() => FilePicker.PickAsync();
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.content.private", 0, 1))
            .ValidateAsync();
    }
}
