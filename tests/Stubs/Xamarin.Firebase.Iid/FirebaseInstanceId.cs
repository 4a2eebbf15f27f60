// Mirrors https://firebase.google.com/docs/reference/android/com/google/firebase/iid/FirebaseInstanceId
// Mirrors https://github.com/xamarin/GooglePlayServicesComponents (Xamarin.Firebase.Iid: the Java getters bound as properties)
// The Firebase instance id of Xamarin.Android apps (deprecated by FirebaseMessaging, still in Xamarin.Forms-era code):
// FirebaseInstanceId.Instance.Token is the device's FCM registration (push) token.
namespace Firebase.Iid
{
    public sealed class FirebaseInstanceId : Java.Lang.Object
    {
        internal FirebaseInstanceId() => throw null!;

        public static FirebaseInstanceId Instance => throw null!;

        public string? Id => throw null!;

        public string? Token => throw null!;

        public string? GetToken(string authorizedEntity, string scope) => throw null!;

        public void DeleteInstanceId() => throw null!;

        public void DeleteToken(string authorizedEntity, string scope) => throw null!;
    }
}
