using Microsoft.CodeAnalysis;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>PRIV001 stays quiet when the code is right, or is not collecting at all.</summary>
public sealed class UndeclaredCollectionSilenceTests
{
    [Fact]
    public Task UserTypesNamedLikePlatformTypes() => TestBuilder.Create().WithSource("""
        namespace MyApp
        {
            class NetworkInterface { public string GetPhysicalAddress() => "00:00"; }
            class ConnectionInfo { public string RemoteIpAddress => "127.0.0.1"; }
            static class Geolocation { public static object GetLocationAsync() => new(); }
            static class Settings { public static class Secure { public static string GetString(object r, string name) => name; } }

            class Uses
            {
                void All(ConnectionInfo connection)
                {
                    _ = new NetworkInterface().GetPhysicalAddress();
                    _ = connection.RemoteIpAddress;
                    _ = Geolocation.GetLocationAsync();
                    _ = Settings.Secure.GetString(null!, "android_id");
                }
            }
        }
        """).ShouldReportSites().ValidateAsync();

    [Fact]
    public Task NameofTypeofAndUnreadKeyConstants() => TestBuilder.Create().WithSource("""
        using System;
        using System.Net.NetworkInformation;
        using Android.Provider;
        using Microsoft.AspNetCore.Http;

        class Names
        {
            string A => nameof(ConnectionInfo.RemoteIpAddress);
            string B => nameof(NetworkInterface.GetPhysicalAddress);
            Type C => typeof(NetworkInterface);
            string D => Settings.Secure.AndroidId;
            // string E(NetworkInterface nic) => nic.GetPhysicalAddress().ToString();
            /* var ip = context.Connection.RemoteIpAddress; */
        }
        """).ShouldReportSites().ValidateAsync();

    [Fact]
    public Task NonPersonalArgumentValuesAndWrites() => TestBuilder.Create().WithSource("""
        using Android.App;
        using Android.Provider;
        using CoreLocation;
        using Microsoft.AspNetCore.Http;
        using UIKit;

        class Quiet
        {
            void Run(Activity activity, HttpContext context, CLLocationManager manager, System.EventHandler<CLLocationsUpdatedEventArgs> handler)
            {
                _ = Settings.Secure.GetString(activity.ContentResolver, "accessibility_enabled");
                _ = Settings.System.GetString(activity.ContentResolver, Settings.System.ScreenBrightness);
                _ = context.Request.Headers["Accept"];
                _ = context.Request.Headers.Accept;
                UIPasteboard.General.String = "copied";
                manager.LocationsUpdated -= handler;
            }
        }
        """).ShouldReportSites().ValidateAsync();

    [Fact]
    public Task DeclaredAtEveryLevel() => TestBuilder.Create().WithSource("""
        using System;
        using System.Net.NetworkInformation;
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        [assembly: CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService)]

        class Members
        {
            [CollectsPersonalData(DataCategories.DeviceId, Purposes.FraudDetection)]
            PhysicalAddress Method(NetworkInterface nic) => nic.GetPhysicalAddress();

            [CollectsPersonalData(DataCategories.IpAddress, Purposes.Security)]
            object? Property(HttpContext c) => c.Connection.RemoteIpAddress;

            object? Accessor
            {
                [CollectsPersonalData(DataCategories.IpAddress, Purposes.Security)]
                get => Context!.Connection.RemoteIpAddress;
            }

            [CollectsPersonalData(DataCategories.IpAddress, Purposes.Security)]
            object? ExpressionProperty => Context!.Connection.RemoteIpAddress;

            HttpContext? Context { get; }

            [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
            Members(NetworkInterface nic) => _ = nic.GetPhysicalAddress();

            void Functions(NetworkInterface nic)
            {
                Func<PhysicalAddress> lambda = [CollectsPersonalData(DataCategories.DeviceId, Purposes.AnalyticsReporting)] () => nic.GetPhysicalAddress();

                [CollectsPersonalData(DataCategories.DeviceId, Purposes.AnalyticsReporting)]
                PhysicalAddress Local() => nic.GetPhysicalAddress();
            }

            // Covered by the assembly-level declaration.
            object Cookies(HttpContext c) => c.Request.Cookies;
        }

        [CollectsPersonalData(DataCategories.Device, Purposes.EssentialService)]
        class Outer
        {
            class Inner
            {
                // user.device covers user.device.device_id.
                PhysicalAddress Mac(NetworkInterface nic) => nic.GetPhysicalAddress();
            }
        }

        [CollectsPersonalData("user", Purposes.EssentialService)]
        record Everything(HttpContext Context)
        {
            object? Ip => Context.Connection.RemoteIpAddress;
        }
        """).ShouldReportSites().ValidateAsync();

    [Fact]
    public Task DeclarationOfAnotherCategoryDoesNotCover() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        class Wrong
        {
            [CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)]
            object? Ip(HttpContext c) => {|#0:c.Connection.RemoteIpAddress|};

            [CollectsPersonalData("user.device.ip", Purposes.EssentialService)]
            object? NotAPrefixAtASegmentBoundary(HttpContext c) => {|#1:c.Connection.RemoteIpAddress|};
        }
        """).ShouldReportSites(
        (0, "user.device.ip_address"),
        (1, "user.device.ip_address")).ValidateAsync();

    [Fact]
    public async Task UnresolvedReferencesProduceNothing()
    {
        var broken = TestBuilder.Create().WithSource("""
            using Android.Provider;
            class Broken
            {
                string? Id(object activity) => Settings.Secure.GetString(activity.ContentResolver, Settings.Secure.AndroidId);
                object Mac(MissingNic nic) => nic.GetPhysicalAddress();
                object Ip(MissingContext c) => c.Connection.RemoteIpAddress;
                object Where() => Geolocation.GetLocationAsync();
            }
            """);

        Assert.NotEmpty(broken.Compile().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await broken.GetDiagnosticsAsync();
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("class")]
    [InlineData("class C { void M() { System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress( } ")]
    [InlineData("using Microsoft.AspNetCore.Http; class C { object M(HttpContext c) => c.Connection.RemoteIpAddress")]
    [InlineData("[PrivacyAnalyzers.CollectsPersonalData(] class C { }")]
    [InlineData("[PrivacyAnalyzers.CollectsPersonalData(null!, null!)] class C { object M(Microsoft.AspNetCore.Http.HttpContext c) => c.Connection.RemoteIpAddress; }")]
    public async Task BrokenOrHalfTypedCodeNeverThrows(string source)
    {
        // The builder turns any analyzer exception (AD0001) into a test failure.
        var diagnostics = await TestBuilder.Create().WithSource(source).GetDiagnosticsAsync();
        Assert.All(diagnostics, d => Assert.True(d.Location.IsInSource));
    }

    [Fact]
    public async Task EmptyFileRaisesNothing()
    {
        var diagnostics = await TestBuilder.Create().WithSource(string.Empty).GetDiagnosticsAsync();
        Assert.Empty(diagnostics);
    }
}
