// Mirrors https://firebase.google.com/docs/reference/android/com/google/firebase/messaging/FirebaseMessagingService
// Mirrors https://github.com/xamarin/GooglePlayServicesComponents (Xamarin.Firebase.Messaging: the Java methods bound as virtuals)
// An app's service overrides OnNewToken to receive the device's FCM registration (push) token.
namespace Firebase.Messaging
{
    public class FirebaseMessagingService : Android.App.Service
    {
        public FirebaseMessagingService() => throw null!;

        public virtual void OnNewToken(string token) => throw null!;

        public virtual void OnMessageReceived(RemoteMessage message) => throw null!;
    }

    public sealed class RemoteMessage : Java.Lang.Object
    {
        internal RemoteMessage() => throw null!;

        public string? From => throw null!;
    }
}
