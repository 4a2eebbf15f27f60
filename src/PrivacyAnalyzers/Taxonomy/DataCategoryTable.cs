using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// The data categories PrivacyAnalyzers knows, one row each, keyed by the Fides taxonomy
    /// (fideslang 3.x <c>data_categories</c>, the <c>user.*</c> branch), with their Apple privacy
    /// manifest and Google Play Data safety equivalents and whether they identify the person. A row
    /// without an equivalent of its own uses its nearest ancestor's. Every output reads from here;
    /// <c>DataCategories</c> in the annotations assembly and docs/taxonomy.md are kept in step by tests.
    /// </summary>
    internal static class DataCategoryTable
    {
        public static ImmutableArray<TaxonomyEntry> All { get; } = ImmutableArray.Create(
            new TaxonomyEntry("user", "User data", "User", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo, IdentifiesUser: false),
            new TaxonomyEntry("user.account", "Account information", "Account", Apple: AppleDataTypes.UserId, GooglePlay: GooglePlayDataTypes.UserIds, IdentifiesUser: true),
            new TaxonomyEntry("user.account.username", "Account username", "AccountUsername"),
            new TaxonomyEntry("user.authorization", "Authorization information", "Authorization", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyEntry("user.authorization.credentials", "Credentials", "Credentials"),
            new TaxonomyEntry("user.behavior", "Observed behavior", "Behavior", Apple: AppleDataTypes.ProductInteraction, GooglePlay: GooglePlayDataTypes.AppInteractions),
            new TaxonomyEntry("user.behavior.browsing_history", "Browsing history", "BrowsingHistory", Apple: AppleDataTypes.BrowsingHistory, GooglePlay: GooglePlayDataTypes.WebBrowsingHistory),
            new TaxonomyEntry("user.behavior.media_consumption", "Media consumption", "MediaConsumption"),
            new TaxonomyEntry("user.behavior.purchase_history", "Purchase history", "PurchaseHistory", Apple: AppleDataTypes.PurchaseHistory, GooglePlay: GooglePlayDataTypes.PurchaseHistory),
            new TaxonomyEntry("user.behavior.search_history", "Search history", "SearchHistory", Apple: AppleDataTypes.SearchHistory, GooglePlay: GooglePlayDataTypes.InAppSearchHistory),
            new TaxonomyEntry("user.biometrics", "Biometrics", "Biometrics", Apple: AppleDataTypes.SensitiveInfo, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyEntry("user.biometrics.fingerprint", "Fingerprint data", "Fingerprint"),
            new TaxonomyEntry("user.biometrics.voice", "Voice data", "Voice", Apple: AppleDataTypes.AudioData, GooglePlay: GooglePlayDataTypes.VoiceOrSoundRecordings),
            new TaxonomyEntry("user.contact", "Contact data", "Contact", Apple: AppleDataTypes.Contacts, GooglePlay: GooglePlayDataTypes.Contacts),
            new TaxonomyEntry("user.contact.address", "Postal address", "Address", Apple: AppleDataTypes.PhysicalAddress, GooglePlay: GooglePlayDataTypes.Address, IdentifiesUser: true),
            new TaxonomyEntry("user.contact.address.city", "City", "City"),
            new TaxonomyEntry("user.contact.address.country", "Country", "Country"),
            new TaxonomyEntry("user.contact.address.postal_code", "Postal code", "PostalCode"),
            new TaxonomyEntry("user.contact.address.state", "State", "State"),
            new TaxonomyEntry("user.contact.address.street", "Street address", "Street"),
            new TaxonomyEntry("user.contact.email", "Email address", "Email", Apple: AppleDataTypes.EmailAddress, GooglePlay: GooglePlayDataTypes.Email, IdentifiesUser: true),
            new TaxonomyEntry("user.contact.phone_number", "Phone number", "PhoneNumber", Apple: AppleDataTypes.PhoneNumber, GooglePlay: GooglePlayDataTypes.Phone, IdentifiesUser: true),
            new TaxonomyEntry("user.content", "User content", "Content", Apple: AppleDataTypes.OtherUserContent, GooglePlay: GooglePlayDataTypes.OtherUserGeneratedContent),
            new TaxonomyEntry("user.content.private", "Private content", "PrivateContent"),
            new TaxonomyEntry("user.content.public", "Public content", "PublicContent"),
            new TaxonomyEntry("user.content.self_image", "Photos and video of the user", "SelfImage", Apple: AppleDataTypes.PhotosOrVideos, GooglePlay: GooglePlayDataTypes.Photos),
            new TaxonomyEntry("user.demographic", "Demographic data", "Demographic", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyEntry("user.demographic.date_of_birth", "Date of birth", "DateOfBirth"),
            new TaxonomyEntry("user.demographic.gender", "Gender", "Gender", GooglePlay: GooglePlayDataTypes.SexualOrientationOrGenderIdentity),
            new TaxonomyEntry("user.demographic.language", "Language", "Language"),
            new TaxonomyEntry("user.device", "Device data", "Device", Apple: AppleDataTypes.DeviceId, GooglePlay: GooglePlayDataTypes.DeviceOrOtherIds),
            new TaxonomyEntry("user.device.cookie", "Cookie data", "Cookie", IdentifiesUser: true),
            new TaxonomyEntry("user.device.cookie_id", "Cookie ID", "CookieId", IdentifiesUser: true),
            new TaxonomyEntry("user.device.device_id", "Device ID", "DeviceId", IdentifiesUser: true),
            new TaxonomyEntry("user.device.ip_address", "IP address", "IpAddress", IdentifiesUser: true),
            new TaxonomyEntry("user.device.sensor", "Device sensor data", "Sensor", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherAppActivity),
            new TaxonomyEntry("user.device.telemetry", "Device telemetry", "Telemetry", Apple: AppleDataTypes.OtherDiagnosticData, GooglePlay: GooglePlayDataTypes.Diagnostics),
            new TaxonomyEntry("user.financial", "Financial data", "Financial", Apple: AppleDataTypes.OtherFinancialInfo, GooglePlay: GooglePlayDataTypes.OtherFinancialInfo),
            new TaxonomyEntry("user.financial.bank_account", "Bank account", "BankAccount", Apple: AppleDataTypes.PaymentInfo, GooglePlay: GooglePlayDataTypes.PaymentInfo),
            new TaxonomyEntry("user.financial.credit_card", "Credit card", "CreditCard", Apple: AppleDataTypes.PaymentInfo, GooglePlay: GooglePlayDataTypes.PaymentInfo),
            new TaxonomyEntry("user.government_id", "Government ID", "GovernmentId", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo, IdentifiesUser: true),
            new TaxonomyEntry("user.health", "Health data", "Health", Apple: AppleDataTypes.Health, GooglePlay: GooglePlayDataTypes.HealthInfo),
            new TaxonomyEntry("user.location", "Location", "Location", Apple: AppleDataTypes.PreciseLocation, GooglePlay: GooglePlayDataTypes.PreciseLocation),
            new TaxonomyEntry("user.location.coarse", "Coarse location", "CoarseLocation", Apple: AppleDataTypes.CoarseLocation, GooglePlay: GooglePlayDataTypes.ApproximateLocation),
            new TaxonomyEntry("user.location.precise", "Precise location", "PreciseLocation", Apple: AppleDataTypes.PreciseLocation, GooglePlay: GooglePlayDataTypes.PreciseLocation),
            new TaxonomyEntry("user.name", "Name", "Name", Apple: AppleDataTypes.Name, GooglePlay: GooglePlayDataTypes.Name, IdentifiesUser: true),
            new TaxonomyEntry("user.name.first", "First name", "FirstName"),
            new TaxonomyEntry("user.name.last", "Last name", "LastName"),
            new TaxonomyEntry("user.professional_information", "Professional information", "ProfessionalInformation", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyEntry("user.professional_information.job_title", "Job title", "JobTitle"),
            new TaxonomyEntry("user.professional_information.workplace", "Workplace", "Workplace"),
            new TaxonomyEntry("user.social_activity", "Social activity", "SocialActivity", Apple: AppleDataTypes.ProductInteraction, GooglePlay: GooglePlayDataTypes.AppInteractions),
            new TaxonomyEntry("user.unique_id", "Unique user ID", "UniqueId", Apple: AppleDataTypes.UserId, GooglePlay: GooglePlayDataTypes.UserIds, IdentifiesUser: true));

        public static ImmutableDictionary<string, TaxonomyEntry> ById { get; } = TaxonomyIndex.ById(All);
    }
}
