using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// The data categories PrivacyAnalyzers knows, one row each, keyed by the Fides taxonomy
    /// (fideslang 3.x <c>data_categories</c>, the <c>user.*</c> branch). Every output reads from here;
    /// <c>DataCategories</c> in the annotations assembly and docs/taxonomy.md are kept in step by tests.
    /// </summary>
    internal static class DataCategoryTable
    {
        public static ImmutableArray<TaxonomyEntry> All { get; } = ImmutableArray.Create(
            new TaxonomyEntry("user", "User data", "User"),
            new TaxonomyEntry("user.account", "Account information", "Account"),
            new TaxonomyEntry("user.account.username", "Account username", "AccountUsername"),
            new TaxonomyEntry("user.authorization", "Authorization information", "Authorization"),
            new TaxonomyEntry("user.authorization.credentials", "Credentials", "Credentials"),
            new TaxonomyEntry("user.behavior", "Observed behavior", "Behavior"),
            new TaxonomyEntry("user.behavior.browsing_history", "Browsing history", "BrowsingHistory"),
            new TaxonomyEntry("user.behavior.media_consumption", "Media consumption", "MediaConsumption"),
            new TaxonomyEntry("user.behavior.purchase_history", "Purchase history", "PurchaseHistory"),
            new TaxonomyEntry("user.behavior.search_history", "Search history", "SearchHistory"),
            new TaxonomyEntry("user.biometrics", "Biometrics", "Biometrics"),
            new TaxonomyEntry("user.biometrics.fingerprint", "Fingerprint data", "Fingerprint"),
            new TaxonomyEntry("user.biometrics.voice", "Voice data", "Voice"),
            new TaxonomyEntry("user.contact", "Contact data", "Contact"),
            new TaxonomyEntry("user.contact.address", "Postal address", "Address"),
            new TaxonomyEntry("user.contact.address.city", "City", "City"),
            new TaxonomyEntry("user.contact.address.country", "Country", "Country"),
            new TaxonomyEntry("user.contact.address.postal_code", "Postal code", "PostalCode"),
            new TaxonomyEntry("user.contact.address.state", "State", "State"),
            new TaxonomyEntry("user.contact.address.street", "Street address", "Street"),
            new TaxonomyEntry("user.contact.email", "Email address", "Email"),
            new TaxonomyEntry("user.contact.phone_number", "Phone number", "PhoneNumber"),
            new TaxonomyEntry("user.content", "User content", "Content"),
            new TaxonomyEntry("user.content.private", "Private content", "PrivateContent"),
            new TaxonomyEntry("user.content.public", "Public content", "PublicContent"),
            new TaxonomyEntry("user.content.self_image", "Photos and video of the user", "SelfImage"),
            new TaxonomyEntry("user.demographic", "Demographic data", "Demographic"),
            new TaxonomyEntry("user.demographic.date_of_birth", "Date of birth", "DateOfBirth"),
            new TaxonomyEntry("user.demographic.gender", "Gender", "Gender"),
            new TaxonomyEntry("user.demographic.language", "Language", "Language"),
            new TaxonomyEntry("user.device", "Device data", "Device"),
            new TaxonomyEntry("user.device.cookie", "Cookie data", "Cookie"),
            new TaxonomyEntry("user.device.cookie_id", "Cookie ID", "CookieId"),
            new TaxonomyEntry("user.device.device_id", "Device ID", "DeviceId"),
            new TaxonomyEntry("user.device.ip_address", "IP address", "IpAddress"),
            new TaxonomyEntry("user.device.sensor", "Device sensor data", "Sensor"),
            new TaxonomyEntry("user.device.telemetry", "Device telemetry", "Telemetry"),
            new TaxonomyEntry("user.financial", "Financial data", "Financial"),
            new TaxonomyEntry("user.financial.bank_account", "Bank account", "BankAccount"),
            new TaxonomyEntry("user.financial.credit_card", "Credit card", "CreditCard"),
            new TaxonomyEntry("user.government_id", "Government ID", "GovernmentId"),
            new TaxonomyEntry("user.health", "Health data", "Health"),
            new TaxonomyEntry("user.location", "Location", "Location"),
            new TaxonomyEntry("user.location.coarse", "Coarse location", "CoarseLocation"),
            new TaxonomyEntry("user.location.precise", "Precise location", "PreciseLocation"),
            new TaxonomyEntry("user.name", "Name", "Name"),
            new TaxonomyEntry("user.name.first", "First name", "FirstName"),
            new TaxonomyEntry("user.name.last", "Last name", "LastName"),
            new TaxonomyEntry("user.professional_information", "Professional information", "ProfessionalInformation"),
            new TaxonomyEntry("user.professional_information.job_title", "Job title", "JobTitle"),
            new TaxonomyEntry("user.professional_information.workplace", "Workplace", "Workplace"),
            new TaxonomyEntry("user.social_activity", "Social activity", "SocialActivity"),
            new TaxonomyEntry("user.unique_id", "Unique user ID", "UniqueId"));

        public static ImmutableDictionary<string, TaxonomyEntry> ById { get; } = TaxonomyIndex.ById(All);
    }
}
