// Mirrors https://learn.microsoft.com/uwp/api/windows.devices.geolocation.geolocator
// Mirrors https://learn.microsoft.com/uwp/api/windows.devices.geolocation.geolocator.getgeopositionasync
// Mirrors https://learn.microsoft.com/uwp/api/windows.devices.geolocation.geolocator.getgeopositionhistoryasync
// Mirrors https://learn.microsoft.com/uwp/api/windows.devices.geolocation.geolocator.positionchanged
// Mirrors https://learn.microsoft.com/uwp/api/windows.devices.geolocation.geoposition
// Mirrors https://learn.microsoft.com/uwp/api/windows.devices.geolocation.basicgeoposition
// Shapes checked against MicrosoftDocs/winrt-api windows.devices.geolocation/ (Windows.Foundation.DateTime and
// TimeSpan project to System.DateTimeOffset and System.TimeSpan).
using System;
using System.Collections.Generic;
using Windows.Foundation;

namespace Windows.Devices.Geolocation
{
    public enum GeolocationAccessStatus
    {
        Unspecified = 0,
        Allowed = 1,
        Denied = 2,
    }

    public enum PositionAccuracy
    {
        Default = 0,
        High = 1,
    }

    public enum PositionStatus
    {
        Ready = 0,
        Initializing = 1,
        NoData = 2,
        Disabled = 3,
        NotInitialized = 4,
        NotAvailable = 5,
    }

    public struct BasicGeoposition
    {
        public double Latitude;

        public double Longitude;

        public double Altitude;
    }

    public sealed class Geopoint
    {
        public Geopoint(BasicGeoposition position) => throw null!;

        public BasicGeoposition Position => throw null!;
    }

    public sealed class Geocoordinate
    {
        internal Geocoordinate() => throw null!;

        public double Accuracy => throw null!;

        public Geopoint Point => throw null!;

        public DateTimeOffset Timestamp => throw null!;
    }

    public sealed class Geoposition
    {
        internal Geoposition() => throw null!;

        public Geocoordinate Coordinate => throw null!;
    }

    public sealed class PositionChangedEventArgs
    {
        internal PositionChangedEventArgs() => throw null!;

        public Geoposition Position => throw null!;
    }

    public sealed class StatusChangedEventArgs
    {
        internal StatusChangedEventArgs() => throw null!;

        public PositionStatus Status => throw null!;
    }

    public sealed class Geolocator
    {
        public Geolocator() => throw null!;

        public PositionAccuracy DesiredAccuracy { get => throw null!; set => throw null!; }

        public uint? DesiredAccuracyInMeters { get => throw null!; set => throw null!; }

        public PositionStatus LocationStatus => throw null!;

        public double MovementThreshold { get => throw null!; set => throw null!; }

        public uint ReportInterval { get => throw null!; set => throw null!; }

        public IAsyncOperation<Geoposition> GetGeopositionAsync() => throw null!;

        public IAsyncOperation<Geoposition> GetGeopositionAsync(TimeSpan maximumAge, TimeSpan timeout) => throw null!;

        public static IAsyncOperation<IReadOnlyList<Geoposition>> GetGeopositionHistoryAsync(DateTimeOffset startTime) => throw null!;

        public static IAsyncOperation<IReadOnlyList<Geoposition>> GetGeopositionHistoryAsync(DateTimeOffset startTime, TimeSpan duration) => throw null!;

        public static IAsyncOperation<GeolocationAccessStatus> RequestAccessAsync() => throw null!;

        public event TypedEventHandler<Geolocator, PositionChangedEventArgs> PositionChanged
        {
            add => throw null!;
            remove => throw null!;
        }

        public event TypedEventHandler<Geolocator, StatusChangedEventArgs> StatusChanged
        {
            add => throw null!;
            remove => throw null!;
        }
    }
}
