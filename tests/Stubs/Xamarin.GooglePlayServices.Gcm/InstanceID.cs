// Mirrors https://developers.google.com/android/reference/com/google/android/gms/iid/InstanceID
// Mirrors https://github.com/dotnet/android-samples/blob/main/RemoteNotifications/ClientApp/RegistrationIntentService.cs
// Google Cloud Messaging's instance id as Xamarin.GooglePlayServices.Gcm binds it: InstanceID.GetInstance(context)
// .GetToken(senderId, GoogleCloudMessaging.InstanceIdScope, null) is the device's push registration token.
using Android.Content;
using Android.OS;

namespace Android.Gms.Gcm.Iid
{
    public class InstanceID : Java.Lang.Object
    {
        internal InstanceID() => throw null!;

        public virtual string? Id => throw null!;

        public static InstanceID GetInstance(Context context) => throw null!;

        public virtual string? GetToken(string authorizedEntity, string scope) => throw null!;

        public virtual string? GetToken(string authorizedEntity, string scope, Bundle? extras) => throw null!;

        public virtual void DeleteInstanceID() => throw null!;

        public virtual void DeleteToken(string authorizedEntity, string scope) => throw null!;
    }
}

namespace Android.Gms.Gcm
{
    public class GoogleCloudMessaging : Java.Lang.Object
    {
        public const string InstanceIdScope = "GCM";

        internal GoogleCloudMessaging() => throw null!;
    }
}
