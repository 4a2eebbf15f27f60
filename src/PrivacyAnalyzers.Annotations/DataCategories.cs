namespace PrivacyAnalyzers
{
    /// <summary>
    /// Data category ids, following the Fides taxonomy (fideslang <c>user.*</c> data categories).
    /// Ids are hierarchical: a declaration for a parent covers every child. Teams may add ids of
    /// their own in PrivacyPolicy.txt.
    /// </summary>
    public static class DataCategories
    {
        /// <summary>User data: <c>user</c>.</summary>
        public const string User = "user";

        /// <summary>Account information: <c>user.account</c>.</summary>
        public const string Account = "user.account";

        /// <summary>Account username: <c>user.account.username</c>.</summary>
        public const string AccountUsername = "user.account.username";

        /// <summary>Authorization information: <c>user.authorization</c>.</summary>
        public const string Authorization = "user.authorization";

        /// <summary>Credentials: <c>user.authorization.credentials</c>.</summary>
        public const string Credentials = "user.authorization.credentials";

        /// <summary>Observed behavior: <c>user.behavior</c>.</summary>
        public const string Behavior = "user.behavior";

        /// <summary>Browsing history: <c>user.behavior.browsing_history</c>.</summary>
        public const string BrowsingHistory = "user.behavior.browsing_history";

        /// <summary>Media consumption: <c>user.behavior.media_consumption</c>.</summary>
        public const string MediaConsumption = "user.behavior.media_consumption";

        /// <summary>Purchase history: <c>user.behavior.purchase_history</c>.</summary>
        public const string PurchaseHistory = "user.behavior.purchase_history";

        /// <summary>Search history: <c>user.behavior.search_history</c>.</summary>
        public const string SearchHistory = "user.behavior.search_history";

        /// <summary>Biometrics: <c>user.biometrics</c>.</summary>
        public const string Biometrics = "user.biometrics";

        /// <summary>Fingerprint data: <c>user.biometrics.fingerprint</c>.</summary>
        public const string Fingerprint = "user.biometrics.fingerprint";

        /// <summary>Voice data: <c>user.biometrics.voice</c>.</summary>
        public const string Voice = "user.biometrics.voice";

        /// <summary>Contact data: <c>user.contact</c>.</summary>
        public const string Contact = "user.contact";

        /// <summary>Postal address: <c>user.contact.address</c>.</summary>
        public const string Address = "user.contact.address";

        /// <summary>City: <c>user.contact.address.city</c>.</summary>
        public const string City = "user.contact.address.city";

        /// <summary>Country: <c>user.contact.address.country</c>.</summary>
        public const string Country = "user.contact.address.country";

        /// <summary>Postal code: <c>user.contact.address.postal_code</c>.</summary>
        public const string PostalCode = "user.contact.address.postal_code";

        /// <summary>State: <c>user.contact.address.state</c>.</summary>
        public const string State = "user.contact.address.state";

        /// <summary>Street address: <c>user.contact.address.street</c>.</summary>
        public const string Street = "user.contact.address.street";

        /// <summary>Email address: <c>user.contact.email</c>.</summary>
        public const string Email = "user.contact.email";

        /// <summary>Phone number: <c>user.contact.phone_number</c>.</summary>
        public const string PhoneNumber = "user.contact.phone_number";

        /// <summary>User content: <c>user.content</c>.</summary>
        public const string Content = "user.content";

        /// <summary>Private content: <c>user.content.private</c>.</summary>
        public const string PrivateContent = "user.content.private";

        /// <summary>Public content: <c>user.content.public</c>.</summary>
        public const string PublicContent = "user.content.public";

        /// <summary>Photos and video of the user: <c>user.content.self_image</c>.</summary>
        public const string SelfImage = "user.content.self_image";

        /// <summary>Demographic data: <c>user.demographic</c>.</summary>
        public const string Demographic = "user.demographic";

        /// <summary>Date of birth: <c>user.demographic.date_of_birth</c>.</summary>
        public const string DateOfBirth = "user.demographic.date_of_birth";

        /// <summary>Gender: <c>user.demographic.gender</c>.</summary>
        public const string Gender = "user.demographic.gender";

        /// <summary>Language: <c>user.demographic.language</c>.</summary>
        public const string Language = "user.demographic.language";

        /// <summary>Device data: <c>user.device</c>.</summary>
        public const string Device = "user.device";

        /// <summary>Cookie data: <c>user.device.cookie</c>.</summary>
        public const string Cookie = "user.device.cookie";

        /// <summary>Cookie ID: <c>user.device.cookie_id</c>.</summary>
        public const string CookieId = "user.device.cookie_id";

        /// <summary>Device ID: <c>user.device.device_id</c>.</summary>
        public const string DeviceId = "user.device.device_id";

        /// <summary>IP address: <c>user.device.ip_address</c>.</summary>
        public const string IpAddress = "user.device.ip_address";

        /// <summary>Device sensor data: <c>user.device.sensor</c>.</summary>
        public const string Sensor = "user.device.sensor";

        /// <summary>Device telemetry: <c>user.device.telemetry</c>.</summary>
        public const string Telemetry = "user.device.telemetry";

        /// <summary>Financial data: <c>user.financial</c>.</summary>
        public const string Financial = "user.financial";

        /// <summary>Bank account: <c>user.financial.bank_account</c>.</summary>
        public const string BankAccount = "user.financial.bank_account";

        /// <summary>Credit card: <c>user.financial.credit_card</c>.</summary>
        public const string CreditCard = "user.financial.credit_card";

        /// <summary>Government ID: <c>user.government_id</c>.</summary>
        public const string GovernmentId = "user.government_id";

        /// <summary>Health data: <c>user.health</c>.</summary>
        public const string Health = "user.health";

        /// <summary>Location: <c>user.location</c>.</summary>
        public const string Location = "user.location";

        /// <summary>Coarse location: <c>user.location.coarse</c>.</summary>
        public const string CoarseLocation = "user.location.coarse";

        /// <summary>Precise location: <c>user.location.precise</c>.</summary>
        public const string PreciseLocation = "user.location.precise";

        /// <summary>Name: <c>user.name</c>.</summary>
        public const string Name = "user.name";

        /// <summary>First name: <c>user.name.first</c>.</summary>
        public const string FirstName = "user.name.first";

        /// <summary>Last name: <c>user.name.last</c>.</summary>
        public const string LastName = "user.name.last";

        /// <summary>Professional information: <c>user.professional_information</c>.</summary>
        public const string ProfessionalInformation = "user.professional_information";

        /// <summary>Job title: <c>user.professional_information.job_title</c>.</summary>
        public const string JobTitle = "user.professional_information.job_title";

        /// <summary>Workplace: <c>user.professional_information.workplace</c>.</summary>
        public const string Workplace = "user.professional_information.workplace";

        /// <summary>Social activity: <c>user.social_activity</c>.</summary>
        public const string SocialActivity = "user.social_activity";

        /// <summary>Unique user ID: <c>user.unique_id</c>.</summary>
        public const string UniqueId = "user.unique_id";
    }
}
