using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// .NET for Android and the Google Play services bindings: Wi-Fi and Bluetooth, the fused location provider,
/// accounts, the advertising ID, speech and the installed-apps list.
/// </summary>
public sealed class AndroidSourcesTests
{
    [Fact]
    public async Task WifiRevealsLocationAndBluetoothRevealsDevices()
    {
        const string source = """
            using System.Linq;
            using Android.App;
            using Android.Bluetooth;
            using Android.Content;
            using Android.Net.Wifi;

            class NearbyActivity : Activity
            {
                string Network()
                {
                    var wifi = (WifiManager)GetSystemService(Context.WifiService)!;
                    var info = wifi.ConnectionInfo!;
                    var here = {|#0:info.BSSID|} + " " + {|#1:info.SSID|};
                    var around = {|#2:wifi.ScanResults|}!.Select(r => r.BSSID).ToList();

                    // Not personal: the signal strength and whether Wi-Fi is on.
                    var strength = info.Rssi + (wifi.IsWifiEnabled ? 1 : 0);
                    return here + around.Count + strength;
                }

                string Paired(BluetoothAdapter adapter)
                {
                    var headset = adapter.BondedDevices!.First();
                    return {|#3:headset.Address|} + " " + {|#4:headset.Name|} + " " + headset.BondState;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.location.precise"),
                (1, "user.location.imprecise"),
                (2, "user.location.precise"),
                (3, "user.device.device_id"),
                (4, "user.device"))
            .ValidateAsync();
    }

    [Fact]
    public async Task FusedLocationProvider()
    {
        const string source = """
            using System.Threading.Tasks;
            using Android.App;
            using Android.Gms.Location;
            using Android.OS;

            class TrackingService : Activity
            {
                IFusedLocationProviderClient? fused;
                readonly LocationCallback callback = new();

                async Task<Android.Locations.Location> Start()
                {
                    fused = LocationServices.GetFusedLocationProviderClient(this);
                    var request = new LocationRequest.Builder(Priority.PriorityHighAccuracy, 10_000).Build();
                    await {|#0:fused.RequestLocationUpdatesAsync(request, callback, Looper.MainLooper)|};
                    {|#1:fused.RequestLocationUpdates(request, callback, Looper.MainLooper)|};
                    var current = {|#2:fused.GetCurrentLocation(Priority.PriorityBalancedPowerAccuracy, null)|};
                    var pending = {|#3:fused.GetLastLocation()|};
                    return await {|#4:fused.GetLastLocationAsync()|};
                }

                // Stopping updates and checking availability collect nothing.
                void Stop() => fused?.RemoveLocationUpdates(callback);
                Android.Gms.Tasks.Task? Availability() => fused?.GetLocationAvailability();
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.location.precise", 0, 1, 2, 3, 4))
            .ValidateAsync();
    }

    [Fact]
    public async Task AccountsAdvertisingIdSpeechAndInstalledApps()
    {
        const string source = """
            using System.Linq;
            using Android.Accounts;
            using Android.App;
            using Android.Content;
            using Android.Content.PM;
            using Android.Gms.Ads.Identifier;
            using Android.Speech;

            class OnboardingActivity : Activity
            {
                string? GoogleEmail()
                    => {|#0:AccountManager.Get(this)!.GetAccountsByType("com.google")|}.FirstOrDefault()?.Name;

                int AccountCount() => {|#1:AccountManager.Get(this)!.GetAccounts()|}.Length;

                string? AdId()
                {
                    var info = {|#2:AdvertisingIdClient.GetAdvertisingIdInfo(this)|};
                    return info.IsLimitAdTrackingEnabled ? null : info.Id;
                }

                void Dictate()
                {
                    var recognizer = SpeechRecognizer.CreateSpeechRecognizer(this)!;
                    var intent = new Intent(RecognizerIntent.ActionRecognizeSpeech);
                    intent.PutExtra(RecognizerIntent.ExtraLanguageModel, RecognizerIntent.LanguageModelFreeForm);
                    {|#3:recognizer.StartListening(intent)|};
                    recognizer.StopListening();
                }

                string[] Apps()
                {
                    var apps = {|#4:PackageManager!.GetInstalledApplications(PackageInfoFlags.MetaData)|}.Select(a => a.PackageName!);
                    var packages = {|#5:PackageManager!.GetInstalledPackages(0)|}.Select(p => p.PackageName!);
                    return apps.Concat(packages).ToArray();
                }

                // Reading the app's own package info is not the list of installed apps.
                string? Version() => PackageManager!.GetPackageInfo(PackageName!, 0).VersionName;
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.contact.email"),
                (1, "user.contact.email"),
                (2, "user.device.device_id"),
                (3, "user.biometric.voice"),
                (4, "user.behavior"),
                (5, "user.behavior"))
            .ValidateAsync();
    }

    [Fact]
    public async Task UserTypesNamedLikePlatformTypesAreNotFlagged()
    {
        const string source = """
            namespace MyApp
            {
                class WifiInfo
                {
                    public string BSSID => "";
                }

                class AccountManager
                {
                    public string[] GetAccounts() => new string[0];
                }

                class AdvertisingIdClient
                {
                    public static string GetAdvertisingIdInfo(object context) => "";
                }

                class Uses
                {
                    void Run(WifiInfo wifi, AccountManager accounts)
                    {
                        _ = wifi.BSSID;
                        _ = accounts.GetAccounts();
                        _ = AdvertisingIdClient.GetAdvertisingIdInfo(this);
                    }
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites()
            .ValidateAsync();
    }

    [Fact]
    public async Task PushRegistrationTokensOfFirebaseAndGcm()
    {
        const string source = """
            using Android.App;
            using Android.Gms.Gcm;
            using Android.Gms.Gcm.Iid;
            using Firebase.Iid;

            class RegistrationService : Activity
            {
                string? Fcm() => {|#0:FirebaseInstanceId.Instance.Token|};

                string? Scoped(string senderId) => {|#1:FirebaseInstanceId.Instance.GetToken(senderId, "FCM")|};

                string? Gcm(string senderId)
                {
                    var instanceId = InstanceID.GetInstance(this);
                    return {|#2:instanceId.GetToken(senderId, GoogleCloudMessaging.InstanceIdScope, null)|};
                }

                // Deleting the token or the instance reads nothing.
                void Reset(string senderId)
                {
                    FirebaseInstanceId.Instance.DeleteInstanceId();
                    InstanceID.GetInstance(this).DeleteToken(senderId, GoogleCloudMessaging.InstanceIdScope);
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.device.device_id", 0, 1, 2))
            .ValidateAsync();
    }
}
