// Mirrors https://github.com/eealeivan/mixpanel-csharp (its IMixpanelClient interface and MixpanelClient class)
// The mixpanel-csharp client (NuGet package mixpanel-csharp, assembly Mixpanel.dll): the calls that send an event's
// properties and a profile's distinct id and properties to Mixpanel. Only those members are stubbed.
using System.Threading.Tasks;

namespace Mixpanel
{
    public interface IMixpanelClient
    {
        Task<bool> TrackAsync(string @event, object properties);

        Task<bool> TrackAsync(string @event, object distinctId, object properties);

        Task<bool> AliasAsync(object distinctId, object alias);

        Task<bool> PeopleSetAsync(object properties);

        Task<bool> PeopleSetAsync(object distinctId, object properties);
    }

    public class MixpanelConfig
    {
    }

    public class MixpanelClient : IMixpanelClient
    {
        public MixpanelClient(string token, MixpanelConfig? config = null, object? superProperties = null) => throw null!;

        public Task<bool> TrackAsync(string @event, object properties) => throw null!;

        public Task<bool> TrackAsync(string @event, object distinctId, object properties) => throw null!;

        public Task<bool> AliasAsync(object distinctId, object alias) => throw null!;

        public Task<bool> PeopleSetAsync(object properties) => throw null!;

        public Task<bool> PeopleSetAsync(object distinctId, object properties) => throw null!;
    }
}
