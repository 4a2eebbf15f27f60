// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/crashlytics/crashlytics
// Mirrors https://firebase.google.com/docs/crashlytics/unity/customize-crash-reports#set-user-ids
// The Firebase Unity SDK's Crashlytics assembly (Firebase.Crashlytics.dll): the static API games call.
using System;

namespace Firebase.Crashlytics
{
    public static class Crashlytics
    {
        public static bool IsCrashlyticsCollectionEnabled { get => throw null!; set => throw null!; }

        public static void Log(string message) => throw null!;

        public static void LogException(Exception exception) => throw null!;

        public static void SetCustomKey(string key, string value) => throw null!;

        public static void SetUserId(string identifier) => throw null!;
    }
}
