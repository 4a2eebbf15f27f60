using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// Sources in .NET MAUI Essentials (Microsoft.Maui.Essentials). Each API has a static form and an
    /// interface reached through <c>.Default</c>; both are listed.
    /// </summary>
    internal static class MauiEssentialsSources
    {
        private const string P = Platforms.MauiEssentials;
        private const string Sensors = "Microsoft.Maui.Devices.Sensors.";
        private const string Communication = "Microsoft.Maui.ApplicationModel.Communication.";
        private const string Media = "Microsoft.Maui.Media.";
        private const string DataTransfer = "Microsoft.Maui.ApplicationModel.DataTransfer.";

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocation
            Member("M:" + Sensors + "Geolocation.GetLocationAsync", Ids.PreciseLocation, P),
            Member("M:" + Sensors + "Geolocation.GetLastKnownLocationAsync", Ids.PreciseLocation, P),
            Member("M:" + Sensors + "Geolocation.StartListeningForegroundAsync", Ids.PreciseLocation, P),
            Member("E:" + Sensors + "Geolocation.LocationChanged", Ids.PreciseLocation, P),
            Member("M:" + Sensors + "IGeolocation.GetLocationAsync", Ids.PreciseLocation, P),
            Member("M:" + Sensors + "IGeolocation.GetLastKnownLocationAsync", Ids.PreciseLocation, P),
            Member("M:" + Sensors + "IGeolocation.StartListeningForegroundAsync", Ids.PreciseLocation, P),
            Member("E:" + Sensors + "IGeolocation.LocationChanged", Ids.PreciseLocation, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationextensions
            Member("M:" + Sensors + "GeolocationExtensions.GetLocationAsync", Ids.PreciseLocation, P),
            // Reverse geocoding turns the user's coordinates into a street address (forward geocoding of an address
            // the app already has is not collection). https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geocoding
            Member("M:" + Sensors + "Geocoding.GetPlacemarksAsync", Ids.Address, P),
            Member("M:" + Sensors + "IGeocoding.GetPlacemarksAsync", Ids.Address, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geocodingextensions
            Member("M:" + Sensors + "GeocodingExtensions.GetPlacemarksAsync", Ids.Address, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.communication.contacts
            Member("M:" + Communication + "Contacts.PickContactAsync", Ids.Contacts, P),
            Member("M:" + Communication + "Contacts.GetAllAsync", Ids.Contacts, P),
            Member("M:" + Communication + "IContacts.PickContactAsync", Ids.Contacts, P),
            Member("M:" + Communication + "IContacts.GetAllAsync", Ids.Contacts, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.maui.media.mediapicker
            Member("M:" + Media + "MediaPicker.CapturePhotoAsync", Ids.SelfImage, P),
            Member("M:" + Media + "MediaPicker.CaptureVideoAsync", Ids.SelfImage, P),
            Member("M:" + Media + "MediaPicker.PickPhotoAsync", Ids.SelfImage, P),
            Member("M:" + Media + "MediaPicker.PickVideoAsync", Ids.SelfImage, P),
            Member("M:" + Media + "MediaPicker.PickPhotosAsync", Ids.SelfImage, P),
            Member("M:" + Media + "MediaPicker.PickVideosAsync", Ids.SelfImage, P),
            Member("M:" + Media + "IMediaPicker.CapturePhotoAsync", Ids.SelfImage, P),
            Member("M:" + Media + "IMediaPicker.CaptureVideoAsync", Ids.SelfImage, P),
            Member("M:" + Media + "IMediaPicker.PickPhotoAsync", Ids.SelfImage, P),
            Member("M:" + Media + "IMediaPicker.PickVideoAsync", Ids.SelfImage, P),
            Member("M:" + Media + "IMediaPicker.PickPhotosAsync", Ids.SelfImage, P),
            Member("M:" + Media + "IMediaPicker.PickVideosAsync", Ids.SelfImage, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.maui.media.screenshot
            Member("M:" + Media + "Screenshot.CaptureAsync", Ids.PrivateContent, P),
            Member("M:" + Media + "IScreenshot.CaptureAsync", Ids.PrivateContent, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.datatransfer.clipboard
            Member("M:" + DataTransfer + "Clipboard.GetTextAsync", Ids.PrivateContent, P),
            Member("M:" + DataTransfer + "IClipboard.GetTextAsync", Ids.PrivateContent, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.deviceinfo.name
            Member("P:Microsoft.Maui.Devices.DeviceInfo.Name", Ids.Device, P),
            Member("P:Microsoft.Maui.Devices.IDeviceInfo.Name", Ids.Device, P));
    }
}
