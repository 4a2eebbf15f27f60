using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// The purposes (Fides "data uses", fideslang 3.x <c>data_uses</c>) a declaration may name.
    /// Rows marked suggested are the ones code fixes offer first.
    /// </summary>
    internal static class PurposeTable
    {
        public static ImmutableArray<TaxonomyEntry> All { get; } = ImmutableArray.Create(
            new TaxonomyEntry("analytics", "Analytics", "Analytics"),
            new TaxonomyEntry("analytics.reporting", "Analytics for reporting", "AnalyticsReporting", suggested: true),
            new TaxonomyEntry("analytics.reporting.ad_performance", "Advertising performance analytics", "AdPerformance"),
            new TaxonomyEntry("analytics.reporting.campaign_insights", "Campaign insights", "CampaignInsights"),
            new TaxonomyEntry("analytics.reporting.content_performance", "Content performance analytics", "ContentPerformance"),
            new TaxonomyEntry("analytics.reporting.system", "System activity analytics", "SystemAnalytics"),
            new TaxonomyEntry("analytics.reporting.system.performance", "System performance analytics", "SystemPerformance"),
            new TaxonomyEntry("collect", "Collect for a purpose not yet defined", "Collect"),
            new TaxonomyEntry("employment", "Employment", "Employment"),
            new TaxonomyEntry("employment.recruitment", "Recruitment", "Recruitment"),
            new TaxonomyEntry("essential", "Essential", "Essential"),
            new TaxonomyEntry("essential.fraud_detection", "Fraud detection", "FraudDetection", suggested: true),
            new TaxonomyEntry("essential.legal_obligation", "Legal obligation", "LegalObligation", suggested: true),
            new TaxonomyEntry("essential.service", "Essential for the service", "EssentialService", suggested: true),
            new TaxonomyEntry("essential.service.authentication", "Authentication", "Authentication"),
            new TaxonomyEntry("essential.service.notifications", "Service notifications", "Notifications"),
            new TaxonomyEntry("essential.service.notifications.email", "Email notifications", "EmailNotifications"),
            new TaxonomyEntry("essential.service.notifications.sms", "SMS notifications", "SmsNotifications"),
            new TaxonomyEntry("essential.service.operations", "Operations", "ServiceOperations"),
            new TaxonomyEntry("essential.service.operations.improve", "Support improvement", "SupportImprovement"),
            new TaxonomyEntry("essential.service.operations.support", "Customer support", "CustomerSupport"),
            new TaxonomyEntry("essential.service.payment_processing", "Payment processing", "PaymentProcessing"),
            new TaxonomyEntry("essential.service.security", "Security", "Security"),
            new TaxonomyEntry("essential.service.upgrades", "Service upgrades", "ServiceUpgrades"),
            new TaxonomyEntry("finance", "Finance", "Finance"),
            new TaxonomyEntry("functional", "Functional", "Functional"),
            new TaxonomyEntry("functional.service", "Service functions", "FunctionalService"),
            new TaxonomyEntry("functional.service.improve", "Improve the service", "ImproveService", suggested: true),
            new TaxonomyEntry("functional.storage", "Local storage", "LocalStorage"),
            new TaxonomyEntry("functional.storage.privacy_preferences", "Privacy preference storage", "PrivacyPreferences"),
            new TaxonomyEntry("marketing", "Marketing", "Marketing"),
            new TaxonomyEntry("marketing.advertising", "Advertising", "Advertising", suggested: true),
            new TaxonomyEntry("marketing.advertising.first_party", "First-party advertising", "FirstPartyAdvertising"),
            new TaxonomyEntry("marketing.advertising.first_party.contextual", "Contextual advertising", "ContextualAdvertising"),
            new TaxonomyEntry("marketing.advertising.first_party.targeted", "Targeted first-party advertising", "TargetedAdvertising"),
            new TaxonomyEntry("marketing.advertising.frequency_capping", "Frequency capping", "FrequencyCapping"),
            new TaxonomyEntry("marketing.advertising.negative_targeting", "Negative targeting", "NegativeTargeting"),
            new TaxonomyEntry("marketing.advertising.profiling", "Profiling for advertising", "AdvertisingProfiling"),
            new TaxonomyEntry("marketing.advertising.serving", "Serving ads", "AdServing"),
            new TaxonomyEntry("marketing.advertising.third_party", "Third-party advertising", "ThirdPartyAdvertising"),
            new TaxonomyEntry("marketing.advertising.third_party.targeted", "Targeted third-party advertising", "ThirdPartyTargetedAdvertising"),
            new TaxonomyEntry("marketing.communications", "Marketing communications", "MarketingCommunications", suggested: true),
            new TaxonomyEntry("marketing.communications.email", "Marketing email", "MarketingEmail"),
            new TaxonomyEntry("marketing.communications.sms", "Marketing SMS", "MarketingSms"),
            new TaxonomyEntry("operations", "Business operations", "Operations"),
            new TaxonomyEntry("personalize", "Personalization", "Personalize", suggested: true),
            new TaxonomyEntry("personalize.content", "Content personalization", "PersonalizeContent"),
            new TaxonomyEntry("personalize.content.limited", "Limited content personalization", "LimitedPersonalization"),
            new TaxonomyEntry("personalize.content.profiled", "Profiled content personalization", "ProfiledPersonalization"),
            new TaxonomyEntry("personalize.content.profiling", "Profiling for personalization", "PersonalizationProfiling"),
            new TaxonomyEntry("personalize.system", "System personalization", "PersonalizeSystem"),
            new TaxonomyEntry("sales", "Sales", "Sales"),
            new TaxonomyEntry("third_party_sharing", "Sharing with third parties", "ThirdPartySharing", suggested: true),
            new TaxonomyEntry("third_party_sharing.legal_obligation", "Sharing for a legal obligation", "LegalSharing"),
            new TaxonomyEntry("train_ai_system", "Training an AI system", "TrainAiSystem"));

        public static ImmutableDictionary<string, TaxonomyEntry> ById { get; } = TaxonomyIndex.ById(All);
    }
}
