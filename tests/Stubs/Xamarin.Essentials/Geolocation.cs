// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.geolocation
// Parameter names checked against xamarin/Essentials Xamarin.Essentials/Geolocation/*.shared.cs.
// GeolocationRequest and GeolocationAccuracy: ../Essentials.Shared/Sensors.cs.
using System.Threading;
using System.Threading.Tasks;

namespace Xamarin.Essentials
{
    public static class Geolocation
    {
        public static Task<Location> GetLastKnownLocationAsync() => throw null;

        public static Task<Location> GetLocationAsync() => throw null;

        public static Task<Location> GetLocationAsync(GeolocationRequest request) => throw null;

        public static Task<Location> GetLocationAsync(GeolocationRequest request, CancellationToken cancelToken) => throw null;
    }
}
