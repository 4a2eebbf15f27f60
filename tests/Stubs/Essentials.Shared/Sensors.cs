// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.location
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.placemark
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationrequest
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationaccuracy
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.location
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.placemark
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.geolocationrequest
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.geolocationaccuracy
// Shapes checked against xamarin/Essentials Xamarin.Essentials/Types/Location.shared.cs, Types/Placemark.shared.cs
// and Geolocation/*.shared.cs (parameter names).
// Members marked '~' (nullable-oblivious) in MAUI's PublicAPI.Shipped.txt are kept oblivious here.
// The location types of Microsoft.Maui.Devices.Sensors, one source for both Essentials stubs (see ../README.md);
// XAMARIN_ESSENTIALS marks where the two APIs differ.
using System;

#if XAMARIN_ESSENTIALS
namespace Xamarin.Essentials
#else
namespace Microsoft.Maui.Devices.Sensors
#endif
{
    public enum AltitudeReferenceSystem
    {
        Unspecified = 0,
        Terrain = 1,
        Ellipsoid = 2,
        Geoid = 3,
        Surface = 4,
    }

    public enum DistanceUnits
    {
        Kilometers = 0,
        Miles = 1,
    }

    public class Location
    {
        public Location() => throw null!;

        public Location(double latitude, double longitude) => throw null!;

        public Location(double latitude, double longitude, DateTimeOffset timestamp) => throw null!;

#if !XAMARIN_ESSENTIALS
        public Location(double latitude, double longitude, double altitude) => throw null!;
#endif

#nullable disable
        public Location(Location point) => throw null!;
#nullable restore

        public DateTimeOffset Timestamp { get => throw null!; set => throw null!; }

        public double Latitude { get => throw null!; set => throw null!; }

        public double Longitude { get => throw null!; set => throw null!; }

        public double? Altitude { get => throw null!; set => throw null!; }

        public double? Accuracy { get => throw null!; set => throw null!; }

        public double? VerticalAccuracy { get => throw null!; set => throw null!; }

#if !XAMARIN_ESSENTIALS
        public bool ReducedAccuracy { get => throw null!; set => throw null!; }
#endif

        public double? Speed { get => throw null!; set => throw null!; }

        public double? Course { get => throw null!; set => throw null!; }

        public bool IsFromMockProvider { get => throw null!; set => throw null!; }

        public AltitudeReferenceSystem AltitudeReferenceSystem { get => throw null!; set => throw null!; }

        public static double CalculateDistance(double latitudeStart, double longitudeStart, double latitudeEnd, double longitudeEnd, DistanceUnits units) => throw null!;

#nullable disable
        public static double CalculateDistance(Location locationStart, Location locationEnd, DistanceUnits units) => throw null!;

#if !XAMARIN_ESSENTIALS
        public override bool Equals(object obj) => throw null!;
#endif

        public override string ToString() => throw null!;
#nullable restore

#if !XAMARIN_ESSENTIALS
        public override int GetHashCode() => throw null!;
#endif
    }

#nullable disable
    public class Placemark
    {
        public Placemark() => throw null!;

        public Placemark(Placemark placemark) => throw null!;

        public Location Location { get => throw null!; set => throw null!; }

        public string CountryCode { get => throw null!; set => throw null!; }

        public string CountryName { get => throw null!; set => throw null!; }

        public string FeatureName { get => throw null!; set => throw null!; }

        public string PostalCode { get => throw null!; set => throw null!; }

        public string SubLocality { get => throw null!; set => throw null!; }

        public string Thoroughfare { get => throw null!; set => throw null!; }

        public string SubThoroughfare { get => throw null!; set => throw null!; }

        public string Locality { get => throw null!; set => throw null!; }

        public string AdminArea { get => throw null!; set => throw null!; }

        public string SubAdminArea { get => throw null!; set => throw null!; }

        public override string ToString() => throw null!;
    }
#nullable restore

    public enum GeolocationAccuracy
    {
        Default = 0,
        Lowest = 1,
        Low = 2,
        Medium = 3,
        High = 4,
        Best = 5,
    }

    public class GeolocationRequest
    {
        public GeolocationRequest() => throw null!;

        public GeolocationRequest(GeolocationAccuracy accuracy) => throw null!;

        public GeolocationRequest(GeolocationAccuracy accuracy, TimeSpan timeout) => throw null!;

        public GeolocationAccuracy DesiredAccuracy { get => throw null!; set => throw null!; }

        public TimeSpan Timeout { get => throw null!; set => throw null!; }

        public bool RequestFullAccuracy { get => throw null!; set => throw null!; }

        public override string ToString() => throw null!;
    }
}
