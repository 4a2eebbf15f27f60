// Mirrors https://learn.microsoft.com/dotnet/api/mapkit.mkmapview
// Mirrors https://learn.microsoft.com/dotnet/api/mapkit.mkmapview.didupdateuserlocation
// Mirrors https://learn.microsoft.com/dotnet/api/mapkit.mkuserlocationeventargs
// Mirrors https://learn.microsoft.com/dotnet/api/mapkit.mkuserlocation
// Mirrors https://learn.microsoft.com/dotnet/api/mapkit.mkmapviewdelegate.didupdateuserlocation
// MKMapView derives from UIView; the stub keeps NSObject, the nearest base it carries, as the other UIKit stubs do.
using System;
using CoreLocation;
using Foundation;

namespace MapKit
{
    public class MKMapView : NSObject
    {
        public MKMapView() => throw null!;

        public virtual bool ShowsUserLocation { get => throw null!; set => throw null!; }

        public virtual MKUserLocation UserLocation => throw null!;

        public event EventHandler<MKUserLocationEventArgs> DidUpdateUserLocation
        {
            add => throw null!;
            remove => throw null!;
        }
    }

    public class MKMapViewDelegate : NSObject
    {
        public MKMapViewDelegate() => throw null!;

        public virtual void DidUpdateUserLocation(MKMapView mapView, MKUserLocation userLocation) => throw null!;
    }

    public class MKUserLocation : NSObject
    {
        public MKUserLocation() => throw null!;

        public virtual CLLocation? Location => throw null!;
    }

    public class MKUserLocationEventArgs : EventArgs
    {
        public MKUserLocationEventArgs(MKUserLocation userLocation) => throw null!;

        public MKUserLocation UserLocation => throw null!;
    }
}
