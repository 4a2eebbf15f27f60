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
            new TaxonomyEntry("user", "User data", "User", apple: AppleDataTypes.OtherDataTypes, googlePlay: GooglePlayDataTypes.OtherPersonalInfo, identifiesUser: false),
            new TaxonomyEntry("user.account", "Account information", "Account", apple: AppleDataTypes.UserId, googlePlay: GooglePlayDataTypes.UserIds, identifiesUser: true),
            new TaxonomyEntry("user.account.username", "Account username", "AccountUsername"),
            new TaxonomyEntry("user.authorization", "Authorization information", "Authorization", apple: AppleDataTypes.OtherDataTypes, googlePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyEntry("user.authorization.credentials", "Credentials", "Credentials"),
            new TaxonomyEntry("user.behavior", "Observed behavior", "Behavior", apple: AppleDataTypes.ProductInteraction, googlePlay: GooglePlayDataTypes.AppInteractions),
            new TaxonomyEntry("user.behavior.browsing_history", "Browsing history", "BrowsingHistory", apple: AppleDataTypes.BrowsingHistory, googlePlay: GooglePlayDataTypes.WebBrowsingHistory),
            new TaxonomyEntry("user.behavior.media_consumption", "Media consumption", "MediaConsumption"),
            new TaxonomyEntry("user.behavior.purchase_history", "Purchase history", "PurchaseHistory", apple: AppleDataTypes.PurchaseHistory, googlePlay: GooglePlayDataTypes.PurchaseHistory),
            new TaxonomyEntry("user.behavior.search_history", "Search history", "SearchHistory", apple: AppleDataTypes.SearchHistory, googlePlay: GooglePlayDataTypes.InAppSearchHistory),
            new TaxonomyEntry("user.biometrics", "Biometrics", "Biometrics", apple: AppleDataTypes.SensitiveInfo, googlePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyEntry("user.biometrics.fingerprint", "Fingerprint data", "Fingerprint"),
            new TaxonomyEntry("user.biometrics.voice", "Voice data", "Voice", apple: AppleDataTypes.AudioData, googlePlay: GooglePlayDataTypes.VoiceOrSoundRecordings),
            new TaxonomyEntry("user.contact", "Contact data", "Contact", apple: AppleDataTypes.Contacts, googlePlay: GooglePlayDataTypes.Contacts),
            new TaxonomyEntry("user.contact.address", "Postal address", "Address", apple: AppleDataTypes.PhysicalAddress, googlePlay: GooglePlayDataTypes.Address, identifiesUser: true),
            new TaxonomyEntry("user.contact.address.city", "City", "City"),
            new TaxonomyEntry("user.contact.address.country", "Country", "Country"),
            new TaxonomyEntry("user.contact.address.postal_code", "Postal code", "PostalCode"),
            new TaxonomyEntry("user.contact.address.state", "State", "State"),
            new TaxonomyEntry("user.contact.address.street", "Street address", "Street"),
            new TaxonomyEntry("user.contact.email", "Email address", "Email", apple: AppleDataTypes.EmailAddress, googlePlay: GooglePlayDataTypes.Email, identifiesUser: true),
            new TaxonomyEntry("user.contact.phone_number", "Phone number", "PhoneNumber", apple: AppleDataTypes.PhoneNumber, googlePlay: GooglePlayDataTypes.Phone, identifiesUser: true),
            new TaxonomyEntry("user.content", "User content", "Content", apple: AppleDataTypes.OtherUserContent, googlePlay: GooglePlayDataTypes.OtherUserGeneratedContent),
            new TaxonomyEntry("user.content.private", "Private content", "PrivateContent"),
            new TaxonomyEntry("user.content.public", "Public content", "PublicContent"),
            new TaxonomyEntry("user.content.self_image", "Photos and video of the user", "SelfImage", apple: AppleDataTypes.PhotosOrVideos, googlePlay: GooglePlayDataTypes.Photos),
            new TaxonomyEntry("user.demographic", "Demographic data", "Demographic", apple: AppleDataTypes.OtherDataTypes, googlePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyEntry("user.demographic.date_of_birth", "Date of birth", "DateOfBirth"),
            new TaxonomyEntry("user.demographic.gender", "Gender", "Gender", googlePlay: GooglePlayDataTypes.SexualOrientationOrGenderIdentity),
            new TaxonomyEntry("user.demographic.language", "Language", "Language"),
            new TaxonomyEntry("user.device", "Device data", "Device", apple: AppleDataTypes.DeviceId, googlePlay: GooglePlayDataTypes.DeviceOrOtherIds),
            new TaxonomyEntry("user.device.cookie", "Cookie data", "Cookie", identifiesUser: true),
            new TaxonomyEntry("user.device.cookie_id", "Cookie ID", "CookieId", identifiesUser: true),
            new TaxonomyEntry("user.device.device_id", "Device ID", "DeviceId", identifiesUser: true),
            new TaxonomyEntry("user.device.ip_address", "IP address", "IpAddress", identifiesUser: true),
            new TaxonomyEntry("user.device.sensor", "Device sensor data", "Sensor", apple: AppleDataTypes.OtherDataTypes, googlePlay: GooglePlayDataTypes.OtherAppActivity),
            new TaxonomyEntry("user.device.telemetry", "Device telemetry", "Telemetry", apple: AppleDataTypes.OtherDiagnosticData, googlePlay: GooglePlayDataTypes.Diagnostics),
            new TaxonomyEntry("user.financial", "Financial data", "Financial", apple: AppleDataTypes.OtherFinancialInfo, googlePlay: GooglePlayDataTypes.OtherFinancialInfo),
            new TaxonomyEntry("user.financial.bank_account", "Bank account", "BankAccount", apple: AppleDataTypes.PaymentInfo, googlePlay: GooglePlayDataTypes.PaymentInfo),
            new TaxonomyEntry("user.financial.credit_card", "Credit card", "CreditCard", apple: AppleDataTypes.PaymentInfo, googlePlay: GooglePlayDataTypes.PaymentInfo),
            new TaxonomyEntry("user.government_id", "Government ID", "GovernmentId", apple: AppleDataTypes.OtherDataTypes, googlePlay: GooglePlayDataTypes.OtherPersonalInfo, identifiesUser: true),
            new TaxonomyEntry("user.health", "Health data", "Health", apple: AppleDataTypes.Health, googlePlay: GooglePlayDataTypes.HealthInfo),
            new TaxonomyEntry("user.location", "Location", "Location", apple: AppleDataTypes.PreciseLocation, googlePlay: GooglePlayDataTypes.PreciseLocation),
            new TaxonomyEntry("user.location.coarse", "Coarse location", "CoarseLocation", apple: AppleDataTypes.CoarseLocation, googlePlay: GooglePlayDataTypes.ApproximateLocation),
            new TaxonomyEntry("user.location.precise", "Precise location", "PreciseLocation", apple: AppleDataTypes.PreciseLocation, googlePlay: GooglePlayDataTypes.PreciseLocation),
            new TaxonomyEntry("user.name", "Name", "Name", apple: AppleDataTypes.Name, googlePlay: GooglePlayDataTypes.Name, identifiesUser: true),
            new TaxonomyEntry("user.name.first", "First name", "FirstName"),
            new TaxonomyEntry("user.name.last", "Last name", "LastName"),
            new TaxonomyEntry("user.professional_information", "Professional information", "ProfessionalInformation", apple: AppleDataTypes.OtherDataTypes, googlePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyEntry("user.professional_information.job_title", "Job title", "JobTitle"),
            new TaxonomyEntry("user.professional_information.workplace", "Workplace", "Workplace"),
            new TaxonomyEntry("user.social_activity", "Social activity", "SocialActivity", apple: AppleDataTypes.ProductInteraction, googlePlay: GooglePlayDataTypes.AppInteractions),
            new TaxonomyEntry("user.unique_id", "Unique user ID", "UniqueId", apple: AppleDataTypes.UserId, googlePlay: GooglePlayDataTypes.UserIds, identifiesUser: true));

        public static ImmutableDictionary<string, TaxonomyEntry> ById { get; } = TaxonomyIndex.ById(All);
    }
}
