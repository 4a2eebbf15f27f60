// Mirrors https://docs.unity3d.com/ScriptReference/SystemInfo-deviceUniqueIdentifier.html
// Mirrors https://docs.unity3d.com/ScriptReference/SystemInfo-deviceName.html
// Mirrors https://docs.unity3d.com/ScriptReference/Input-location.html
// Mirrors https://docs.unity3d.com/ScriptReference/LocationService.Start.html
// Mirrors https://docs.unity3d.com/ScriptReference/LocationService-lastData.html
// Mirrors https://docs.unity3d.com/ScriptReference/LocationInfo.html
// Mirrors https://docs.unity3d.com/ScriptReference/Application.RequestAdvertisingIdentifierAsync.html
// Mirrors https://docs.unity3d.com/ScriptReference/WebCamTexture.html
// Mirrors https://docs.unity3d.com/ScriptReference/Microphone.Start.html
// Mirrors https://docs.unity3d.com/ScriptReference/GUIUtility-systemCopyBuffer.html
// Mirrors https://docs.unity3d.com/ScriptReference/Analytics.Analytics.SetUserId.html
namespace UnityEngine
{
    public sealed class SystemInfo
    {
        public SystemInfo() => throw null!;

        public static string deviceUniqueIdentifier => throw null!;

        public static string deviceName => throw null!;

        public static string deviceModel => throw null!;

        public static string operatingSystem => throw null!;

        public static int systemMemorySize => throw null!;
    }

    public enum LocationServiceStatus
    {
        Stopped = 0,
        Initializing = 1,
        Running = 2,
        Failed = 3,
    }

    public struct LocationInfo
    {
        public float latitude => throw null!;

        public float longitude => throw null!;

        public float altitude => throw null!;

        public float horizontalAccuracy => throw null!;

        public double timestamp => throw null!;
    }

    public class LocationService
    {
        public LocationService() => throw null!;

        public bool isEnabledByUser => throw null!;

        public LocationInfo lastData => throw null!;

        public LocationServiceStatus status => throw null!;

        public void Start() => throw null!;

        public void Start(float desiredAccuracyInMeters) => throw null!;

        public void Start(float desiredAccuracyInMeters, float updateDistanceInMeters) => throw null!;

        public void Stop() => throw null!;
    }

    public class Input
    {
        public Input() => throw null!;

        public static LocationService location => throw null!;
    }

    public class Application
    {
        public Application() => throw null!;

        public static string version => throw null!;

        public static bool RequestAdvertisingIdentifierAsync(AdvertisingIdentifierCallback delegateMethod) => throw null!;

        public delegate void AdvertisingIdentifierCallback(string advertisingId, bool trackingEnabled, string errorMsg);
    }

    public sealed class WebCamDevice
    {
        internal WebCamDevice() => throw null!;

        public string name => throw null!;

        public bool isFrontFacing => throw null!;
    }

    public sealed class WebCamTexture : Texture
    {
        public WebCamTexture() => throw null!;

        public WebCamTexture(int requestedWidth, int requestedHeight) => throw null!;

        public WebCamTexture(int requestedWidth, int requestedHeight, int requestedFPS) => throw null!;

        public WebCamTexture(string deviceName) => throw null!;

        public WebCamTexture(string deviceName, int requestedWidth, int requestedHeight) => throw null!;

        public WebCamTexture(string deviceName, int requestedWidth, int requestedHeight, int requestedFPS) => throw null!;

        public static WebCamDevice[] devices => throw null!;

        public bool isPlaying => throw null!;

        public void Play() => throw null!;

        public void Pause() => throw null!;

        public void Stop() => throw null!;
    }

    public sealed class Microphone
    {
        public Microphone() => throw null!;

        public static string[] devices => throw null!;

        public static void End(string deviceName) => throw null!;

        public static int GetPosition(string deviceName) => throw null!;

        public static bool IsRecording(string deviceName) => throw null!;

        public static AudioClip Start(string deviceName, bool loop, int lengthSec, int frequency) => throw null!;
    }

    public class GUIUtility
    {
        public GUIUtility() => throw null!;

        public static string systemCopyBuffer { get => throw null!; set => throw null!; }
    }
}

namespace UnityEngine.Analytics
{
    public enum AnalyticsResult
    {
        Ok = 0,
        NotInitialized = 1,
        AnalyticsDisabled = 2,
        TooManyItems = 3,
        SizeLimitReached = 4,
        TooManyRequests = 5,
        InvalidData = 6,
        UnsupportedPlatform = 7,
    }

    public static class Analytics
    {
        public static AnalyticsResult SetUserId(string userId) => throw null!;
    }
}
