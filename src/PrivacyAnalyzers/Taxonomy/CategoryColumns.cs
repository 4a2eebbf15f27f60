using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// Our columns of every fideslang data category: the constant's name, a display name where we word it
    /// differently, the Apple privacy manifest and Google Play Data safety equivalents, and whether it
    /// identifies the person. A row without an equivalent of its own uses its nearest ancestor's.
    /// Apple: "Describing data use in privacy manifests"
    /// (https://developer.apple.com/documentation/bundleresources/describing-data-use-in-privacy-manifests);
    /// its "sensitive info" is "racial or ethnic data, sexual orientation, pregnancy or childbirth information,
    /// disability, religious or philosophical beliefs, trade union membership, political opinion, genetic
    /// information, or biometric data". Google Play: "Provide information for Google Play's Data safety
    /// section" (https://support.google.com/googleplay/android-developer/answer/10787469), its data types as
    /// the Play Console's Data safety CSV names them (docs/manifest.md).
    /// </summary>
    internal static class CategoryColumns
    {
        public static ImmutableDictionary<string, TaxonomyColumns> ById { get; } = TaxonomyColumns.Index(
            // System data is the system's, not a person's: Apple has no type for it, Play files it under app performance.
            new TaxonomyColumns("system", "System", "System data", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPerformance, IdentifiesUser: false),
            new TaxonomyColumns("system.authentication", "SystemAuthentication", "System authentication data"),
            new TaxonomyColumns("system.operations", "SystemOperations", "System operations data"),
            new TaxonomyColumns("user", "User", "User data", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo, IdentifiesUser: false),
            new TaxonomyColumns("user.account", "Account", "Account information", Apple: AppleDataTypes.UserId, GooglePlay: GooglePlayDataTypes.UserIds, IdentifiesUser: true),
            new TaxonomyColumns("user.account.settings", "AccountSettings", "Account settings", Apple: AppleDataTypes.OtherUsageData, GooglePlay: GooglePlayDataTypes.OtherAppActivity),
            new TaxonomyColumns("user.account.username", "AccountUsername", "Account username"),
            new TaxonomyColumns("user.authorization", "Authorization", "Authorization information", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyColumns("user.authorization.biometric", "BiometricCredentials", "Biometric credentials", Apple: AppleDataTypes.SensitiveInfo),
            new TaxonomyColumns("user.authorization.credentials", "Credentials", "Credentials"),
            new TaxonomyColumns("user.authorization.password", "Password", "Password"),
            new TaxonomyColumns("user.behavior", "Behavior", "Observed behavior", Apple: AppleDataTypes.ProductInteraction, GooglePlay: GooglePlayDataTypes.AppInteractions),
            new TaxonomyColumns("user.behavior.browsing_history", "BrowsingHistory", "Browsing history", Apple: AppleDataTypes.BrowsingHistory, GooglePlay: GooglePlayDataTypes.WebBrowsingHistory),
            new TaxonomyColumns("user.behavior.media_consumption", "MediaConsumption", "Media consumption"),
            new TaxonomyColumns("user.behavior.purchase_history", "PurchaseHistory", "Purchase history", Apple: AppleDataTypes.PurchaseHistory, GooglePlay: GooglePlayDataTypes.PurchaseHistory),
            new TaxonomyColumns("user.behavior.search_history", "SearchHistory", "Search history", Apple: AppleDataTypes.SearchHistory, GooglePlay: GooglePlayDataTypes.InAppSearchHistory),
            new TaxonomyColumns("user.biometric", "Biometrics", "Biometric data", Apple: AppleDataTypes.SensitiveInfo, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyColumns("user.biometric.fingerprint", "Fingerprint", "Fingerprint data"),
            new TaxonomyColumns("user.biometric.health", "BiometricHealth", "Biometric health data", Apple: AppleDataTypes.Health, GooglePlay: GooglePlayDataTypes.HealthInfo),
            new TaxonomyColumns("user.biometric.retinal", "RetinaScan", "Retina scan"),
            new TaxonomyColumns("user.biometric.voice", "Voice", "Voice data", Apple: AppleDataTypes.AudioData, GooglePlay: GooglePlayDataTypes.VoiceOrSoundRecordings),
            new TaxonomyColumns("user.childrens", "ChildrensData", "Children's data"),
            new TaxonomyColumns("user.contact", "Contact", "Contact data", Apple: AppleDataTypes.Contacts, GooglePlay: GooglePlayDataTypes.Contacts),
            new TaxonomyColumns("user.contact.address", "Address", "Postal address", Apple: AppleDataTypes.PhysicalAddress, GooglePlay: GooglePlayDataTypes.Address, IdentifiesUser: true),
            new TaxonomyColumns("user.contact.address.city", "City", "City"),
            new TaxonomyColumns("user.contact.address.country", "Country", "Country"),
            new TaxonomyColumns("user.contact.address.postal_code", "PostalCode", "Postal code"),
            new TaxonomyColumns("user.contact.address.state", "State", "State"),
            new TaxonomyColumns("user.contact.address.street", "Street", "Street address"),
            new TaxonomyColumns("user.contact.email", "Email", "Email address", Apple: AppleDataTypes.EmailAddress, GooglePlay: GooglePlayDataTypes.Email, IdentifiesUser: true),
            // Apple: "Other user contact info: any other information that can be used to contact the user outside the app".
            new TaxonomyColumns("user.contact.fax_number", "FaxNumber", "Fax number", Apple: AppleDataTypes.OtherUserContactInfo, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo, IdentifiesUser: true),
            new TaxonomyColumns("user.contact.organization", "Organization", "Organization", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyColumns("user.contact.phone_number", "PhoneNumber", "Phone number", Apple: AppleDataTypes.PhoneNumber, GooglePlay: GooglePlayDataTypes.Phone, IdentifiesUser: true),
            new TaxonomyColumns("user.contact.url", "Website", "Website", Apple: AppleDataTypes.OtherUserContactInfo, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyColumns("user.content", "Content", "User content", Apple: AppleDataTypes.OtherUserContent, GooglePlay: GooglePlayDataTypes.OtherUserGeneratedContent),
            new TaxonomyColumns("user.content.private", "PrivateContent", "Private content"),
            new TaxonomyColumns("user.content.public", "PublicContent", "Public content"),
            new TaxonomyColumns("user.content.self_image", "SelfImage", "Photos and video of the user", Apple: AppleDataTypes.PhotosOrVideos, GooglePlay: GooglePlayDataTypes.Photos),
            new TaxonomyColumns("user.criminal_history", "CriminalHistory", "Criminal history", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyColumns("user.demographic", "Demographic", "Demographic data", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyColumns("user.demographic.age_range", "AgeRange", "Age range"),
            new TaxonomyColumns("user.demographic.date_of_birth", "DateOfBirth", "Date of birth"),
            new TaxonomyColumns("user.demographic.gender", "Gender", "Gender", GooglePlay: GooglePlayDataTypes.SexualOrientationOrGenderIdentity),
            new TaxonomyColumns("user.demographic.language", "Language", "Language"),
            new TaxonomyColumns("user.demographic.marital_status", "MaritalStatus", "Marital status"),
            new TaxonomyColumns("user.demographic.political_opinion", "PoliticalOpinion", "Political opinion", Apple: AppleDataTypes.SensitiveInfo, GooglePlay: GooglePlayDataTypes.PoliticalOrReligiousBeliefs),
            new TaxonomyColumns("user.demographic.profile", "Profile", "Profile data"),
            new TaxonomyColumns("user.demographic.race_ethnicity", "RaceEthnicity", "Race and ethnicity", Apple: AppleDataTypes.SensitiveInfo, GooglePlay: GooglePlayDataTypes.RaceAndEthnicity),
            new TaxonomyColumns("user.demographic.religious_belief", "ReligiousBelief", "Religious belief", Apple: AppleDataTypes.SensitiveInfo, GooglePlay: GooglePlayDataTypes.PoliticalOrReligiousBeliefs),
            new TaxonomyColumns("user.demographic.sexual_orientation", "SexualOrientation", "Sexual orientation", Apple: AppleDataTypes.SensitiveInfo, GooglePlay: GooglePlayDataTypes.SexualOrientationOrGenderIdentity),
            new TaxonomyColumns("user.device", "Device", "Device data", Apple: AppleDataTypes.DeviceId, GooglePlay: GooglePlayDataTypes.DeviceOrOtherIds),
            new TaxonomyColumns("user.device.cookie", "Cookie", "Cookie data", IdentifiesUser: true),
            new TaxonomyColumns("user.device.cookie_id", "CookieId", "Cookie ID", IdentifiesUser: true),
            new TaxonomyColumns("user.device.device_id", "DeviceId", "Device ID", IdentifiesUser: true),
            new TaxonomyColumns("user.device.ip_address", "IpAddress", "IP address", IdentifiesUser: true),
            new TaxonomyColumns("user.financial", "Financial", "Financial data", Apple: AppleDataTypes.OtherFinancialInfo, GooglePlay: GooglePlayDataTypes.OtherFinancialInfo),
            new TaxonomyColumns("user.financial.bank_account", "BankAccount", "Bank account", Apple: AppleDataTypes.PaymentInfo, GooglePlay: GooglePlayDataTypes.PaymentInfo),
            new TaxonomyColumns("user.financial.credit_card", "CreditCard", "Credit card", Apple: AppleDataTypes.PaymentInfo, GooglePlay: GooglePlayDataTypes.PaymentInfo),
            new TaxonomyColumns("user.government_id", "GovernmentId", "Government ID", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo, IdentifiesUser: true),
            new TaxonomyColumns("user.government_id.birth_certificate", "BirthCertificate", "Birth certificate"),
            new TaxonomyColumns("user.government_id.drivers_license_number", "DriversLicenseNumber", "Driver's license number"),
            new TaxonomyColumns("user.government_id.immigration", "ImmigrationId", "Immigration ID"),
            new TaxonomyColumns("user.government_id.national_identification_number", "NationalIdNumber", "National identification number"),
            new TaxonomyColumns("user.government_id.passport_number", "PassportNumber", "Passport number"),
            new TaxonomyColumns("user.government_id.vehicle_registration", "VehicleRegistration", "Vehicle registration"),
            new TaxonomyColumns("user.health_and_medical", "Health", "Health and medical data", Apple: AppleDataTypes.Health, GooglePlay: GooglePlayDataTypes.HealthInfo),
            new TaxonomyColumns("user.health_and_medical.genetic", "GeneticData", "Genetic data", Apple: AppleDataTypes.SensitiveInfo),
            new TaxonomyColumns("user.health_and_medical.insurance_beneficiary_id", "MedicalInsuranceId", "Medical insurance ID", IdentifiesUser: true),
            new TaxonomyColumns("user.health_and_medical.record_id", "MedicalRecordId", "Medical record ID", IdentifiesUser: true),
            new TaxonomyColumns("user.job_title", "JobTitle", "Job title", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo),
            new TaxonomyColumns("user.location", "Location", "Location", Apple: AppleDataTypes.PreciseLocation, GooglePlay: GooglePlayDataTypes.PreciseLocation),
            new TaxonomyColumns("user.location.imprecise", "ImpreciseLocation", "Imprecise location", Apple: AppleDataTypes.CoarseLocation, GooglePlay: GooglePlayDataTypes.ApproximateLocation),
            new TaxonomyColumns("user.location.precise", "PreciseLocation", "Precise location", Apple: AppleDataTypes.PreciseLocation, GooglePlay: GooglePlayDataTypes.PreciseLocation),
            new TaxonomyColumns("user.name", "Name", "Name", Apple: AppleDataTypes.Name, GooglePlay: GooglePlayDataTypes.Name, IdentifiesUser: true),
            new TaxonomyColumns("user.name.first", "FirstName", "First name"),
            new TaxonomyColumns("user.name.last", "LastName", "Last name"),
            new TaxonomyColumns("user.payment", "Payment", "Payment data", Apple: AppleDataTypes.PaymentInfo, GooglePlay: GooglePlayDataTypes.PaymentInfo),
            new TaxonomyColumns("user.privacy_preferences", "PrivacyPreferences", "Privacy preferences", Apple: AppleDataTypes.OtherUsageData, GooglePlay: GooglePlayDataTypes.OtherAppActivity),
            new TaxonomyColumns("user.sensor", "Sensor", "Sensor data", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherAppActivity),
            new TaxonomyColumns("user.social", "SocialActivity", "Social activity", Apple: AppleDataTypes.ProductInteraction, GooglePlay: GooglePlayDataTypes.AppInteractions),
            new TaxonomyColumns("user.telemetry", "Telemetry", "Telemetry", Apple: AppleDataTypes.OtherDiagnosticData, GooglePlay: GooglePlayDataTypes.Diagnostics),
            new TaxonomyColumns("user.unique_id", "UniqueId", "Unique user ID", Apple: AppleDataTypes.UserId, GooglePlay: GooglePlayDataTypes.UserIds, IdentifiesUser: true),
            new TaxonomyColumns("user.unique_id.pseudonymous", "PseudonymousId", "Pseudonymous user ID"),
            new TaxonomyColumns("user.user_sensor", "UserSensor", "User sensor data", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherAppActivity),
            new TaxonomyColumns("user.workplace", "Workplace", "Workplace", Apple: AppleDataTypes.OtherDataTypes, GooglePlay: GooglePlayDataTypes.OtherPersonalInfo));
    }
}
