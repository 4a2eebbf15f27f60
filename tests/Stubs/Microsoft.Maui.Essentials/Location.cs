// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.location
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.placemark
// Members marked '~' (nullable-oblivious) in PublicAPI.Shipped.txt are kept oblivious here.
using System;

namespace Microsoft.Maui.Devices.Sensors
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

        public Location(double latitude, double longitude, double altitude) => throw null!;

#nullable disable
        public Location(Location point) => throw null!;
#nullable restore

        public DateTimeOffset Timestamp { get => throw null!; set => throw null!; }

        public double Latitude { get => throw null!; set => throw null!; }

        public double Longitude { get => throw null!; set => throw null!; }

        public double? Altitude { get => throw null!; set => throw null!; }

        public double? Accuracy { get => throw null!; set => throw null!; }

        public double? VerticalAccuracy { get => throw null!; set => throw null!; }

        public bool ReducedAccuracy { get => throw null!; set => throw null!; }

        public double? Speed { get => throw null!; set => throw null!; }

        public double? Course { get => throw null!; set => throw null!; }

        public bool IsFromMockProvider { get => throw null!; set => throw null!; }

        public AltitudeReferenceSystem AltitudeReferenceSystem { get => throw null!; set => throw null!; }

        public static double CalculateDistance(double latitudeStart, double longitudeStart, double latitudeEnd, double longitudeEnd, DistanceUnits units) => throw null!;

#nullable disable
        public static double CalculateDistance(Location locationStart, Location locationEnd, DistanceUnits units) => throw null!;

        public override bool Equals(object obj) => throw null!;

        public override string ToString() => throw null!;
#nullable restore

        public override int GetHashCode() => throw null!;
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
}
