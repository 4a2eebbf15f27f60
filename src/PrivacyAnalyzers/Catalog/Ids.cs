namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Category ids the catalog tables use, spelled once.</summary>
    internal static class Ids
    {
        public const string Account = "user.account";
        public const string Username = "user.account.username";
        public const string Behavior = "user.behavior";
        public const string BrowsingHistory = "user.behavior.browsing_history";
        public const string Voice = "user.biometrics.voice";
        public const string Contacts = "user.contact";
        public const string Address = "user.contact.address";
        public const string City = "user.contact.address.city";
        public const string Country = "user.contact.address.country";
        public const string PostalCode = "user.contact.address.postal_code";
        public const string State = "user.contact.address.state";
        public const string Street = "user.contact.address.street";
        public const string Email = "user.contact.email";
        public const string Phone = "user.contact.phone_number";
        public const string PrivateContent = "user.content.private";
        public const string SelfImage = "user.content.self_image";
        public const string DateOfBirth = "user.demographic.date_of_birth";
        public const string Gender = "user.demographic.gender";
        public const string Device = "user.device";
        public const string CookieId = "user.device.cookie_id";
        public const string DeviceId = "user.device.device_id";
        public const string IpAddress = "user.device.ip_address";
        public const string Health = "user.health";
        public const string CoarseLocation = "user.location.coarse";
        public const string PreciseLocation = "user.location.precise";
        public const string Name = "user.name";
        public const string FirstName = "user.name.first";
        public const string LastName = "user.name.last";
        public const string UniqueId = "user.unique_id";
    }
}
