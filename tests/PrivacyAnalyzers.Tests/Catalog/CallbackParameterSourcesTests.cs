using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// Data a platform hands to an override: the APNs device token, the FCM registration token, the map view's user
/// location. The site is the override's first read of the parameter; an override that ignores it, a method that only
/// shares the name, and a later read are not sites.
/// </summary>
public sealed class CallbackParameterSourcesTests
{
    [Fact]
    public async Task PushTokensAndTheMapsUserLocationAreReadAtTheirFirstUse()
    {
        const string source = """
            using System;
            using Foundation;
            using MapKit;
            using UIKit;

            class AppDelegate : UIApplicationDelegate
            {
                public static string? Token;

                public override void RegisteredForRemoteNotifications(UIApplication application, NSData deviceToken)
                {
                    var name = nameof(deviceToken);
                    var text = {|#0:deviceToken|}.ToString();
                    Token = deviceToken.ToString();
                }
            }

            class PushService : Firebase.Messaging.FirebaseMessagingService
            {
                public override void OnNewToken(string token) => Send({|#1:token|});

                static void Send(string value) { }
            }

            class MapDelegate : MKMapViewDelegate
            {
                public override void DidUpdateUserLocation(MKMapView mapView, MKUserLocation userLocation)
                {
                    // The map view is not the data; the location is.
                    mapView.ToString();
                    var here = {|#2:userLocation|}.Location;
                }
            }

            class Quiet : MKMapViewDelegate
            {
                public override void DidUpdateUserLocation(MKMapView mapView, MKUserLocation userLocation) { }
            }

            class Mine
            {
                // Not an override of the platform's callback: the user's own method of the same name.
                public void RegisteredForRemoteNotifications(UIApplication application, NSData deviceToken) => deviceToken.ToString();
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites([.. TestBuilder.SitesOf("user.device.device_id", 0, 1), (2, "user.location.precise")])
            .ValidateAsync();
    }
}
