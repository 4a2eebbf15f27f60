using System;
using System.Threading.Tasks;
using Android.App;
using Android.Bluetooth;
using Android.Content;
using Android.Net.Wifi;
using Android.Provider;
using Android.Telephony;
using Microsoft.Maui.ApplicationModel.DataTransfer;
using Microsoft.Maui.Devices;
using Microsoft.Maui.Devices.Sensors;
using PrivacyAnalyzers;

namespace Seeds.Devices
{
    /// <summary>What the app knows about the device it runs on.</summary>
    public interface IDeviceInfoService
    {
        string? DeviceId();

        Task<string?> LocationAsync();
    }

    /// <summary>Android: device ids and radios.</summary>
    public sealed class AndroidDeviceInfoService : IDeviceInfoService
    {
        private readonly Activity activity;

        public AndroidDeviceInfoService(Activity activity)
        {
            this.activity = activity;
        }

        // Not declared: the Android ID.
        public string? DeviceId() => Settings.Secure.GetString(activity.ContentResolver, Settings.Secure.AndroidId);

        [CollectsPersonalData(DataCategories.DeviceId, Purposes.Security)]
        public string? Imei()
        {
            var telephony = (TelephonyManager?)activity.GetSystemService(Context.TelephonyService);
            return telephony?.Imei;
        }

        public string? Radios()
        {
            var wifi = (WifiManager?)activity.GetSystemService(Context.WifiService);
            var mac = wifi?.ConnectionInfo?.MacAddress;       // MAC address
            var bluetooth = BluetoothAdapter.DefaultAdapter?.Address; // and the Bluetooth one
            return mac + "/" + bluetooth;
        }

        public async Task<string?> LocationAsync()
        {
            var location = await Geolocation.Default.GetLocationAsync();
            return location is null ? null : $"{location.Latitude:F1},{location.Longitude:F1}";
        }

        /// <summary>Any secure setting: personal or not depending on the key.</summary>
        public string? Setting(string key) => Settings.Secure.GetString(activity.ContentResolver, key);

        public Func<Task<string?>> ClipboardReader() => async () => await Clipboard.Default.GetTextAsync();

        public string Summary()
        {
            return Describe();

            string Describe() => DeviceInfo.Current.Name + " " + DeviceInfo.Current.Model;
        }
    }

    /// <summary>The device name, as the app shows it: callers collect it.</summary>
    public static class DeviceName
    {
        [PersonalDataSource(DataCategories.Device)]
        public static string Current() => DeviceInfo.Name;
    }

    public static class Greeting
    {
        public static string Hello() => "Hello from " + DeviceName.Current();
    }

    /// <summary>A tag computed in the primary constructor's base call: there is no member to declare on.</summary>
    public class Tag(string? value)
    {
        public string? Value { get; } = value;
    }

    public sealed class DeviceTag(Activity activity) : Tag(Settings.Secure.GetString(activity.ContentResolver, Settings.Secure.AndroidId))
    {
        public Activity Activity { get; } = activity;
    }
}
