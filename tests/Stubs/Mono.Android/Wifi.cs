// Mirrors https://learn.microsoft.com/dotnet/api/android.net.wifi.wifiinfo
// Mirrors https://learn.microsoft.com/dotnet/api/android.net.wifi.wifimanager.connectioninfo
// Mirrors https://learn.microsoft.com/dotnet/api/android.net.wifi.wifimanager.scanresults
// Mirrors https://learn.microsoft.com/dotnet/api/android.net.wifi.scanresult
// Mirrors https://developer.android.com/develop/connectivity/wifi/wifi-scan
// Property names BSSID/SSID keep Java's capitalisation (getBSSID/getSSID), as used by Xamarin apps.
using System;
using System.Collections.Generic;

namespace Android.Net.Wifi
{
    public class WifiManager : Java.Lang.Object
    {
        protected WifiManager(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public virtual WifiInfo? ConnectionInfo => throw null!;

        public virtual bool IsWifiEnabled => throw null!;

        public virtual IList<ScanResult>? ScanResults => throw null!;
    }

    // Java's public fields BSSID/SSID/level are bound as properties.
    public class ScanResult : Java.Lang.Object
    {
        public ScanResult() => throw null!;

        public string? BSSID { get => throw null!; set => throw null!; }

        public string? SSID { get => throw null!; set => throw null!; }

        public int Level { get => throw null!; set => throw null!; }
    }

    public class WifiInfo : Java.Lang.Object
    {
        protected WifiInfo(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public virtual string? MacAddress => throw null!;

        public virtual string? BSSID => throw null!;

        public virtual string? SSID => throw null!;

        public virtual int IpAddress => throw null!;

        public virtual int Rssi => throw null!;
    }
}
