// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.location
// Shapes checked against xamarin/Essentials Xamarin.Essentials/Types/Location.shared.cs.
using System;

namespace Xamarin.Essentials
{
    public enum DistanceUnits
    {
        Kilometers,
        Miles,
    }

    public enum AltitudeReferenceSystem
    {
        Unspecified = 0,
        Terrain = 1,
        Ellipsoid = 2,
        Geoid = 3,
        Surface = 4,
    }

    public class Location
    {
        public Location() => throw null;

        public Location(double latitude, double longitude) => throw null;

        public Location(double latitude, double longitude, DateTimeOffset timestamp) => throw null;

        public Location(Location point) => throw null;

        public DateTimeOffset Timestamp { get => throw null; set => throw null; }

        public double Latitude { get => throw null; set => throw null; }

        public double Longitude { get => throw null; set => throw null; }

        public double? Altitude { get => throw null; set => throw null; }

        public double? Accuracy { get => throw null; set => throw null; }

        public double? VerticalAccuracy { get => throw null; set => throw null; }

        public double? Speed { get => throw null; set => throw null; }

        public double? Course { get => throw null; set => throw null; }

        public bool IsFromMockProvider { get => throw null; set => throw null; }

        public AltitudeReferenceSystem AltitudeReferenceSystem { get => throw null; set => throw null; }

        public static double CalculateDistance(double latitudeStart, double longitudeStart, double latitudeEnd, double longitudeEnd, DistanceUnits units) => throw null;

        public static double CalculateDistance(Location locationStart, Location locationEnd, DistanceUnits units) => throw null;

        public override string ToString() => throw null;
    }
}
