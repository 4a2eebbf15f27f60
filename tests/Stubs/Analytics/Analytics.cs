// Mirrors https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/server/net/analytics-net
// Mirrors https://github.com/segmentio/Analytics.NET (its Client class and Model namespace)
// Segment's Analytics.NET (NuGet package Analytics, assembly Analytics.dll): the static Analytics.Client and the
// calls that send a user's id, traits and event properties to Segment. Only those members are stubbed.
using System.Collections.Generic;

namespace Segment
{
    public static class Analytics
    {
        public static Client Client { get; }

        public static void Initialize(string writeKey) => throw null!;
    }

    public interface IAnalyticsClient
    {
        void Identify(string userId, IDictionary<string, object> traits);

        void Identify(string userId, IDictionary<string, object> traits, Model.Options options);

        void Track(string userId, string eventName);

        void Track(string userId, string eventName, IDictionary<string, object> properties);

        void Track(string userId, string eventName, IDictionary<string, object> properties, Model.Options options);

        void Alias(string previousId, string userId);

        void Flush();
    }

    public class Client : IAnalyticsClient
    {
        public Client(string writeKey) => throw null!;

        public void Identify(string userId, IDictionary<string, object> traits) => throw null!;

        public void Identify(string userId, IDictionary<string, object> traits, Model.Options options) => throw null!;

        public void Track(string userId, string eventName) => throw null!;

        public void Track(string userId, string eventName, IDictionary<string, object> properties) => throw null!;

        public void Track(string userId, string eventName, IDictionary<string, object> properties, Model.Options options) => throw null!;

        public void Alias(string previousId, string userId) => throw null!;

        public void Flush() => throw null!;
    }
}

namespace Segment.Model
{
    public class Dict : Dictionary<string, object>
    {
    }

    public class Props : Dict
    {
    }

    public class Traits : Props
    {
    }

    public class Properties : Props
    {
    }

    public class Options
    {
        public Options SetAnonymousId(string anonymousId) => throw null!;
    }
}
