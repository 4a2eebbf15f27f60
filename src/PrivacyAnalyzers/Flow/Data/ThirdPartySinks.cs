using System.Collections.Immutable;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Flow.Data
{
    /// <summary>
    /// PRIV102's sinks: analytics, crash-reporting and LLM SDKs, each row with the processor that
    /// receives the data (the name a <c>Recipients</c> declaration or the policy's <c>recipients:</c>
    /// uses). Member names checked against the packages' XML documentation (Sentry 6.12.1,
    /// Microsoft.ApplicationInsights 3.2.0, OpenAI 2.15.0, Microsoft.Extensions.AI.Abstractions 10.11.0)
    /// or, for SDKs the feed lacks, against the stubs under tests/Stubs that cite their pages.
    /// </summary>
    internal static class ThirdPartySinks
    {
        public const string Sentry = "Sentry";
        public const string ApplicationInsights = "Application Insights";
        public const string AppCenter = "App Center";
        public const string FirebaseAnalytics = "Firebase Analytics";
        public const string OpenAI = "OpenAI";
        public const string AzureOpenAI = "Azure OpenAI";
        public const string SemanticKernel = "Semantic Kernel model provider";
        public const string ChatModelProvider = "chat model provider (IChatClient)";
        public const string Segment = "Segment";
        public const string Mixpanel = "Mixpanel";
        public const string Amplitude = "Amplitude";
        public const string AdMob = "Google AdMob";

        private const string SentryDoc = "https://docs.sentry.io/platforms/dotnet/enriching-events/identify-user/";
        private const string SentryScopeDoc = "https://docs.sentry.io/platforms/dotnet/enriching-events/scopes/";
        private const string SentryBreadcrumbDoc = "https://docs.sentry.io/platforms/dotnet/enriching-events/breadcrumbs/";
        private const string SegmentDoc = "https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/server/net/analytics-net";
        private const string MixpanelDoc = "https://github.com/eealeivan/mixpanel-csharp";
        private const string AmplitudeDoc = "https://amplitude.com/docs/sdks/analytics/unity/unity-sdk";
        private const string AzureDoc = "https://learn.microsoft.com/dotnet/api/azure.ai.openai.azureopenaiclient";
        private const string SkChatDoc = "https://learn.microsoft.com/dotnet/api/microsoft.semantickernel.chatcompletion.ichatcompletionservice";
        private const string SkChatExtensionsDoc = "https://learn.microsoft.com/dotnet/api/microsoft.semantickernel.chatcompletion.chatcompletionserviceextensions";
        private const string AiDoc = "https://learn.microsoft.com/azure/azure-monitor/app/api-custom-events-metrics";
        private const string AiContextDoc = "https://learn.microsoft.com/dotnet/api/microsoft.applicationinsights.extensibility.implementation.usercontext";

        public static ImmutableArray<FlowMember> Rows { get; } = ImmutableArray.Create(
            // Sentry: the user, tags, extras, breadcrumbs and messages of an event.
            FlowMember.SetterSink(SinkKind.ThirdParty, "Sentry.SentryUser", "Email", Sentry, SentryDoc),
            FlowMember.SetterSink(SinkKind.ThirdParty, "Sentry.SentryUser", "Id", Sentry, SentryDoc),
            FlowMember.SetterSink(SinkKind.ThirdParty, "Sentry.SentryUser", "Username", Sentry, SentryDoc),
            FlowMember.SetterSink(SinkKind.ThirdParty, "Sentry.SentryUser", "IpAddress", Sentry, SentryDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Sentry.SentrySdk", "SetTag", Sentry, SentryScopeDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Sentry.SentrySdk", "AddBreadcrumb", Sentry, SentryBreadcrumbDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Sentry.SentrySdk", "CaptureMessage", Sentry, "https://docs.sentry.io/platforms/dotnet/usage/#capturing-messages"),
            FlowMember.Sink(SinkKind.ThirdParty, "Sentry.SentrySdk", "CaptureException", Sentry, "https://docs.sentry.io/platforms/dotnet/usage/#capturing-errors"),
            FlowMember.Sink(SinkKind.ThirdParty, "Sentry.Scope", "SetTag", Sentry, SentryScopeDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Sentry.Scope", "SetExtra", Sentry, SentryScopeDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Sentry.Scope", "AddBreadcrumb", Sentry, SentryBreadcrumbDoc),

            // Application Insights: telemetry and its properties, the user and location context.
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.ApplicationInsights.TelemetryClient", "Track*", ApplicationInsights, AiDoc),
            FlowMember.SetterSink(SinkKind.ThirdParty, "Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext", "Id", ApplicationInsights, AiContextDoc),
            FlowMember.SetterSink(SinkKind.ThirdParty, "Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext", "AuthenticatedUserId", ApplicationInsights, AiContextDoc),
            FlowMember.SetterSink(SinkKind.ThirdParty, "Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext", "AccountId", ApplicationInsights, AiContextDoc),
            FlowMember.SetterSink(SinkKind.ThirdParty, "Microsoft.ApplicationInsights.Extensibility.Implementation.LocationContext", "Ip", ApplicationInsights, "https://learn.microsoft.com/dotnet/api/microsoft.applicationinsights.extensibility.implementation.locationcontext"),

            // App Center and Firebase (stubs: tests/Stubs/Microsoft.AppCenter, tests/Stubs/Firebase.Analytics).
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.AppCenter.AppCenter", "SetUserId", AppCenter, "https://learn.microsoft.com/appcenter/sdk/other-apis/xamarin#identify-users"),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.AppCenter.Analytics.Analytics", "TrackEvent", AppCenter, "https://learn.microsoft.com/appcenter/sdk/analytics/xamarin#custom-events"),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.AppCenter.Crashes.Crashes", "TrackError", AppCenter, "https://learn.microsoft.com/appcenter/sdk/crashes/xamarin#handled-errors"),
            FlowMember.Sink(SinkKind.ThirdParty, "Firebase.Analytics.FirebaseAnalytics", "LogEvent", FirebaseAnalytics, "https://firebase.google.com/docs/reference/unity/class/firebase/analytics/firebase-analytics"),
            FlowMember.Sink(SinkKind.ThirdParty, "Firebase.Analytics.FirebaseAnalytics", "SetUserId", FirebaseAnalytics, "https://firebase.google.com/docs/analytics/userid"),
            FlowMember.Sink(SinkKind.ThirdParty, "Firebase.Analytics.FirebaseAnalytics", "SetUserProperty", FirebaseAnalytics, "https://firebase.google.com/docs/analytics/user-properties"),
            FlowMember.Sink(SinkKind.ThirdParty, "Firebase.Crashlytics.Crashlytics", "SetUserId", "Firebase Crashlytics", "https://firebase.google.com/docs/crashlytics/unity/customize-crash-reports#set-user-ids"),
            FlowMember.Sink(SinkKind.ThirdParty, "Firebase.Crashlytics.Crashlytics", "SetCustomKey", "Firebase Crashlytics", "https://firebase.google.com/docs/crashlytics/unity/customize-crash-reports#add-keys"),
            FlowMember.Sink(SinkKind.ThirdParty, "Firebase.Crashlytics.Crashlytics", "Log", "Firebase Crashlytics", "https://firebase.google.com/docs/crashlytics/unity/customize-crash-reports#add-logs"),

            // Segment (Analytics.NET: stub tests/Stubs/Analytics), Mixpanel (mixpanel-csharp: tests/Stubs/Mixpanel) and
            // Amplitude (the Unity plugin's global Amplitude class: tests/Stubs/Amplitude): a user's id, traits and events.
            FlowMember.Sink(SinkKind.ThirdParty, "Segment.Client", "Identify", Segment, SegmentDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Segment.Client", "Track", Segment, SegmentDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Segment.Client", "Alias", Segment, SegmentDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Segment.IAnalyticsClient", "Identify", Segment, SegmentDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Segment.IAnalyticsClient", "Track", Segment, SegmentDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Mixpanel.MixpanelClient", "Track*", Mixpanel, MixpanelDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Mixpanel.MixpanelClient", "People*", Mixpanel, MixpanelDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Mixpanel.MixpanelClient", "Alias*", Mixpanel, MixpanelDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Mixpanel.IMixpanelClient", "Track*", Mixpanel, MixpanelDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Mixpanel.IMixpanelClient", "People*", Mixpanel, MixpanelDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Mixpanel.IMixpanelClient", "Alias*", Mixpanel, MixpanelDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Amplitude", "setUserId", Amplitude, AmplitudeDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Amplitude", "setUserPropert*", Amplitude, AmplitudeDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Amplitude", "logEvent", Amplitude, AmplitudeDoc),
            // Advertising: Google Mobile Ads (AdMob, the Unity plugin: tests/Stubs/GoogleMobileAds). An ad request's
            // keywords, extras and custom targeting go to Google when the ad loads (the request's builder propagates).
            FlowMember.Sink(SinkKind.ThirdParty, "GoogleMobileAds.Api.BannerView", "LoadAd", AdMob, "https://developers.google.com/admob/unity/reference/class/google-mobile-ads/api/banner-view"),
            FlowMember.Sink(SinkKind.ThirdParty, "GoogleMobileAds.Api.InterstitialAd", "Load", AdMob, "https://developers.google.com/admob/unity/reference/class/google-mobile-ads/api/interstitial-ad"),
            FlowMember.Sink(SinkKind.ThirdParty, "GoogleMobileAds.Api.RewardedAd", "Load", AdMob, "https://developers.google.com/admob/unity/reference/class/google-mobile-ads/api/rewarded-ad"),
            // LLM clients: what goes into a prompt goes to the model's provider.
            FlowMember.Sink(SinkKind.ThirdParty, "OpenAI.Chat.ChatClient", "CompleteChat*", OpenAI, "https://learn.microsoft.com/dotnet/api/openai.chat.chatclient.completechat"),
            FlowMember.Sink(SinkKind.ThirdParty, "OpenAI.Embeddings.EmbeddingClient", "GenerateEmbedding*", OpenAI, "https://learn.microsoft.com/dotnet/api/openai.embeddings.embeddingclient"),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.Extensions.AI.IChatClient", "GetResponse*", ChatModelProvider, "https://learn.microsoft.com/dotnet/api/microsoft.extensions.ai.ichatclient"),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.Extensions.AI.IChatClient", "GetStreamingResponse*", ChatModelProvider, "https://learn.microsoft.com/dotnet/api/microsoft.extensions.ai.ichatclient"),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.Extensions.AI.ChatClientExtensions", "GetResponse*", ChatModelProvider, "https://learn.microsoft.com/dotnet/api/microsoft.extensions.ai.chatclientextensions"),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.Extensions.AI.ChatClientExtensions", "GetStreamingResponse*", ChatModelProvider, "https://learn.microsoft.com/dotnet/api/microsoft.extensions.ai.chatclientextensions"),
            // InvokePrompt* is KernelExtensions' (Microsoft.SemanticKernel.Core 1.82.0), not Kernel's own member.
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.SemanticKernel.KernelExtensions", "InvokePrompt*", "Semantic Kernel model provider", "https://learn.microsoft.com/dotnet/api/microsoft.semantickernel.kernelextensions.invokepromptasync"),
            // Semantic Kernel's chat completion service: the interface's two members and the extensions over them
            // (Microsoft.SemanticKernel.Abstractions 1.82.0); a ChatHistory carries what was added to it (a propagator row).
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "GetChatMessageContents*", SemanticKernel, SkChatDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "GetStreamingChatMessageContents*", SemanticKernel, SkChatDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", "GetChatMessageContent*", SemanticKernel, SkChatExtensionsDoc),
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", "GetStreamingChatMessageContents*", SemanticKernel, SkChatExtensionsDoc));

        /// <summary>
        /// The OpenAI rows when the client comes from Azure: <c>AzureOpenAIClient</c> (Azure.AI.OpenAI 2.1.0, a subclass of
        /// <c>OpenAI.OpenAIClient</c>) hands out the same <c>OpenAI.Chat.ChatClient</c> type "configured for ... the Azure OpenAI
        /// service" (https://learn.microsoft.com/dotnet/api/azure.ai.openai.azureopenaiclient.getchatclient), so the processor is
        /// Microsoft's Azure OpenAI, not OpenAI. Chosen by where the receiver came from (<see cref="LlmProvenance"/>), not by a name.
        /// </summary>
        public static FlowMember AzureOpenAIChat { get; } =
            FlowMember.Sink(SinkKind.ThirdParty, "OpenAI.Chat.ChatClient", "CompleteChat*", AzureOpenAI, AzureDoc);

        /// <summary>An <c>IChatClient</c> made from a client whose provider is known (<c>AsIChatClient()</c> on an Azure or OpenAI chat client).</summary>
        public static FlowMember AzureOpenAIViaChatClient { get; } =
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.Extensions.AI.IChatClient", "GetResponse*", AzureOpenAI, AzureDoc);

        /// <summary>The same, for a client of OpenAI itself.</summary>
        public static FlowMember OpenAIViaChatClient { get; } =
            FlowMember.Sink(SinkKind.ThirdParty, "Microsoft.Extensions.AI.IChatClient", "GetResponse*", OpenAI, "https://learn.microsoft.com/dotnet/api/microsoft.extensions.ai.openaiclientextensions.asichatclient");

        /// <summary>The embeddings row when the client comes from Azure.</summary>
        public static FlowMember AzureOpenAIEmbeddings { get; } =
            FlowMember.Sink(SinkKind.ThirdParty, "OpenAI.Embeddings.EmbeddingClient", "GenerateEmbedding*", AzureOpenAI, "https://learn.microsoft.com/dotnet/api/azure.ai.openai.azureopenaiclient.getembeddingclient");
    }
}
