// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/messaging/firebase-messaging
// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/messaging/token-received-event-args
// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/messaging/message-received-event-args
// The Firebase Unity SDK's Cloud Messaging assembly (Firebase.Messaging.dll): a static class whose events deliver
// the device's registration token and the messages.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Firebase.Messaging
{
    public static class FirebaseMessaging
    {
        public static event EventHandler<MessageReceivedEventArgs> MessageReceived;

        public static event EventHandler<TokenReceivedEventArgs> TokenReceived;

        public static bool TokenRegistrationOnInitEnabled { get => throw null!; set => throw null!; }

        public static Task DeleteTokenAsync() => throw null!;

        public static Task<string> GetTokenAsync() => throw null!;

        public static Task SubscribeAsync(string topic) => throw null!;

        public static Task UnsubscribeAsync(string topic) => throw null!;
    }

    public sealed class TokenReceivedEventArgs : EventArgs
    {
        public TokenReceivedEventArgs(string token) => throw null!;

        public string Token => throw null!;
    }

    public sealed class MessageReceivedEventArgs : EventArgs
    {
        public MessageReceivedEventArgs(FirebaseMessage msg) => throw null!;

        public FirebaseMessage Message => throw null!;
    }

    public sealed class FirebaseMessage
    {
        public IDictionary<string, string> Data => throw null!;

        public string From => throw null!;

        public string MessageId => throw null!;
    }
}
