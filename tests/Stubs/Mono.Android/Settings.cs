// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.settings
// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.settings.namevaluetable
// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.settings.secure
// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.settings.secure.getstring
// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.settings.system
// Mirrors https://developer.android.com/reference/android/provider/Settings.Secure#ANDROID_ID
// Settings.Secure "bluetooth_address"/"bluetooth_name" are @hide in AOSP and have no constant in the
// binding; code that reads them passes the literal string.
namespace Android.Provider
{
    public sealed class Settings : Java.Lang.Object
    {
        public Settings() => throw null!;

        public class NameValueTable : Java.Lang.Object
        {
            public const string Name = "name";
            public const string Value = "value";

            public NameValueTable() => throw null!;

            public static Android.Net.Uri? GetUriFor(Android.Net.Uri? uri, string? name) => throw null!;
        }

        public sealed class Secure : NameValueTable
        {
            public const string AndroidId = "android_id";
            public const string DefaultInputMethod = "default_input_method";
            public const string LocationMode = "location_mode";

            public Secure() => throw null!;

            public static string? GetString(Android.Content.ContentResolver? resolver, string? name) => throw null!;

            public static int GetInt(Android.Content.ContentResolver? cr, string? name, int def) => throw null!;
        }

        public sealed class System : NameValueTable
        {
            public const string ScreenBrightness = "screen_brightness";
            public const string ScreenOffTimeout = "screen_off_timeout";

            public System() => throw null!;

            public static string? GetString(Android.Content.ContentResolver? resolver, string? name) => throw null!;

            public static int GetInt(Android.Content.ContentResolver? cr, string? name, int def) => throw null!;
        }
    }
}
