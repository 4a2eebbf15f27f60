// Mirrors https://learn.microsoft.com/dotnet/api/android.locations.locationmanager
// Mirrors https://learn.microsoft.com/dotnet/api/android.locations.locationmanager.getlastknownlocation
// Mirrors https://learn.microsoft.com/dotnet/api/android.locations.locationmanager.requestlocationupdates
// Mirrors https://learn.microsoft.com/dotnet/api/android.locations.locationmanager.requestsingleupdate
// Mirrors https://learn.microsoft.com/dotnet/api/android.locations.ilocationlistener
// Mirrors https://learn.microsoft.com/dotnet/api/android.locations.location
// Mirrors https://learn.microsoft.com/dotnet/api/android.locations.criteria
// Mirrors https://learn.microsoft.com/dotnet/api/android.locations.locationrequest
// Mirrors https://learn.microsoft.com/dotnet/api/android.app.pendingintent
// Parameter names follow the API 30+ AOSP signatures (provider, minTimeMs, minDistanceM, listener, looper).
using System;

namespace Android.Locations
{
    public class LocationManager : Java.Lang.Object
    {
        public const string FusedProvider = "fused";
        public const string GpsProvider = "gps";
        public const string NetworkProvider = "network";
        public const string PassiveProvider = "passive";

        protected LocationManager(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public virtual Location? GetLastKnownLocation(string provider) => throw null!;

        public virtual bool IsProviderEnabled(string provider) => throw null!;

        public virtual string? GetBestProvider(Criteria criteria, bool enabledOnly) => throw null!;

        public virtual void RequestLocationUpdates(string provider, long minTimeMs, float minDistanceM, ILocationListener listener) => throw null!;

        public virtual void RequestLocationUpdates(string provider, long minTimeMs, float minDistanceM, ILocationListener listener, Android.OS.Looper? looper) => throw null!;

        public virtual void RequestLocationUpdates(string provider, long minTimeMs, float minDistanceM, Java.Util.Concurrent.IExecutor executor, ILocationListener listener) => throw null!;

        public virtual void RequestLocationUpdates(long minTimeMs, float minDistanceM, Criteria criteria, ILocationListener listener, Android.OS.Looper? looper) => throw null!;

        public virtual void RequestLocationUpdates(long minTimeMs, float minDistanceM, Criteria criteria, Java.Util.Concurrent.IExecutor executor, ILocationListener listener) => throw null!;

        public virtual void RequestLocationUpdates(string provider, long minTimeMs, float minDistanceM, Android.App.PendingIntent pendingIntent) => throw null!;

        public virtual void RequestLocationUpdates(long minTimeMs, float minDistanceM, Criteria criteria, Android.App.PendingIntent pendingIntent) => throw null!;

        public virtual void RequestLocationUpdates(string provider, LocationRequest locationRequest, Java.Util.Concurrent.IExecutor executor, ILocationListener listener) => throw null!;

        public virtual void RequestLocationUpdates(string provider, LocationRequest locationRequest, Android.App.PendingIntent pendingIntent) => throw null!;

        public virtual void RequestSingleUpdate(string provider, ILocationListener listener, Android.OS.Looper? looper) => throw null!;

        public virtual void RequestSingleUpdate(string provider, Android.App.PendingIntent pendingIntent) => throw null!;

        public virtual void RequestSingleUpdate(Criteria criteria, Android.App.PendingIntent pendingIntent) => throw null!;

        public virtual void RequestSingleUpdate(Criteria criteria, ILocationListener listener, Android.OS.Looper? looper) => throw null!;

        public virtual void RemoveUpdates(ILocationListener listener) => throw null!;
    }

    public interface ILocationListener : Android.Runtime.IJavaObject
    {
        void OnLocationChanged(Location location);

        void OnProviderDisabled(string provider) => throw null!;

        void OnProviderEnabled(string provider) => throw null!;

        void OnStatusChanged(string? provider, Availability status, Android.OS.Bundle? extras) => throw null!;
    }

    public enum Availability
    {
        OutOfService = 0,
        TemporarilyUnavailable = 1,
        Available = 2,
    }

    public class Location : Java.Lang.Object
    {
        public Location(string? provider) => throw null!;

        public virtual double Latitude { get => throw null!; set => throw null!; }

        public virtual double Longitude { get => throw null!; set => throw null!; }

        public virtual double Altitude { get => throw null!; set => throw null!; }

        public virtual float Accuracy { get => throw null!; set => throw null!; }

        public virtual string? Provider { get => throw null!; set => throw null!; }

        public virtual long Time { get => throw null!; set => throw null!; }
    }

    public enum Accuracy
    {
        NoRequirement = 0,
        Fine = 1,
        Coarse = 2,
        Low = 1,
        Medium = 2,
        High = 3,
    }

    public class Criteria : Java.Lang.Object
    {
        public Criteria() => throw null!;

        public virtual Accuracy Accuracy { get => throw null!; set => throw null!; }
    }

    public sealed class LocationRequest : Java.Lang.Object
    {
        internal LocationRequest() => throw null!;

        public long IntervalMillis => throw null!;
    }
}

namespace Android.App
{
    public sealed class PendingIntent : Java.Lang.Object
    {
        internal PendingIntent() => throw null!;
    }
}
