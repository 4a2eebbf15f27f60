using System;
using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Sources in .NET for Android (Mono.Android).</summary>
    internal static class AndroidSources
    {
        private const string P = Platforms.Android;
        private const string Fused = "Android.Gms.Location.IFusedLocationProviderClient.";

        /// <summary>
        /// Settings.Secure keys that name personal data; every other key (screen brightness, input
        /// method…) is device configuration and stays silent.
        /// https://developer.android.com/reference/android/provider/Settings.Secure#ANDROID_ID
        /// </summary>
        private static readonly (string, string)[] SecureSettingKeys =
        {
            ("android_id", Ids.DeviceId),
            ("bluetooth_address", Ids.DeviceId),
            ("bluetooth_name", Ids.Device),
        };

        /// <summary>
        /// Location providers: the network provider resolves to cell and Wi-Fi accuracy (coarse), the
        /// others to GPS-grade fixes. https://developer.android.com/reference/android/location/LocationManager
        /// </summary>
        private static readonly (string, string)[] LocationProviders =
        {
            ("network", Ids.CoarseLocation),
            ("gps", Ids.PreciseLocation),
            ("fused", Ids.PreciseLocation),
            ("passive", Ids.PreciseLocation),
        };

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // https://learn.microsoft.com/dotnet/api/android.provider.settings.secure.getstring
            ByArgument("M:Android.Provider.Settings.Secure.GetString(Android.Content.ContentResolver,System.String)", P, "name", StringComparer.Ordinal, null, SecureSettingKeys),
            // https://developer.android.com/reference/android/telephony/TelephonyManager
            Member("P:Android.Telephony.TelephonyManager.DeviceId", Ids.DeviceId, P),
            Member("M:Android.Telephony.TelephonyManager.GetDeviceId", Ids.DeviceId, P),
            Member("P:Android.Telephony.TelephonyManager.Imei", Ids.DeviceId, P),
            Member("M:Android.Telephony.TelephonyManager.GetImei", Ids.DeviceId, P),
            Member("P:Android.Telephony.TelephonyManager.Meid", Ids.DeviceId, P),
            Member("M:Android.Telephony.TelephonyManager.GetMeid", Ids.DeviceId, P),
            Member("P:Android.Telephony.TelephonyManager.SubscriberId", Ids.DeviceId, P),
            Member("P:Android.Telephony.TelephonyManager.SimSerialNumber", Ids.DeviceId, P),
            Member("P:Android.Telephony.TelephonyManager.Line1Number", Ids.Phone, P),
            // https://developer.android.com/reference/android/os/Build#getSerial()
            Member("P:Android.OS.Build.Serial", Ids.DeviceId, P),
            Member("M:Android.OS.Build.GetSerial", Ids.DeviceId, P),
            // https://developer.android.com/reference/android/net/wifi/WifiInfo#getMacAddress()
            Member("P:Android.Net.Wifi.WifiInfo.MacAddress", Ids.DeviceId, P),
            // Wi-Fi networks reveal where the device is: Android returns BSSIDs and scan results only to apps
            // holding ACCESS_FINE_LOCATION. A BSSID is a unique access-point address that Wi-Fi positioning
            // databases resolve to within tens of metres (precise); an SSID is a network name shared by many
            // access points ("Starbucks WiFi", "HomeNet"), which places the user only roughly (coarse).
            // https://developer.android.com/develop/connectivity/wifi/wifi-permissions
            // https://developer.android.com/reference/android/net/wifi/WifiInfo#getBSSID()
            Member("P:Android.Net.Wifi.WifiInfo.BSSID", Ids.PreciseLocation, P),
            Member("P:Android.Net.Wifi.WifiInfo.SSID", Ids.CoarseLocation, P),
            // https://learn.microsoft.com/dotnet/api/android.net.wifi.wifimanager.scanresults
            Member("P:Android.Net.Wifi.WifiManager.ScanResults", Ids.PreciseLocation, P),
            // https://developer.android.com/reference/android/bluetooth/BluetoothAdapter#getAddress()
            Member("P:Android.Bluetooth.BluetoothAdapter.Address", Ids.DeviceId, P),
            Member("P:Android.Bluetooth.BluetoothAdapter.Name", Ids.Device, P),
            // Paired and scanned devices: a hardware address of the user's other devices, and the name they gave
            // them ("Alice's AirPods"). https://developer.android.com/reference/android/bluetooth/BluetoothDevice#getAddress()
            Member("P:Android.Bluetooth.BluetoothDevice.Address", Ids.DeviceId, P),
            Member("P:Android.Bluetooth.BluetoothDevice.Name", Ids.Device, P),
            // https://developer.android.com/reference/android/location/LocationManager
            ByArgument("M:Android.Locations.LocationManager.GetLastKnownLocation", P, "provider", StringComparer.Ordinal, Ids.PreciseLocation, LocationProviders),
            ByArgument("M:Android.Locations.LocationManager.RequestLocationUpdates", P, "provider", StringComparer.Ordinal, Ids.PreciseLocation, LocationProviders),
            ByArgument("M:Android.Locations.LocationManager.RequestSingleUpdate", P, "provider", StringComparer.Ordinal, Ids.PreciseLocation, LocationProviders),
            // Google Play services' fused location provider (NuGet Xamarin.GooglePlayServices.Location 121+, where the
            // client is the interface IFusedLocationProviderClient). Its default priority is high accuracy.
            // https://developers.google.com/android/reference/com/google/android/gms/location/FusedLocationProviderClient
            Member("M:" + Fused + "GetLastLocation", Ids.PreciseLocation, P),
            Member("M:" + Fused + "GetLastLocationAsync", Ids.PreciseLocation, P),
            Member("P:" + Fused + "LastLocation", Ids.PreciseLocation, P),
            Member("M:" + Fused + "GetCurrentLocation", Ids.PreciseLocation, P),
            Member("M:" + Fused + "RequestLocationUpdates", Ids.PreciseLocation, P),
            Member("M:" + Fused + "RequestLocationUpdatesAsync", Ids.PreciseLocation, P),
            // https://developer.android.com/reference/android/provider/ContactsContract.Contacts#CONTENT_URI
            Member("P:Android.Provider.ContactsContract.Contacts.ContentUri", Ids.Contacts, P),
            Member("P:Android.Provider.ContactsContract.CommonDataKinds.Phone.ContentUri", Ids.Phone, P),
            Member("P:Android.Provider.ContactsContract.CommonDataKinds.Email.ContentUri", Ids.Email, P),
            // The accounts on the device; a Google account's name is the user's email address, and the reference
            // warns that the method "returns personal and sensitive user data".
            // https://learn.microsoft.com/dotnet/api/android.accounts.accountmanager.getaccounts
            Member("M:Android.Accounts.AccountManager.GetAccounts", Ids.Email, P),
            Member("M:Android.Accounts.AccountManager.GetAccountsByType", Ids.Email, P),
            // The resettable advertising ID (Google Play: "Device or other IDs").
            // https://developers.google.com/android/reference/com/google/android/gms/ads/identifier/AdvertisingIdClient
            Member("M:Android.Gms.Ads.Identifier.AdvertisingIdClient.GetAdvertisingIdInfo", Ids.DeviceId, P),
            // https://developer.android.com/reference/android/media/AudioRecord
            Member("M:Android.Media.AudioRecord.#ctor", Ids.Voice, P),
            // https://developer.android.com/reference/android/media/MediaRecorder#setAudioSource(int)
            Member("M:Android.Media.MediaRecorder.SetAudioSource", Ids.Voice, P),
            // Speech recognition records the microphone (RECORD_AUDIO) and sends the audio to a recognition service.
            // https://developer.android.com/reference/android/speech/SpeechRecognizer#startListening(android.content.Intent)
            Member("M:Android.Speech.SpeechRecognizer.StartListening", Ids.Voice, P),
            // https://developer.android.com/reference/android/hardware/Camera#open()
            Member("M:Android.Hardware.Camera.Open", Ids.SelfImage, P),
            // https://developer.android.com/reference/android/hardware/camera2/CameraManager
            Member("M:Android.Hardware.Camera2.CameraManager.OpenCamera", Ids.SelfImage, P),
            // https://developer.android.com/reference/android/content/ClipboardManager#getPrimaryClip()
            Member("P:Android.Content.ClipboardManager.PrimaryClip", Ids.PrivateContent, P),
            // The list of installed apps, which Google Play's Data safety form calls "App activity > Installed apps"
            // and gates behind QUERY_ALL_PACKAGES. The taxonomy has no installed-apps category: user.behavior is the
            // nearest parent. https://developer.android.com/training/package-visibility
            // https://support.google.com/googleplay/android-developer/answer/10787469
            Member("M:Android.Content.PM.PackageManager.GetInstalledApplications", Ids.Behavior, P),
            Member("M:Android.Content.PM.PackageManager.GetInstalledPackages", Ids.Behavior, P));
    }
}
