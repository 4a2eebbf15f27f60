// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.geocoding
// Shapes checked against xamarin/Essentials Xamarin.Essentials/Geocoding/Geocoding.shared.cs.
// Placemark: ../Essentials.Shared/Sensors.cs.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Xamarin.Essentials
{
    public static class Geocoding
    {
        public static Task<IEnumerable<Placemark>> GetPlacemarksAsync(Location location) => throw null;

        public static Task<IEnumerable<Placemark>> GetPlacemarksAsync(double latitude, double longitude) => throw null;

        public static Task<IEnumerable<Location>> GetLocationsAsync(string address) => throw null;
    }
}
