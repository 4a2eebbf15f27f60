// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.geolocation
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.geolocationrequest
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.geolocationaccuracy
// Parameter names checked against xamarin/Essentials Xamarin.Essentials/Geolocation/*.shared.cs.
using System;
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
        public GeolocationRequest() => throw null;

        public GeolocationRequest(GeolocationAccuracy accuracy) => throw null;

        public GeolocationRequest(GeolocationAccuracy accuracy, TimeSpan timeout) => throw null;

        public TimeSpan Timeout { get => throw null; set => throw null; }

        public GeolocationAccuracy DesiredAccuracy { get => throw null; set => throw null; }

        public bool RequestFullAccuracy { get => throw null; set => throw null; }

        public override string ToString() => throw null;
    }
}
