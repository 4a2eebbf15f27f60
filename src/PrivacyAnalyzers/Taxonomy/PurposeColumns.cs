using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// Our columns of every fideslang data use (a purpose): the constant's name, our display name, the
    /// Apple privacy manifest purpose (https://developer.apple.com/documentation/bundleresources/describing-data-use-in-privacy-manifests)
    /// and Google Play Data safety purpose (https://support.google.com/googleplay/android-developer/answer/10787469),
    /// whether Apple counts it as tracking, and whether code fixes suggest it. A row without an equivalent
    /// of its own uses its nearest ancestor's; a root without a Google Play one has none (Play has no
    /// "other" purpose).
    /// </summary>
    internal static class PurposeColumns
    {
        public static ImmutableDictionary<string, TaxonomyColumns> ById { get; } = TaxonomyColumns.Index(
            new TaxonomyColumns("analytics", "Analytics", "Analytics", Apple: ApplePurposes.Analytics, GooglePlay: GooglePlayPurposes.Analytics),
            new TaxonomyColumns("analytics.reporting", "AnalyticsReporting", "Analytics for reporting", Suggested: true),
            new TaxonomyColumns("analytics.reporting.ad_performance", "AdPerformance", "Advertising performance analytics", GooglePlay: GooglePlayPurposes.AdvertisingOrMarketing),
            new TaxonomyColumns("analytics.reporting.campaign_insights", "CampaignInsights", "Campaign insights", GooglePlay: GooglePlayPurposes.AdvertisingOrMarketing),
            new TaxonomyColumns("analytics.reporting.content_performance", "ContentPerformance", "Content performance analytics"),
            new TaxonomyColumns("analytics.reporting.system", "SystemAnalytics", "System activity analytics"),
            new TaxonomyColumns("analytics.reporting.system.performance", "SystemPerformance", "System performance analytics"),
            new TaxonomyColumns("collect", "Collect", "Collect for a purpose not yet defined", Apple: ApplePurposes.Other),
            new TaxonomyColumns("employment", "Employment", "Employment", Apple: ApplePurposes.Other),
            new TaxonomyColumns("employment.recruitment", "Recruitment", "Recruitment"),
            new TaxonomyColumns("essential", "Essential", "Essential", Apple: ApplePurposes.AppFunctionality, GooglePlay: GooglePlayPurposes.AppFunctionality),
            new TaxonomyColumns("essential.fraud_detection", "FraudDetection", "Fraud detection", Suggested: true, GooglePlay: GooglePlayPurposes.FraudPreventionSecurityAndCompliance),
            new TaxonomyColumns("essential.legal_obligation", "LegalObligation", "Legal obligation", Suggested: true, GooglePlay: GooglePlayPurposes.FraudPreventionSecurityAndCompliance),
            new TaxonomyColumns("essential.service", "EssentialService", "Essential for the service", Suggested: true),
            new TaxonomyColumns("essential.service.authentication", "Authentication", "Authentication", GooglePlay: GooglePlayPurposes.AccountManagement),
            new TaxonomyColumns("essential.service.notifications", "Notifications", "Service notifications", GooglePlay: GooglePlayPurposes.DeveloperCommunications),
            new TaxonomyColumns("essential.service.notifications.email", "EmailNotifications", "Email notifications"),
            new TaxonomyColumns("essential.service.notifications.sms", "SmsNotifications", "SMS notifications"),
            new TaxonomyColumns("essential.service.operations", "ServiceOperations", "Operations"),
            new TaxonomyColumns("essential.service.operations.improve", "SupportImprovement", "Support improvement"),
            new TaxonomyColumns("essential.service.operations.support", "CustomerSupport", "Customer support"),
            new TaxonomyColumns("essential.service.payment_processing", "PaymentProcessing", "Payment processing"),
            new TaxonomyColumns("essential.service.security", "Security", "Security", GooglePlay: GooglePlayPurposes.FraudPreventionSecurityAndCompliance),
            new TaxonomyColumns("essential.service.upgrades", "ServiceUpgrades", "Service upgrades"),
            new TaxonomyColumns("finance", "Finance", "Finance", Apple: ApplePurposes.Other),
            new TaxonomyColumns("functional", "Functional", "Functional", Apple: ApplePurposes.AppFunctionality, GooglePlay: GooglePlayPurposes.AppFunctionality),
            new TaxonomyColumns("functional.service", "FunctionalService", "Service functions"),
            new TaxonomyColumns("functional.service.improve", "ImproveService", "Improve the service", Suggested: true, Apple: ApplePurposes.Analytics, GooglePlay: GooglePlayPurposes.Analytics),
            new TaxonomyColumns("functional.storage", "LocalStorage", "Local storage"),
            new TaxonomyColumns("marketing", "Marketing", "Marketing", Apple: ApplePurposes.DeveloperAdvertising, GooglePlay: GooglePlayPurposes.AdvertisingOrMarketing),
            new TaxonomyColumns("marketing.advertising", "Advertising", "Advertising", Suggested: true),
            new TaxonomyColumns("marketing.advertising.first_party", "FirstPartyAdvertising", "First-party advertising"),
            new TaxonomyColumns("marketing.advertising.first_party.contextual", "ContextualAdvertising", "Contextual advertising"),
            new TaxonomyColumns("marketing.advertising.first_party.targeted", "TargetedAdvertising", "Targeted first-party advertising"),
            new TaxonomyColumns("marketing.advertising.frequency_capping", "FrequencyCapping", "Frequency capping"),
            new TaxonomyColumns("marketing.advertising.negative_targeting", "NegativeTargeting", "Negative targeting"),
            new TaxonomyColumns("marketing.advertising.profiling", "AdvertisingProfiling", "Profiling for advertising"),
            new TaxonomyColumns("marketing.advertising.serving", "AdServing", "Serving ads"),
            new TaxonomyColumns("marketing.advertising.third_party", "ThirdPartyAdvertising", "Third-party advertising", Apple: ApplePurposes.ThirdPartyAdvertising, Tracking: true),
            new TaxonomyColumns("marketing.advertising.third_party.targeted", "ThirdPartyTargetedAdvertising", "Targeted third-party advertising"),
            new TaxonomyColumns("marketing.communications", "MarketingCommunications", "Marketing communications", Suggested: true),
            new TaxonomyColumns("marketing.communications.email", "MarketingEmail", "Marketing email"),
            new TaxonomyColumns("marketing.communications.sms", "MarketingSms", "Marketing SMS"),
            new TaxonomyColumns("operations", "Operations", "Business operations", Apple: ApplePurposes.Other),
            new TaxonomyColumns("personalize", "Personalize", "Personalization", Suggested: true, Apple: ApplePurposes.ProductPersonalization, GooglePlay: GooglePlayPurposes.Personalization),
            new TaxonomyColumns("personalize.content", "PersonalizeContent", "Content personalization"),
            new TaxonomyColumns("personalize.content.limited", "LimitedPersonalization", "Limited content personalization"),
            new TaxonomyColumns("personalize.content.profiled", "ProfiledPersonalization", "Profiled content personalization"),
            new TaxonomyColumns("personalize.content.profiling", "PersonalizationProfiling", "Profiling for personalization"),
            new TaxonomyColumns("personalize.system", "PersonalizeSystem", "System personalization"),
            new TaxonomyColumns("sales", "Sales", "Sales", Apple: ApplePurposes.Other),
            new TaxonomyColumns("third_party_sharing", "ThirdPartySharing", "Sharing with third parties", Suggested: true, Apple: ApplePurposes.Other, Tracking: true),
            new TaxonomyColumns("third_party_sharing.legal_obligation", "LegalSharing", "Sharing for a legal obligation", GooglePlay: GooglePlayPurposes.FraudPreventionSecurityAndCompliance, Tracking: false),
            new TaxonomyColumns("train_ai_system", "TrainAiSystem", "Training an AI system", Apple: ApplePurposes.Other));
    }
}
