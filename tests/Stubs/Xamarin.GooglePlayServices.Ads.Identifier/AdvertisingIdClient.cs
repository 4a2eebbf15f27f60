// Mirrors https://developers.google.com/android/reference/com/google/android/gms/ads/identifier/AdvertisingIdClient
// Mirrors https://developers.google.com/android/reference/com/google/android/gms/ads/identifier/AdvertisingIdClient.Info
// Mirrors https://support.google.com/googleplay/android-developer/answer/6048248 (the advertising ID)
// The .NET binding (NuGet Xamarin.GooglePlayServices.Ads.Identifier) keeps the Java names in
// Android.Gms.Ads.Identifier; Info's getId()/isLimitAdTrackingEnabled() are bound as properties.
namespace Android.Gms.Ads.Identifier
{
    public class AdvertisingIdClient : Java.Lang.Object
    {
        public AdvertisingIdClient(Android.Content.Context context) => throw null!;

        public static Info GetAdvertisingIdInfo(Android.Content.Context context) => throw null!;

        public sealed class Info : Java.Lang.Object
        {
            public Info(string? advertisingId, bool limitAdTrackingEnabled) => throw null!;

            public string? Id => throw null!;

            public bool IsLimitAdTrackingEnabled => throw null!;
        }
    }
}
