// Mirrors https://learn.microsoft.com/dotnet/api/corelocation.cllocationmanager
// Mirrors https://learn.microsoft.com/dotnet/api/corelocation.cllocationmanager.location
// Mirrors https://learn.microsoft.com/dotnet/api/corelocation.cllocationsupdatedeventargs
// Mirrors https://learn.microsoft.com/dotnet/api/corelocation.cllocation
// Mirrors https://learn.microsoft.com/dotnet/api/corelocation.icllocationmanagerdelegate
// Mirrors https://developer.apple.com/documentation/corelocation/cllocationmanager
using System;
using Foundation;

namespace CoreLocation
{
    public enum CLAuthorizationStatus
    {
        NotDetermined = 0,
        Restricted = 1,
        Denied = 2,
        AuthorizedAlways = 3,
        AuthorizedWhenInUse = 4,
        Authorized = 3,
    }

    public struct CLLocationCoordinate2D
    {
        public double Latitude;

        public double Longitude;

        public CLLocationCoordinate2D(double latitude, double longitude) => throw null!;

        public bool IsValid() => throw null!;
    }

    public class CLLocation : NSObject, INSCopying, INSSecureCoding
    {
        public CLLocation() => throw null!;

        public CLLocation(double latitude, double longitude) => throw null!;

        public virtual CLLocationCoordinate2D Coordinate => throw null!;

        public virtual double Altitude => throw null!;

        public virtual double HorizontalAccuracy => throw null!;

        public virtual double VerticalAccuracy => throw null!;

        public virtual NSDate Timestamp => throw null!;
    }

    public interface ICLLocationManagerDelegate : INSObjectProtocol
    {
    }

    public class CLLocationManager : NSObject
    {
        public CLLocationManager() => throw null!;

        public virtual CLLocation? Location => throw null!;

        public virtual double DesiredAccuracy { get => throw null!; set => throw null!; }

        public virtual double DistanceFilter { get => throw null!; set => throw null!; }

        public virtual CLAuthorizationStatus AuthorizationStatus => throw null!;

        public virtual NSObject? WeakDelegate { get => throw null!; set => throw null!; }

        public ICLLocationManagerDelegate? Delegate { get => throw null!; set => throw null!; }

        public static bool LocationServicesEnabled => throw null!;

        public virtual void RequestWhenInUseAuthorization() => throw null!;

        public virtual void RequestAlwaysAuthorization() => throw null!;

        public virtual void StartUpdatingLocation() => throw null!;

        public virtual void StopUpdatingLocation() => throw null!;

        public virtual void RequestLocation() => throw null!;

        public virtual void StartMonitoringSignificantLocationChanges() => throw null!;

        public virtual void StopMonitoringSignificantLocationChanges() => throw null!;

        public event EventHandler<CLLocationsUpdatedEventArgs> LocationsUpdated
        {
            add => throw null!;
            remove => throw null!;
        }

        public event EventHandler<CLAuthorizationChangedEventArgs> AuthorizationChanged
        {
            add => throw null!;
            remove => throw null!;
        }

        public event EventHandler<NSErrorEventArgs> Failed
        {
            add => throw null!;
            remove => throw null!;
        }
    }

    public class CLLocationsUpdatedEventArgs : EventArgs
    {
        public CLLocationsUpdatedEventArgs(CLLocation[] locations) => throw null!;

        public CLLocation[] Locations { get => throw null!; set => throw null!; }
    }

    public class CLAuthorizationChangedEventArgs : EventArgs
    {
        public CLAuthorizationChangedEventArgs(CLAuthorizationStatus status) => throw null!;

        public CLAuthorizationStatus Status { get => throw null!; set => throw null!; }
    }
}

namespace Foundation
{
    // Mirrors https://learn.microsoft.com/dotnet/api/foundation.nserroreventargs
    public class NSErrorEventArgs : EventArgs
    {
        public NSErrorEventArgs(NSError error) => throw null!;

        public NSError Error { get => throw null!; set => throw null!; }
    }
}
