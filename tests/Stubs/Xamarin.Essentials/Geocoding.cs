// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.geocoding
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.placemark
// Shapes checked against xamarin/Essentials Xamarin.Essentials/Geocoding/Geocoding.shared.cs and Types/Placemark.shared.cs.
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

    public class Placemark
    {
        public Placemark() => throw null;

        public Placemark(Placemark placemark) => throw null;

        public Location Location { get => throw null; set => throw null; }

        public string CountryCode { get => throw null; set => throw null; }

        public string CountryName { get => throw null; set => throw null; }

        public string FeatureName { get => throw null; set => throw null; }

        public string PostalCode { get => throw null; set => throw null; }

        public string SubLocality { get => throw null; set => throw null; }

        public string Thoroughfare { get => throw null; set => throw null; }

        public string SubThoroughfare { get => throw null; set => throw null; }

        public string Locality { get => throw null; set => throw null; }

        public string AdminArea { get => throw null; set => throw null; }

        public string SubAdminArea { get => throw null; set => throw null; }

        public override string ToString() => throw null;
    }
}
