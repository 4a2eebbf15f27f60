// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationrequest
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationaccuracy
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationlisteningrequest
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationlocationchangedeventargs
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationlisteningfailedeventargs
using System;

namespace Microsoft.Maui.Devices.Sensors
{
    public enum GeolocationAccuracy
    {
        Default = 0,
        Lowest = 1,
        Low = 2,
        Medium = 3,
        High = 4,
        Best = 5,
    }

    public enum GeolocationError
    {
        PositionUnavailable = 0,
        Unauthorized = 1,
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

    public class GeolocationListeningRequest
    {
        public GeolocationListeningRequest() => throw null!;

        public GeolocationListeningRequest(GeolocationAccuracy accuracy) => throw null!;

        public GeolocationListeningRequest(GeolocationAccuracy accuracy, TimeSpan minimumTime) => throw null!;

        public GeolocationAccuracy DesiredAccuracy { get => throw null!; set => throw null!; }

        public TimeSpan MinimumTime { get => throw null!; set => throw null!; }
    }

    public class GeolocationLocationChangedEventArgs : EventArgs
    {
        public GeolocationLocationChangedEventArgs(Location location) => throw null!;

        public Location Location => throw null!;
    }

    public class GeolocationListeningFailedEventArgs : EventArgs
    {
        public GeolocationListeningFailedEventArgs(GeolocationError geolocationError) => throw null!;

        public GeolocationError Error => throw null!;
    }
}
