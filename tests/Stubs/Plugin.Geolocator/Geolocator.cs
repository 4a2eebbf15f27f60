// Mirrors https://github.com/jamesmontemagno/GeolocatorPlugin/blob/master/src/Geolocator.Plugin/CrossGeolocator.shared.cs
// Mirrors https://github.com/jamesmontemagno/GeolocatorPlugin/blob/master/src/Geolocator.Plugin/Abstractions/IGeolocator.shared.cs
// Mirrors https://github.com/jamesmontemagno/GeolocatorPlugin/blob/master/src/Geolocator.Plugin/Abstractions/Position.shared.cs
// Mirrors https://github.com/jamesmontemagno/GeolocatorPlugin/blob/master/src/Geolocator.Plugin/Abstractions/Address.shared.cs
// The Xamarin-era geolocation plugin (NuGet Xam.Plugin.Geolocator): CrossGeolocator.Current is the platform's
// IGeolocator. Only the members app code touches are stubbed.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Plugin.Geolocator.Abstractions;

namespace Plugin.Geolocator
{
    public class CrossGeolocator
    {
        public static bool IsSupported => throw null;

        public static IGeolocator Current => throw null;
    }
}

namespace Plugin.Geolocator.Abstractions
{
    public interface IGeolocator
    {
        event EventHandler<PositionErrorEventArgs> PositionError;

        event EventHandler<PositionEventArgs> PositionChanged;

        double DesiredAccuracy { get; set; }

        bool IsListening { get; }

        bool SupportsHeading { get; }

        bool IsGeolocationAvailable { get; }

        bool IsGeolocationEnabled { get; }

        Task<Position> GetLastKnownLocationAsync();

        Task<Position> GetPositionAsync(TimeSpan? timeout = null, CancellationToken? token = null, bool includeHeading = false);

        Task<IEnumerable<Address>> GetAddressesForPositionAsync(Position position, string mapKey = null);

        Task<IEnumerable<Position>> GetPositionsForAddressAsync(string address, string mapKey = null);

        Task<bool> StartListeningAsync(TimeSpan minimumTime, double minimumDistance, bool includeHeading = false, ListenerSettings listenerSettings = null);

        Task<bool> StopListeningAsync();
    }

    public class Position
    {
        public Position() => throw null;

        public Position(double latitude, double longitude) => throw null;

        public DateTimeOffset Timestamp { get => throw null; set => throw null; }

        public double Latitude { get => throw null; set => throw null; }

        public double Longitude { get => throw null; set => throw null; }

        public double Altitude { get => throw null; set => throw null; }

        public double Accuracy { get => throw null; set => throw null; }

        public double Speed { get => throw null; set => throw null; }
    }

    public class Address
    {
        public string CountryName { get => throw null; set => throw null; }

        public string Locality { get => throw null; set => throw null; }

        public string PostalCode { get => throw null; set => throw null; }

        public string Thoroughfare { get => throw null; set => throw null; }
    }

    public class ListenerSettings
    {
        public bool AllowBackgroundUpdates { get => throw null; set => throw null; }

        public bool PauseLocationUpdatesAutomatically { get => throw null; set => throw null; }
    }

    public class PositionEventArgs : EventArgs
    {
        public PositionEventArgs(Position position) => throw null;

        public Position Position { get => throw null; private set => throw null; }
    }

    public class PositionErrorEventArgs : EventArgs
    {
        public PositionErrorEventArgs(GeolocationError error) => throw null;

        public GeolocationError Error { get => throw null; private set => throw null; }
    }

    public enum GeolocationError
    {
        PositionUnavailable,
        Unauthorized,
    }
}
