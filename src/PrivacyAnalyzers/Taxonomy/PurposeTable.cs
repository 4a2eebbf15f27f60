using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// The purposes (Fides "data uses", fideslang 3.x <c>data_uses</c>) a declaration may name, with
    /// their Apple privacy manifest and Google Play Data safety equivalents and whether Apple counts
    /// them as tracking. A row without an equivalent of its own uses its nearest ancestor's; a root
    /// without a Google Play one has none (Play has no "other" purpose). Rows marked suggested are
    /// the ones code fixes offer first.
    /// </summary>
    internal static class PurposeTable
    {
        public static ImmutableArray<TaxonomyEntry> All { get; } = ImmutableArray.Create(
            new TaxonomyEntry("analytics", "Analytics", "Analytics", Apple: ApplePurposes.Analytics, GooglePlay: GooglePlayPurposes.Analytics),
            new TaxonomyEntry("analytics.reporting", "Analytics for reporting", "AnalyticsReporting", Suggested: true),
            new TaxonomyEntry("analytics.reporting.ad_performance", "Advertising performance analytics", "AdPerformance", GooglePlay: GooglePlayPurposes.AdvertisingOrMarketing),
            new TaxonomyEntry("analytics.reporting.campaign_insights", "Campaign insights", "CampaignInsights", GooglePlay: GooglePlayPurposes.AdvertisingOrMarketing),
            new TaxonomyEntry("analytics.reporting.content_performance", "Content performance analytics", "ContentPerformance"),
            new TaxonomyEntry("analytics.reporting.system", "System activity analytics", "SystemAnalytics"),
            new TaxonomyEntry("analytics.reporting.system.performance", "System performance analytics", "SystemPerformance"),
            new TaxonomyEntry("collect", "Collect for a purpose not yet defined", "Collect", Apple: ApplePurposes.Other),
            new TaxonomyEntry("employment", "Employment", "Employment", Apple: ApplePurposes.Other),
            new TaxonomyEntry("employment.recruitment", "Recruitment", "Recruitment"),
            new TaxonomyEntry("essential", "Essential", "Essential", Apple: ApplePurposes.AppFunctionality, GooglePlay: GooglePlayPurposes.AppFunctionality),
            new TaxonomyEntry("essential.fraud_detection", "Fraud detection", "FraudDetection", Suggested: true, GooglePlay: GooglePlayPurposes.FraudPreventionSecurityAndCompliance),
            new TaxonomyEntry("essential.legal_obligation", "Legal obligation", "LegalObligation", Suggested: true, GooglePlay: GooglePlayPurposes.FraudPreventionSecurityAndCompliance),
            new TaxonomyEntry("essential.service", "Essential for the service", "EssentialService", Suggested: true),
            new TaxonomyEntry("essential.service.authentication", "Authentication", "Authentication", GooglePlay: GooglePlayPurposes.AccountManagement),
            new TaxonomyEntry("essential.service.notifications", "Service notifications", "Notifications", GooglePlay: GooglePlayPurposes.DeveloperCommunications),
            new TaxonomyEntry("essential.service.notifications.email", "Email notifications", "EmailNotifications"),
            new TaxonomyEntry("essential.service.notifications.sms", "SMS notifications", "SmsNotifications"),
            new TaxonomyEntry("essential.service.operations", "Operations", "ServiceOperations"),
            new TaxonomyEntry("essential.service.operations.improve", "Support improvement", "SupportImprovement"),
            new TaxonomyEntry("essential.service.operations.support", "Customer support", "CustomerSupport"),
            new TaxonomyEntry("essential.service.payment_processing", "Payment processing", "PaymentProcessing"),
            new TaxonomyEntry("essential.service.security", "Security", "Security", GooglePlay: GooglePlayPurposes.FraudPreventionSecurityAndCompliance),
            new TaxonomyEntry("essential.service.upgrades", "Service upgrades", "ServiceUpgrades"),
            new TaxonomyEntry("finance", "Finance", "Finance", Apple: ApplePurposes.Other),
            new TaxonomyEntry("functional", "Functional", "Functional", Apple: ApplePurposes.AppFunctionality, GooglePlay: GooglePlayPurposes.AppFunctionality),
            new TaxonomyEntry("functional.service", "Service functions", "FunctionalService"),
            new TaxonomyEntry("functional.service.improve", "Improve the service", "ImproveService", Suggested: true, Apple: ApplePurposes.Analytics, GooglePlay: GooglePlayPurposes.Analytics),
            new TaxonomyEntry("functional.storage", "Local storage", "LocalStorage"),
            new TaxonomyEntry("functional.storage.privacy_preferences", "Privacy preference storage", "PrivacyPreferences"),
            new TaxonomyEntry("marketing", "Marketing", "Marketing", Apple: ApplePurposes.DeveloperAdvertising, GooglePlay: GooglePlayPurposes.AdvertisingOrMarketing),
            new TaxonomyEntry("marketing.advertising", "Advertising", "Advertising", Suggested: true),
            new TaxonomyEntry("marketing.advertising.first_party", "First-party advertising", "FirstPartyAdvertising"),
            new TaxonomyEntry("marketing.advertising.first_party.contextual", "Contextual advertising", "ContextualAdvertising"),
            new TaxonomyEntry("marketing.advertising.first_party.targeted", "Targeted first-party advertising", "TargetedAdvertising"),
            new TaxonomyEntry("marketing.advertising.frequency_capping", "Frequency capping", "FrequencyCapping"),
            new TaxonomyEntry("marketing.advertising.negative_targeting", "Negative targeting", "NegativeTargeting"),
            new TaxonomyEntry("marketing.advertising.profiling", "Profiling for advertising", "AdvertisingProfiling"),
            new TaxonomyEntry("marketing.advertising.serving", "Serving ads", "AdServing"),
            new TaxonomyEntry("marketing.advertising.third_party", "Third-party advertising", "ThirdPartyAdvertising", Apple: ApplePurposes.ThirdPartyAdvertising, Tracking: true),
            new TaxonomyEntry("marketing.advertising.third_party.targeted", "Targeted third-party advertising", "ThirdPartyTargetedAdvertising"),
            new TaxonomyEntry("marketing.communications", "Marketing communications", "MarketingCommunications", Suggested: true),
            new TaxonomyEntry("marketing.communications.email", "Marketing email", "MarketingEmail"),
            new TaxonomyEntry("marketing.communications.sms", "Marketing SMS", "MarketingSms"),
            new TaxonomyEntry("operations", "Business operations", "Operations", Apple: ApplePurposes.Other),
            new TaxonomyEntry("personalize", "Personalization", "Personalize", Suggested: true, Apple: ApplePurposes.ProductPersonalization, GooglePlay: GooglePlayPurposes.Personalization),
            new TaxonomyEntry("personalize.content", "Content personalization", "PersonalizeContent"),
            new TaxonomyEntry("personalize.content.limited", "Limited content personalization", "LimitedPersonalization"),
            new TaxonomyEntry("personalize.content.profiled", "Profiled content personalization", "ProfiledPersonalization"),
            new TaxonomyEntry("personalize.content.profiling", "Profiling for personalization", "PersonalizationProfiling"),
            new TaxonomyEntry("personalize.system", "System personalization", "PersonalizeSystem"),
            new TaxonomyEntry("sales", "Sales", "Sales", Apple: ApplePurposes.Other),
            new TaxonomyEntry("third_party_sharing", "Sharing with third parties", "ThirdPartySharing", Suggested: true, Apple: ApplePurposes.Other, Tracking: true),
            new TaxonomyEntry("third_party_sharing.legal_obligation", "Sharing for a legal obligation", "LegalSharing", GooglePlay: GooglePlayPurposes.FraudPreventionSecurityAndCompliance, Tracking: false),
            new TaxonomyEntry("train_ai_system", "Training an AI system", "TrainAiSystem", Apple: ApplePurposes.Other));

        public static ImmutableDictionary<string, TaxonomyEntry> ById { get; } = TaxonomyIndex.ById(All);
    }
}
