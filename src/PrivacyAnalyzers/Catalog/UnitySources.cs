using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Sources in the Unity engine's script API (namespace UnityEngine).</summary>
    internal static class UnitySources
    {
        private const string P = Platforms.Unity;

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // A hash of hardware identifiers (Android ID, IDFV, Windows device id...), stable per device.
            // https://docs.unity3d.com/ScriptReference/SystemInfo-deviceUniqueIdentifier.html
            Member("P:UnityEngine.SystemInfo.deviceUniqueIdentifier", Ids.DeviceId, P),
            // The user-given device name. https://docs.unity3d.com/ScriptReference/SystemInfo-deviceName.html
            Member("P:UnityEngine.SystemInfo.deviceName", Ids.Device, P),
            // Input.location.Start() turns on GPS-grade location (ACCESS_FINE_LOCATION on Android); lastData reads it.
            // https://docs.unity3d.com/ScriptReference/LocationService.Start.html
            Member("M:UnityEngine.LocationService.Start", Ids.PreciseLocation, P),
            // https://docs.unity3d.com/ScriptReference/LocationService-lastData.html
            Member("P:UnityEngine.LocationService.lastData", Ids.PreciseLocation, P),
            // The platform advertising ID (IDFA, Windows advertising ID).
            // https://docs.unity3d.com/ScriptReference/Application.RequestAdvertisingIdentifierAsync.html
            Member("M:UnityEngine.Application.RequestAdvertisingIdentifierAsync", Ids.DeviceId, P),
            // Creating a WebCamTexture selects a camera; Play() starts capturing.
            // https://docs.unity3d.com/ScriptReference/WebCamTexture-ctor.html
            Member("M:UnityEngine.WebCamTexture.#ctor", Ids.SelfImage, P),
            // https://docs.unity3d.com/ScriptReference/WebCamTexture.Play.html
            Member("M:UnityEngine.WebCamTexture.Play", Ids.SelfImage, P),
            // https://docs.unity3d.com/ScriptReference/Microphone.Start.html
            Member("M:UnityEngine.Microphone.Start", Ids.Voice, P),
            // Reading the system clipboard; setting it stays silent.
            // https://docs.unity3d.com/ScriptReference/GUIUtility-systemCopyBuffer.html
            Member("P:UnityEngine.GUIUtility.systemCopyBuffer", Ids.PrivateContent, P));
    }
}
