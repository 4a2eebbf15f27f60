// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geocoding
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.igeocoding
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geocodingextensions
// Mirrors https://learn.microsoft.com/dotnet/maui/platform-integration/device/geocoding
// Reverse geocoding (GetPlacemarksAsync) turns coordinates into a street address; forward geocoding
// (GetLocationsAsync) turns an address into coordinates.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Microsoft.Maui.Devices.Sensors
{
    public interface IGeocoding
    {
        Task<IEnumerable<Placemark>> GetPlacemarksAsync(double latitude, double longitude);

        Task<IEnumerable<Location>> GetLocationsAsync(string address);
    }

    public static class Geocoding
    {
        public static IGeocoding Default => throw null!;

        public static Task<IEnumerable<Placemark>> GetPlacemarksAsync(Location location) => throw null!;

        public static Task<IEnumerable<Placemark>> GetPlacemarksAsync(double latitude, double longitude) => throw null!;

        public static Task<IEnumerable<Location>> GetLocationsAsync(string address) => throw null!;
    }

    public static class GeocodingExtensions
    {
        public static Task<IEnumerable<Placemark>> GetPlacemarksAsync(this IGeocoding geocoding, Location location) => throw null!;
    }
}
