// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocation
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.igeolocation
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.sensors.geolocationextensions
// Shapes checked against dotnet/maui src/Essentials/src/PublicAPI/net/PublicAPI.Shipped.txt.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.Maui.Devices.Sensors
{
    public interface IGeolocation
    {
        bool IsListeningForeground { get; }

        Task<Location?> GetLastKnownLocationAsync();

        Task<Location?> GetLocationAsync(GeolocationRequest request, CancellationToken cancelToken);

        Task<bool> StartListeningForegroundAsync(GeolocationListeningRequest request);

        void StopListeningForeground();

        event EventHandler<GeolocationLocationChangedEventArgs>? LocationChanged;

        event EventHandler<GeolocationListeningFailedEventArgs>? ListeningFailed;
    }

    public static class Geolocation
    {
        public static IGeolocation Default => throw null!;

        public static bool IsListeningForeground => throw null!;

        public static Task<Location?> GetLastKnownLocationAsync() => throw null!;

        public static Task<Location?> GetLocationAsync() => throw null!;

        public static Task<Location?> GetLocationAsync(GeolocationRequest request) => throw null!;

        public static Task<Location?> GetLocationAsync(GeolocationRequest request, CancellationToken cancelToken) => throw null!;

        public static Task<bool> StartListeningForegroundAsync(GeolocationListeningRequest request) => throw null!;

        public static void StopListeningForeground() => throw null!;

        public static event EventHandler<GeolocationLocationChangedEventArgs> LocationChanged
        {
            add => throw null!;
            remove => throw null!;
        }

        public static event EventHandler<GeolocationListeningFailedEventArgs> ListeningFailed
        {
            add => throw null!;
            remove => throw null!;
        }
    }

    public static class GeolocationExtensions
    {
        public static Task<Location?> GetLocationAsync(this IGeolocation geolocation) => throw null!;

        public static Task<Location?> GetLocationAsync(this IGeolocation geolocation, GeolocationRequest request) => throw null!;
    }
}
