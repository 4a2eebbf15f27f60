using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Sources in Xamarin.Essentials (static classes in the <c>Xamarin.Essentials</c> namespace).</summary>
    internal static class XamarinEssentialsSources
    {
        private const string P = Platforms.XamarinEssentials;
        private const string Ns = "Xamarin.Essentials.";

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // https://learn.microsoft.com/dotnet/api/xamarin.essentials.geolocation
            Member("M:" + Ns + "Geolocation.GetLocationAsync", Ids.PreciseLocation, P),
            Member("M:" + Ns + "Geolocation.GetLastKnownLocationAsync", Ids.PreciseLocation, P),
            // Reverse geocoding: coordinates to a street address. https://learn.microsoft.com/dotnet/api/xamarin.essentials.geocoding
            Member("M:" + Ns + "Geocoding.GetPlacemarksAsync", Ids.Address, P),
            // https://learn.microsoft.com/dotnet/api/xamarin.essentials.contacts
            Member("M:" + Ns + "Contacts.PickContactAsync", Ids.Contacts, P),
            Member("M:" + Ns + "Contacts.GetAllAsync", Ids.Contacts, P),
            // https://learn.microsoft.com/dotnet/api/xamarin.essentials.mediapicker
            Member("M:" + Ns + "MediaPicker.CapturePhotoAsync", Ids.SelfImage, P),
            Member("M:" + Ns + "MediaPicker.CaptureVideoAsync", Ids.SelfImage, P),
            Member("M:" + Ns + "MediaPicker.PickPhotoAsync", Ids.SelfImage, P),
            Member("M:" + Ns + "MediaPicker.PickVideoAsync", Ids.SelfImage, P),
            // https://learn.microsoft.com/dotnet/api/xamarin.essentials.screenshot
            Member("M:" + Ns + "Screenshot.CaptureAsync", Ids.PrivateContent, P),
            // https://learn.microsoft.com/dotnet/api/xamarin.essentials.clipboard
            Member("M:" + Ns + "Clipboard.GetTextAsync", Ids.PrivateContent, P),
            // https://learn.microsoft.com/dotnet/api/xamarin.essentials.deviceinfo.name
            Member("P:" + Ns + "DeviceInfo.Name", Ids.Device, P));
    }
}
