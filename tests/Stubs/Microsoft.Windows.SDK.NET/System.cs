// Mirrors https://learn.microsoft.com/uwp/api/windows.system.user
// Mirrors https://learn.microsoft.com/uwp/api/windows.system.knownuserproperties
// Mirrors https://learn.microsoft.com/uwp/api/windows.system.user.getpropertyasync
// Mirrors https://learn.microsoft.com/uwp/api/windows.system.profile.systemidentification
// Mirrors https://learn.microsoft.com/uwp/api/windows.system.profile.systemidentificationinfo
// Mirrors https://learn.microsoft.com/uwp/api/windows.system.profile.hardwareidentification
// Mirrors https://learn.microsoft.com/uwp/api/windows.system.userprofile.advertisingmanager
// Mirrors https://learn.microsoft.com/uwp/api/windows.system.userprofile.advertisingmanagerforuser
// Shapes checked against MicrosoftDocs/winrt-api windows.system/, windows.system.profile/ and
// windows.system.userprofile/. KnownUserProperties are static string properties (the names passed to
// User.GetPropertyAsync), not constants; there is no KnownUserProperties.EmailAddress.
using System.Collections.Generic;
using Windows.Foundation;
using Windows.Storage.Streams;

namespace Windows.System
{
    public enum UserType
    {
        LocalUser = 0,
        RemoteUser = 1,
        LocalGuest = 2,
        RemoteGuest = 3,
        SystemManaged = 4,
    }

    public sealed class User
    {
        internal User() => throw null!;

        public string NonRoamableId => throw null!;

        public UserType Type => throw null!;

        public static IAsyncOperation<IReadOnlyList<User>> FindAllAsync() => throw null!;

        public IAsyncOperation<object> GetPropertyAsync(string value) => throw null!;
    }

    public static class KnownUserProperties
    {
        public static string AccountName => throw null!;

        public static string DisplayName => throw null!;

        public static string DomainName => throw null!;

        public static string FirstName => throw null!;

        public static string GuestHost => throw null!;

        public static string LastName => throw null!;

        public static string PrincipalName => throw null!;

        public static string ProviderName => throw null!;

        public static string SessionInitiationProtocolUri => throw null!;
    }
}

namespace Windows.System.Profile
{
    public enum SystemIdentificationSource
    {
        None = 0,
        Tpm = 1,
        Uefi = 2,
        Registry = 3,
    }

    public sealed class SystemIdentificationInfo
    {
        internal SystemIdentificationInfo() => throw null!;

        public IBuffer Id => throw null!;

        public SystemIdentificationSource Source => throw null!;
    }

    public static class SystemIdentification
    {
        public static SystemIdentificationInfo GetSystemIdForPublisher() => throw null!;

        public static SystemIdentificationInfo GetSystemIdForUser(Windows.System.User user) => throw null!;
    }

    public sealed class HardwareToken
    {
        internal HardwareToken() => throw null!;

        public IBuffer Certificate => throw null!;

        public IBuffer Id => throw null!;

        public IBuffer Signature => throw null!;
    }

    public static class HardwareIdentification
    {
        public static HardwareToken GetPackageSpecificToken(IBuffer nonce) => throw null!;
    }
}

namespace Windows.System.UserProfile
{
    public static class AdvertisingManager
    {
        public static string AdvertisingId => throw null!;

        public static AdvertisingManagerForUser GetForUser(Windows.System.User user) => throw null!;
    }

    public sealed class AdvertisingManagerForUser
    {
        internal AdvertisingManagerForUser() => throw null!;

        public string AdvertisingId => throw null!;

        public Windows.System.User User => throw null!;
    }
}
