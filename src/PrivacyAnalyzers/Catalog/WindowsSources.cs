using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// Sources in the Windows Runtime, as projected by C#/WinRT (Microsoft.Windows.SDK.NET, namespaces Windows.*),
    /// for WinUI, WPF and WinForms apps targeting net*-windows10.0.*.
    /// </summary>
    internal static class WindowsSources
    {
        private const string P = Platforms.Windows;
        private const string UserProperties = "Windows.System.KnownUserProperties.";
        private const string Geolocator = "Windows.Devices.Geolocation.Geolocator.";
        private const string Contacts = "Windows.ApplicationModel.Contacts.";
        private const string Clipboard = "Windows.ApplicationModel.DataTransfer.Clipboard.";

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // A per-device identifier, the same for all apps of one publisher (or for one user).
            // https://learn.microsoft.com/uwp/api/windows.system.profile.systemidentification
            Member("M:Windows.System.Profile.SystemIdentification.GetSystemIdForPublisher", Ids.DeviceId, P),
            Member("M:Windows.System.Profile.SystemIdentification.GetSystemIdForUser", Ids.DeviceId, P),
            // The app-specific hardware identifier (ASHWID).
            // https://learn.microsoft.com/uwp/api/windows.system.profile.hardwareidentification.getpackagespecifictoken
            Member("M:Windows.System.Profile.HardwareIdentification.GetPackageSpecificToken", Ids.DeviceId, P),
            // The resettable advertising ID. https://learn.microsoft.com/uwp/api/windows.system.userprofile.advertisingmanager.advertisingid
            Member("P:Windows.System.UserProfile.AdvertisingManager.AdvertisingId", Ids.DeviceId, P),
            // https://learn.microsoft.com/uwp/api/windows.system.userprofile.advertisingmanagerforuser.advertisingid
            Member("P:Windows.System.UserProfile.AdvertisingManagerForUser.AdvertisingId", Ids.DeviceId, P),
            // https://learn.microsoft.com/uwp/api/windows.devices.geolocation.geolocator.getgeopositionasync
            Member("M:" + Geolocator + "GetGeopositionAsync", Ids.PreciseLocation, P),
            // https://learn.microsoft.com/uwp/api/windows.devices.geolocation.geolocator.getgeopositionhistoryasync
            Member("M:" + Geolocator + "GetGeopositionHistoryAsync", Ids.PreciseLocation, P),
            // https://learn.microsoft.com/uwp/api/windows.devices.geolocation.geolocator.positionchanged
            Member("E:" + Geolocator + "PositionChanged", Ids.PreciseLocation, P),
            // Opens the user's address book (contacts capability); reading it goes through the store.
            // https://learn.microsoft.com/uwp/api/windows.applicationmodel.contacts.contactmanager.requeststoreasync
            Member("M:" + Contacts + "ContactManager.RequestStoreAsync", Ids.Contacts, P),
            // https://learn.microsoft.com/uwp/api/windows.applicationmodel.contacts.contactstore.findcontactsasync
            Member("M:" + Contacts + "ContactStore.FindContactsAsync", Ids.Contacts, P),
            // https://learn.microsoft.com/uwp/api/windows.applicationmodel.contacts.contactstore.getcontactasync
            Member("M:" + Contacts + "ContactStore.GetContactAsync", Ids.Contacts, P),
            // https://learn.microsoft.com/uwp/api/windows.applicationmodel.contacts.contactpicker
            Member("M:" + Contacts + "ContactPicker.PickContactAsync", Ids.Contacts, P),
            Member("M:" + Contacts + "ContactPicker.PickContactsAsync", Ids.Contacts, P),
            // Whatever the user copied, in any app; SetContent stays silent.
            // https://learn.microsoft.com/uwp/api/windows.applicationmodel.datatransfer.clipboard.getcontent
            Member("M:" + Clipboard + "GetContent", Ids.PrivateContent, P),
            // https://learn.microsoft.com/uwp/api/windows.applicationmodel.datatransfer.clipboard.gethistoryitemsasync
            Member("M:" + Clipboard + "GetHistoryItemsAsync", Ids.PrivateContent, P),
            // User.GetPropertyAsync(KnownUserProperties.FirstName) reads the signed-in user's profile. The property
            // names are static properties, not constants, so the engine cannot read the argument of
            // GetPropertyAsync; the name itself is the source instead, since apps read it for no other purpose.
            // (There is no KnownUserProperties.EmailAddress; GuestHost and ProviderName are not personal.)
            // https://learn.microsoft.com/uwp/api/windows.system.knownuserproperties
            Member("P:" + UserProperties + "AccountName", Ids.Username, P),
            Member("P:" + UserProperties + "PrincipalName", Ids.Username, P),
            Member("P:" + UserProperties + "DisplayName", Ids.Name, P),
            Member("P:" + UserProperties + "FirstName", Ids.FirstName, P),
            Member("P:" + UserProperties + "LastName", Ids.LastName, P),
            Member("P:" + UserProperties + "DomainName", Ids.Account, P),
            // A SIP address (sip:alice@contoso.com) to call or message the user.
            Member("P:" + UserProperties + "SessionInitiationProtocolUri", Ids.Contacts, P));
    }
}
