// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationlisteningrequest
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationlocationchangedeventargs
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationlisteningfailedeventargs
// GeolocationRequest and GeolocationAccuracy: ../Essentials.Shared/Sensors.cs.
using System;

namespace Microsoft.Maui.Devices.Sensors
{
    public enum GeolocationError
    {
        PositionUnavailable = 0,
        Unauthorized = 1,
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
