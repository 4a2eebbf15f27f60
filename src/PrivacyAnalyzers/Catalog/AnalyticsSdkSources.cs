using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// Analytics SDKs that send identifiers to a third party. Handing the SDK the app's own user id is a
    /// collection site: from then on every event the SDK records is tied to that user.
    /// </summary>
    internal static class AnalyticsSdkSources
    {
        private const string P = Platforms.AnalyticsSdks;

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // Visual Studio App Center (NuGet Microsoft.AppCenter), attached to crash reports.
            // https://learn.microsoft.com/appcenter/sdk/other-apis/xamarin#identify-users
            Member("M:Microsoft.AppCenter.AppCenter.SetUserId", Ids.UniqueId, P),
            // A UUID App Center creates per install and sends with every log.
            // https://learn.microsoft.com/appcenter/sdk/other-apis/xamarin#identify-installations
            Member("M:Microsoft.AppCenter.AppCenter.GetInstallIdAsync", Ids.DeviceId, P),
            // Google Analytics for Firebase, Unity SDK. https://firebase.google.com/docs/analytics/userid
            Member("M:Firebase.Analytics.FirebaseAnalytics.SetUserId", Ids.UniqueId, P),
            // Unity Analytics (legacy UnityEngine.Analytics). https://docs.unity3d.com/ScriptReference/Analytics.Analytics.SetUserId.html
            Member("M:UnityEngine.Analytics.Analytics.SetUserId", Ids.UniqueId, P));
    }
}
