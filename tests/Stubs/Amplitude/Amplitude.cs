// Mirrors https://amplitude.com/docs/sdks/analytics/unity/unity-sdk
// Mirrors https://github.com/amplitude/unity-plugin (its Amplitude class)
// Amplitude's Unity plugin: one class in the global namespace, as in the plugin. Only the calls that set the user's
// id and properties and log events are stubbed.
using System.Collections.Generic;

public class Amplitude
{
    public bool logging;

    public static Amplitude Instance { get; }

    public static Amplitude getInstance() => throw null!;

    public static Amplitude getInstance(string instanceName) => throw null!;

    public void init(string apiKey) => throw null!;

    public void setUserId(string userId) => throw null!;

    public void logEvent(string evt) => throw null!;

    public void logEvent(string evt, IDictionary<string, object> properties) => throw null!;

    public void setUserProperties(IDictionary<string, object> properties) => throw null!;

    public void setUserProperty(string property, string value) => throw null!;
}
