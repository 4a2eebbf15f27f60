// Mirrors https://developers.google.com/android/reference/com/google/android/gms/location/FusedLocationProviderClient
// Mirrors https://developers.google.com/android/reference/com/google/android/gms/location/LocationServices
// Mirrors https://developers.google.com/android/reference/com/google/android/gms/location/LocationCallback
// Mirrors https://developers.google.com/android/reference/com/google/android/gms/location/Priority
// Mirrors https://learn.microsoft.com/xamarin/android/platform/maps-and-location/location
// Shapes checked against xamarin/GooglePlayServicesComponents source/com.google.android.gms/play-services-location:
// since play-services-location 21 the Java FusedLocationProviderClient is an interface, bound as
// IFusedLocationProviderClient (binding parameter names p0/p1 where the Java metadata has none), with the
// Async helpers and the obsolete LastLocation property added as default interface members
// (Additions/TaskExtensions.cs), and LocationCallback deriving from the bound LocationCallbackBase
// (Additions/Additions.cs). The real interface also extends Android.Gms.Common.Apis.IHasApiKey from
// Xamarin.GooglePlayServices.Base, which is not stubbed.
using System;
using System.Collections.Generic;

namespace Android.Gms.Location
{
    public partial interface IFusedLocationProviderClient : Android.Runtime.IJavaObject
    {
        Android.Gms.Tasks.Task FlushLocations();

        Android.Gms.Tasks.Task GetCurrentLocation(CurrentLocationRequest p0, Android.Gms.Tasks.CancellationToken? p1);

        Android.Gms.Tasks.Task GetCurrentLocation(int p0, Android.Gms.Tasks.CancellationToken? p1);

        Android.Gms.Tasks.Task GetLastLocation();

        Android.Gms.Tasks.Task GetLastLocation(LastLocationRequest p0);

        Android.Gms.Tasks.Task GetLocationAvailability();

        Android.Gms.Tasks.Task RemoveLocationUpdates(Android.App.PendingIntent callbackIntent);

        Android.Gms.Tasks.Task RemoveLocationUpdates(LocationCallbackBase @callback);

        Android.Gms.Tasks.Task RequestLocationUpdates(LocationRequest request, Android.App.PendingIntent callbackIntent);

        Android.Gms.Tasks.Task RequestLocationUpdates(LocationRequest request, LocationCallbackBase @callback, Android.OS.Looper? looper);

        Android.Gms.Tasks.Task RequestLocationUpdates(LocationRequest p0, Java.Util.Concurrent.IExecutor p1, LocationCallbackBase p2);

        [Obsolete]
        public Android.Gms.Tasks.Task LastLocation => throw null!;

        public System.Threading.Tasks.Task<Android.Locations.Location> GetLastLocationAsync() => throw null!;

        public System.Threading.Tasks.Task RemoveLocationUpdatesAsync(LocationCallback callback) => throw null!;

        public System.Threading.Tasks.Task RequestLocationUpdatesAsync(LocationRequest locationRequest, LocationCallback callback, Android.OS.Looper? looper = null) => throw null!;

        public System.Threading.Tasks.Task RequestLocationUpdatesAsync(LocationRequest locationRequest, Android.App.PendingIntent pendingIntent) => throw null!;
    }

    /// <summary>Kept by the binding for its constants only; the client itself is the interface.</summary>
    public partial class FusedLocationProviderClient : Java.Lang.Object
    {
        [Obsolete("deprecated")]
        public const string KeyMockLocation = "mockLocation";

        internal FusedLocationProviderClient() => throw null!;
    }

    public class LocationServices : Java.Lang.Object
    {
        internal LocationServices() => throw null!;

        public static IFusedLocationProviderClient GetFusedLocationProviderClient(Android.App.Activity activity) => throw null!;

        public static IFusedLocationProviderClient GetFusedLocationProviderClient(Android.Content.Context context) => throw null!;
    }

    public class Priority : Java.Lang.Object
    {
        public const int PriorityHighAccuracy = 100;
        public const int PriorityBalancedPowerAccuracy = 102;
        public const int PriorityLowPower = 104;
        public const int PriorityPassive = 105;

        internal Priority() => throw null!;
    }

    public sealed class LocationRequest : Java.Lang.Object
    {
        internal LocationRequest() => throw null!;

        public long IntervalMillis => throw null!;

        public int Priority => throw null!;

        public sealed class Builder : Java.Lang.Object
        {
            public Builder(int priority, long intervalMillis) => throw null!;

            public Builder(long intervalMillis) => throw null!;

            public LocationRequest Build() => throw null!;
        }
    }

    public sealed class LastLocationRequest : Java.Lang.Object
    {
        internal LastLocationRequest() => throw null!;
    }

    public sealed class CurrentLocationRequest : Java.Lang.Object
    {
        internal CurrentLocationRequest() => throw null!;
    }

    public sealed class LocationResult : Java.Lang.Object
    {
        internal LocationResult() => throw null!;

        public Android.Locations.Location? LastLocation => throw null!;

        public IList<Android.Locations.Location> Locations => throw null!;
    }

    public sealed class LocationAvailability : Java.Lang.Object
    {
        internal LocationAvailability() => throw null!;

        public bool IsLocationAvailable => throw null!;
    }

    public abstract class LocationCallbackBase : Java.Lang.Object
    {
        public LocationCallbackBase() => throw null!;

        public virtual void OnLocationAvailability(LocationAvailability locationAvailability) => throw null!;

        public virtual void OnLocationResult(LocationResult result) => throw null!;
    }

    public class LocationCallback : LocationCallbackBase
    {
        public LocationCallback() => throw null!;

        public event EventHandler<LocationCallbackResultEventArgs> LocationResult
        {
            add => throw null!;
            remove => throw null!;
        }

        public override void OnLocationResult(LocationResult result) => throw null!;

        public override void OnLocationAvailability(LocationAvailability locationAvailability) => throw null!;
    }

    public class LocationCallbackResultEventArgs : EventArgs
    {
        public LocationCallbackResultEventArgs(LocationResult result) => throw null!;

        public LocationResult Result => throw null!;
    }
}
