// Mirrors https://learn.microsoft.com/uwp/api/windows.networking.pushnotifications.pushnotificationchannelmanager
// Mirrors https://learn.microsoft.com/uwp/api/windows.networking.pushnotifications.pushnotificationchannel
using Windows.Foundation;

namespace Windows.Networking.PushNotifications
{
    public static class PushNotificationChannelManager
    {
        public static IAsyncOperation<PushNotificationChannel> CreatePushNotificationChannelForApplicationAsync() => throw null!;

        public static IAsyncOperation<PushNotificationChannel> CreatePushNotificationChannelForApplicationAsync(string applicationId) => throw null!;
    }

    public sealed class PushNotificationChannel
    {
        private PushNotificationChannel() => throw null!;

        public string Uri => throw null!;

        public global::System.DateTimeOffset ExpirationTime => throw null!;

        public void Close() => throw null!;
    }
}
