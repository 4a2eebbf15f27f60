// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/analytics/firebase-analytics
// Mirrors https://firebase.google.com/docs/analytics/userid
// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/analytics/firebase-analytics#getanalyticsinstanceidasync
// The Firebase Unity SDK's analytics assembly (Firebase.Analytics.dll). Only the members realistic game code
// touches are stubbed; the event and user-property name constants carry their real values.
using System.Threading.Tasks;

namespace Firebase.Analytics
{
    public sealed class FirebaseAnalytics
    {
        public const string EventLogin = "login";
        public const string EventSignUp = "sign_up";
        public const string UserPropertySignUpMethod = "sign_up_method";

        internal FirebaseAnalytics() => throw null!;

        public static Task<string> GetAnalyticsInstanceIdAsync() => throw null!;

        public static void LogEvent(string name) => throw null!;

        public static void LogEvent(string name, string parameterName, string parameterValue) => throw null!;

        public static void SetAnalyticsCollectionEnabled(bool enabled) => throw null!;

        public static void SetUserId(string userId) => throw null!;

        public static void SetUserProperty(string name, string property) => throw null!;
    }
}
