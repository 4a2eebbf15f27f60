using System;
using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Sources in .NET for Android (Mono.Android).</summary>
    internal static class AndroidSources
    {
        private const string P = Platforms.Android;

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
            // https://developer.android.com/reference/android/bluetooth/BluetoothAdapter#getAddress()
            Member("P:Android.Bluetooth.BluetoothAdapter.Address", Ids.DeviceId, P),
            Member("P:Android.Bluetooth.BluetoothAdapter.Name", Ids.Device, P),
            // https://developer.android.com/reference/android/location/LocationManager
            ByArgument("M:Android.Locations.LocationManager.GetLastKnownLocation", P, "provider", StringComparer.Ordinal, Ids.PreciseLocation, LocationProviders),
            ByArgument("M:Android.Locations.LocationManager.RequestLocationUpdates", P, "provider", StringComparer.Ordinal, Ids.PreciseLocation, LocationProviders),
            ByArgument("M:Android.Locations.LocationManager.RequestSingleUpdate", P, "provider", StringComparer.Ordinal, Ids.PreciseLocation, LocationProviders),
            // https://developer.android.com/reference/android/provider/ContactsContract.Contacts#CONTENT_URI
            Member("P:Android.Provider.ContactsContract.Contacts.ContentUri", Ids.Contacts, P),
            Member("P:Android.Provider.ContactsContract.CommonDataKinds.Phone.ContentUri", Ids.Phone, P),
            Member("P:Android.Provider.ContactsContract.CommonDataKinds.Email.ContentUri", Ids.Email, P),
            // https://developer.android.com/reference/android/media/AudioRecord
            Member("M:Android.Media.AudioRecord.#ctor", Ids.Voice, P),
            // https://developer.android.com/reference/android/media/MediaRecorder#setAudioSource(int)
            Member("M:Android.Media.MediaRecorder.SetAudioSource", Ids.Voice, P),
            // https://developer.android.com/reference/android/hardware/Camera#open()
            Member("M:Android.Hardware.Camera.Open", Ids.SelfImage, P),
            // https://developer.android.com/reference/android/hardware/camera2/CameraManager
            Member("M:Android.Hardware.Camera2.CameraManager.OpenCamera", Ids.SelfImage, P),
            // https://developer.android.com/reference/android/content/ClipboardManager#getPrimaryClip()
            Member("P:Android.Content.ClipboardManager.PrimaryClip", Ids.PrivateContent, P));
    }
}
