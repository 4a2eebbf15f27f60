namespace PrivacyAnalyzers
{
    /// <summary>
    /// Purpose ids, following the Fides taxonomy (fideslang data uses). Ids are hierarchical:
    /// a policy that allows <c>essential</c> allows <c>essential.service</c>.
    /// </summary>
    public static class Purposes
    {
        /// <summary>Analytics: <c>analytics</c>.</summary>
        public const string Analytics = "analytics";

        /// <summary>Analytics for reporting: <c>analytics.reporting</c>.</summary>
        public const string AnalyticsReporting = "analytics.reporting";

        /// <summary>Advertising performance analytics: <c>analytics.reporting.ad_performance</c>.</summary>
        public const string AdPerformance = "analytics.reporting.ad_performance";

        /// <summary>Campaign insights: <c>analytics.reporting.campaign_insights</c>.</summary>
        public const string CampaignInsights = "analytics.reporting.campaign_insights";

        /// <summary>Content performance analytics: <c>analytics.reporting.content_performance</c>.</summary>
        public const string ContentPerformance = "analytics.reporting.content_performance";

        /// <summary>System activity analytics: <c>analytics.reporting.system</c>.</summary>
        public const string SystemAnalytics = "analytics.reporting.system";

        /// <summary>System performance analytics: <c>analytics.reporting.system.performance</c>.</summary>
        public const string SystemPerformance = "analytics.reporting.system.performance";

        /// <summary>Collect for a purpose not yet defined: <c>collect</c>.</summary>
        public const string Collect = "collect";

        /// <summary>Employment: <c>employment</c>.</summary>
        public const string Employment = "employment";

        /// <summary>Recruitment: <c>employment.recruitment</c>.</summary>
        public const string Recruitment = "employment.recruitment";

        /// <summary>Essential: <c>essential</c>.</summary>
        public const string Essential = "essential";

        /// <summary>Fraud detection: <c>essential.fraud_detection</c>.</summary>
        public const string FraudDetection = "essential.fraud_detection";

        /// <summary>Legal obligation: <c>essential.legal_obligation</c>.</summary>
        public const string LegalObligation = "essential.legal_obligation";

        /// <summary>Essential for the service: <c>essential.service</c>.</summary>
        public const string EssentialService = "essential.service";

        /// <summary>Authentication: <c>essential.service.authentication</c>.</summary>
        public const string Authentication = "essential.service.authentication";

        /// <summary>Service notifications: <c>essential.service.notifications</c>.</summary>
        public const string Notifications = "essential.service.notifications";

        /// <summary>Email notifications: <c>essential.service.notifications.email</c>.</summary>
        public const string EmailNotifications = "essential.service.notifications.email";

        /// <summary>SMS notifications: <c>essential.service.notifications.sms</c>.</summary>
        public const string SmsNotifications = "essential.service.notifications.sms";

        /// <summary>Operations: <c>essential.service.operations</c>.</summary>
        public const string ServiceOperations = "essential.service.operations";

        /// <summary>Support improvement: <c>essential.service.operations.improve</c>.</summary>
        public const string SupportImprovement = "essential.service.operations.improve";

        /// <summary>Customer support: <c>essential.service.operations.support</c>.</summary>
        public const string CustomerSupport = "essential.service.operations.support";

        /// <summary>Payment processing: <c>essential.service.payment_processing</c>.</summary>
        public const string PaymentProcessing = "essential.service.payment_processing";

        /// <summary>Security: <c>essential.service.security</c>.</summary>
        public const string Security = "essential.service.security";

        /// <summary>Service upgrades: <c>essential.service.upgrades</c>.</summary>
        public const string ServiceUpgrades = "essential.service.upgrades";

        /// <summary>Finance: <c>finance</c>.</summary>
        public const string Finance = "finance";

        /// <summary>Functional: <c>functional</c>.</summary>
        public const string Functional = "functional";

        /// <summary>Service functions: <c>functional.service</c>.</summary>
        public const string FunctionalService = "functional.service";

        /// <summary>Improve the service: <c>functional.service.improve</c>.</summary>
        public const string ImproveService = "functional.service.improve";

        /// <summary>Local storage: <c>functional.storage</c>.</summary>
        public const string LocalStorage = "functional.storage";

        /// <summary>Privacy preference storage: <c>functional.storage.privacy_preferences</c>.</summary>
        public const string PrivacyPreferences = "functional.storage.privacy_preferences";

        /// <summary>Marketing: <c>marketing</c>.</summary>
        public const string Marketing = "marketing";

        /// <summary>Advertising: <c>marketing.advertising</c>.</summary>
        public const string Advertising = "marketing.advertising";

        /// <summary>First-party advertising: <c>marketing.advertising.first_party</c>.</summary>
        public const string FirstPartyAdvertising = "marketing.advertising.first_party";

        /// <summary>Contextual advertising: <c>marketing.advertising.first_party.contextual</c>.</summary>
        public const string ContextualAdvertising = "marketing.advertising.first_party.contextual";

        /// <summary>Targeted first-party advertising: <c>marketing.advertising.first_party.targeted</c>.</summary>
        public const string TargetedAdvertising = "marketing.advertising.first_party.targeted";

        /// <summary>Frequency capping: <c>marketing.advertising.frequency_capping</c>.</summary>
        public const string FrequencyCapping = "marketing.advertising.frequency_capping";

        /// <summary>Negative targeting: <c>marketing.advertising.negative_targeting</c>.</summary>
        public const string NegativeTargeting = "marketing.advertising.negative_targeting";

        /// <summary>Profiling for advertising: <c>marketing.advertising.profiling</c>.</summary>
        public const string AdvertisingProfiling = "marketing.advertising.profiling";

        /// <summary>Serving ads: <c>marketing.advertising.serving</c>.</summary>
        public const string AdServing = "marketing.advertising.serving";

        /// <summary>Third-party advertising: <c>marketing.advertising.third_party</c>.</summary>
        public const string ThirdPartyAdvertising = "marketing.advertising.third_party";

        /// <summary>Targeted third-party advertising: <c>marketing.advertising.third_party.targeted</c>.</summary>
        public const string ThirdPartyTargetedAdvertising = "marketing.advertising.third_party.targeted";

        /// <summary>Marketing communications: <c>marketing.communications</c>.</summary>
        public const string MarketingCommunications = "marketing.communications";

        /// <summary>Marketing email: <c>marketing.communications.email</c>.</summary>
        public const string MarketingEmail = "marketing.communications.email";

        /// <summary>Marketing SMS: <c>marketing.communications.sms</c>.</summary>
        public const string MarketingSms = "marketing.communications.sms";

        /// <summary>Business operations: <c>operations</c>.</summary>
        public const string Operations = "operations";

        /// <summary>Personalization: <c>personalize</c>.</summary>
        public const string Personalize = "personalize";

        /// <summary>Content personalization: <c>personalize.content</c>.</summary>
        public const string PersonalizeContent = "personalize.content";

        /// <summary>Limited content personalization: <c>personalize.content.limited</c>.</summary>
        public const string LimitedPersonalization = "personalize.content.limited";

        /// <summary>Profiled content personalization: <c>personalize.content.profiled</c>.</summary>
        public const string ProfiledPersonalization = "personalize.content.profiled";

        /// <summary>Profiling for personalization: <c>personalize.content.profiling</c>.</summary>
        public const string PersonalizationProfiling = "personalize.content.profiling";

        /// <summary>System personalization: <c>personalize.system</c>.</summary>
        public const string PersonalizeSystem = "personalize.system";

        /// <summary>Sales: <c>sales</c>.</summary>
        public const string Sales = "sales";

        /// <summary>Sharing with third parties: <c>third_party_sharing</c>.</summary>
        public const string ThirdPartySharing = "third_party_sharing";

        /// <summary>Sharing for a legal obligation: <c>third_party_sharing.legal_obligation</c>.</summary>
        public const string LegalSharing = "third_party_sharing.legal_obligation";

        /// <summary>Training an AI system: <c>train_ai_system</c>.</summary>
        public const string TrainAiSystem = "train_ai_system";
    }
}
