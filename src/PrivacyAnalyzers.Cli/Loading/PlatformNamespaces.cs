namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// Which catalogued platform a namespace belongs to: an unresolved <c>using UIKit;</c> or
    /// <c>Android.Widget.Toast</c> means code of that platform was not (fully) analysed, which the manifest must
    /// say. Only platforms the catalog covers (docs/catalog.md) are listed: code of others holds no catalogued
    /// source. The longest matching prefix wins (<c>Xamarin.Essentials</c> before <c>Xamarin</c>).
    /// https://learn.microsoft.com/dotnet/api/?view=net-maui-8.0, https://learn.microsoft.com/dotnet/api/?view=xamarin-ios-sdk-12,
    /// https://learn.microsoft.com/dotnet/api/?view=net-android-34.0, https://docs.unity3d.com/ScriptReference/
    /// </summary>
    internal static class PlatformNamespaces
    {
        public const string Maui = ".NET MAUI";
        public const string Xamarin = "Xamarin";
        public const string Android = ".NET for Android";
        public const string Apple = ".NET for iOS and Mac Catalyst";
        public const string Windows = "Windows";
        public const string Unity = "Unity";
        public const string Analytics = "analytics SDKs";

        private static readonly (string Prefix, string Platform)[] Table =
        {
            ("Microsoft.Maui", Maui),
            ("CommunityToolkit.Maui", Maui),
            ("Xamarin", Xamarin),
            ("Plugin.Media", Xamarin),
            ("Plugin.Geolocator", Xamarin),
            ("Plugin.DeviceInfo", Xamarin),
            ("Microsoft.WindowsAzure.MobileServices", Xamarin),
            ("Android", Android),
            ("AndroidX", Android),
            ("Java", Android),
            ("Google.Android", Android),
            ("UIKit", Apple),
            ("Foundation", Apple),
            ("CoreLocation", Apple),
            ("Contacts", Apple),
            ("ContactsUI", Apple),
            ("AddressBook", Apple),
            ("AVFoundation", Apple),
            ("Photos", Apple),
            ("PhotosUI", Apple),
            ("EventKit", Apple),
            ("HealthKit", Apple),
            ("AdSupport", Apple),
            ("AppTrackingTransparency", Apple),
            ("UserNotifications", Apple),
            ("CoreTelephony", Apple),
            ("CoreMotion", Apple),
            ("ObjCRuntime", Apple),
            ("AppKit", Apple),
            ("Windows", Windows),
            ("Microsoft.UI", Windows),
            ("Microsoft.Windows", Windows),
            ("System.Windows", Windows),
            ("System.Management", Windows),
            ("System.DirectoryServices", Windows),
            ("UnityEngine", Unity),
            ("UnityEditor", Unity),
            ("Unity", Unity),
            ("Firebase", Analytics),
            ("Microsoft.AppCenter", Analytics),
            ("Microsoft.ApplicationInsights", Analytics),
            ("Com.OneSignal", Analytics),
            ("OneSignalSDK", Analytics),
            ("AppsFlyerSDK", Analytics),
            ("Mixpanel", Analytics),
            ("Segment", Analytics),
            ("Amplitude", Analytics),
            ("Facebook", Analytics),
        };

        /// <summary>The platform of a (possibly qualified) namespace or type name, or null.</summary>
        public static string? PlatformOf(string name)
        {
            if (name.StartsWith("global::", StringComparison.Ordinal))
            {
                name = name["global::".Length..];
            }

            string? best = null;
            var bestLength = -1;
            foreach (var (prefix, platform) in Table)
            {
                if (prefix.Length > bestLength
                    && name.StartsWith(prefix, StringComparison.Ordinal)
                    && (name.Length == prefix.Length || name[prefix.Length] == '.'))
                {
                    best = platform;
                    bestLength = prefix.Length;
                }
            }

            return best;
        }
    }
}
