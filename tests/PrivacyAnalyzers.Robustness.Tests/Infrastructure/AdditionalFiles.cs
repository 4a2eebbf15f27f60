using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>The additional files the suite analyzes with.</summary>
internal static class AdditionalInputs
{
    public const string PolicyPath = "/repo/PrivacyPolicy.txt";
    public const string SourcesPath = "/repo/PersonalDataSources.txt";

    /// <summary>
    /// A realistic policy: some categories allowed, some purposes not, one team id, one typo and one
    /// bad line, so every policy rule (PRIV002, PRIV003, PRIV005) has something to say.
    /// </summary>
    public const string Policy = """
        # What we collect, and why.
        user.contact.*: essential.service, marketing.communications
        user.name.*: essential.service
        user.device.ip_address: essential.service.security, essential.fraud_detection
        user.device.cookie_id: essential.service, analytics.reporting
        user.device.device_id: essential.service.security, analytics.reporting
        user.location.imprecise: essential.service.operations
        user.content.self_image: essential.service
        user.contact.fax_number: essential.service.billing_support
        user.behavior.browsing_hisotry: functional.service.improve
        this line does not parse
        """;

    /// <summary>Extra sources: members of the seed programs, one bad line.</summary>
    public const string Sources = """
        # Our own clients
        M:Seeds.Crm.CrmClient.GetEmail;user.contact.email
        P:Seeds.Crm.Customer.Phone;user.contact.phone_number
        M:Seeds.Crm.CrmClient.Lookup(System.String);user.contact
        not a member id
        """;

    public static AdditionalText PolicyFile(string content = Policy) => InMemoryAdditionalText.FromString(PolicyPath, content);

    public static AdditionalText SourcesFile(string content = Sources) => InMemoryAdditionalText.FromString(SourcesPath, content);
}
