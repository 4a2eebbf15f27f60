using System;
using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// Sources in the .NET base library (System.*) and the Windows desktop libraries that ship beside it:
    /// the registry, WMI (System.Management), WinForms and WPF, and Active Directory account management.
    /// </summary>
    internal static class BaseLibrarySources
    {
        private const string P = Platforms.BaseLibrary;
        private const string Management = "System.Management.";
        private const string WinForms = "System.Windows.Forms.Clipboard.";
        private const string Wpf = "System.Windows.Clipboard.";
        private const string AccountManagement = "System.DirectoryServices.AccountManagement.";

        /// <summary>
        /// Registry values that identify the machine or its owner; every other value stays silent. Registry value
        /// names ignore case. MachineGuid (HKLM\SOFTWARE\Microsoft\Cryptography) is written once by Windows Setup
        /// and is the classic per-install identifier: https://learn.microsoft.com/windows/win32/seccng/cng-registry-keys
        /// (Microsoft publishes no page of its own for it). RegisteredOwner (HKLM\SOFTWARE\Microsoft\Windows NT\
        /// CurrentVersion) is the owner's name entered at setup:
        /// https://learn.microsoft.com/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-registeredowner
        /// </summary>
        private static readonly (string, string)[] RegistryValues =
        {
            ("MachineGuid", Ids.DeviceId),
            ("RegisteredOwner", Ids.Name),
        };

        /// <summary>
        /// WMI queries that read hardware serial numbers, the SMBIOS UUID, MAC addresses or account names. The
        /// engine matches the whole constant, ignoring case (WQL keywords and class names ignore case), so the
        /// table lists the spellings apps use; a query for anything else (Win32_OperatingSystem, SELECT Name FROM
        /// Win32_Processor) stays silent. https://learn.microsoft.com/windows/win32/cimwin32prov/win32-bios,
        /// .../win32-baseboard, .../win32-computersystemproduct, .../win32-processor, .../win32-diskdrive,
        /// .../win32-physicalmedia, .../win32-networkadapter, .../win32-networkadapterconfiguration,
        /// .../win32-logicaldisk, .../win32-computersystem, .../win32-useraccount
        /// </summary>
        private static readonly (string, string)[] WmiQueries =
        {
            ("SELECT * FROM Win32_BIOS", Ids.DeviceId),
            ("SELECT SerialNumber FROM Win32_BIOS", Ids.DeviceId),
            ("SELECT * FROM Win32_BaseBoard", Ids.DeviceId),
            ("SELECT SerialNumber FROM Win32_BaseBoard", Ids.DeviceId),
            ("SELECT * FROM Win32_ComputerSystemProduct", Ids.DeviceId),
            ("SELECT UUID FROM Win32_ComputerSystemProduct", Ids.DeviceId),
            ("SELECT IdentifyingNumber FROM Win32_ComputerSystemProduct", Ids.DeviceId),
            ("SELECT ProcessorId FROM Win32_Processor", Ids.DeviceId),
            ("SELECT * FROM Win32_DiskDrive", Ids.DeviceId),
            ("SELECT SerialNumber FROM Win32_DiskDrive", Ids.DeviceId),
            ("SELECT * FROM Win32_PhysicalMedia", Ids.DeviceId),
            ("SELECT SerialNumber FROM Win32_PhysicalMedia", Ids.DeviceId),
            ("SELECT VolumeSerialNumber FROM Win32_LogicalDisk", Ids.DeviceId),
            ("SELECT * FROM Win32_NetworkAdapter", Ids.DeviceId),
            ("SELECT MACAddress FROM Win32_NetworkAdapter", Ids.DeviceId),
            ("SELECT * FROM Win32_NetworkAdapterConfiguration", Ids.DeviceId),
            ("SELECT MACAddress FROM Win32_NetworkAdapterConfiguration", Ids.DeviceId),
            ("SELECT * FROM Win32_NetworkAdapterConfiguration WHERE IPEnabled = 'TRUE'", Ids.DeviceId),
            ("SELECT * FROM Win32_NetworkAdapterConfiguration WHERE IPEnabled = TRUE", Ids.DeviceId),
            ("SELECT UserName FROM Win32_ComputerSystem", Ids.Username),
            ("SELECT * FROM Win32_UserAccount", Ids.Username),
        };

        /// <summary>
        /// WMI classes whose every instance carries an identifier, for <c>new ManagementClass("Win32_BIOS")</c>
        /// followed by GetInstances(). Win32_Processor is left out: besides ProcessorId it holds only non-personal
        /// data, and apps enumerate it for the CPU name and core count.
        /// </summary>
        private static readonly (string, string)[] WmiClasses =
        {
            ("Win32_BIOS", Ids.DeviceId),
            ("Win32_BaseBoard", Ids.DeviceId),
            ("Win32_ComputerSystemProduct", Ids.DeviceId),
            ("Win32_DiskDrive", Ids.DeviceId),
            ("Win32_PhysicalMedia", Ids.DeviceId),
            ("Win32_NetworkAdapter", Ids.DeviceId),
            ("Win32_NetworkAdapterConfiguration", Ids.DeviceId),
            ("Win32_UserAccount", Ids.Username),
        };

        /// <summary>SelectQuery takes either a whole query or a bare class name in the same parameter.</summary>
        private static readonly (string, string)[] WmiQueriesOrClasses = Concat(WmiQueries, WmiClasses);

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // https://learn.microsoft.com/dotnet/api/system.net.networkinformation.networkinterface.getphysicaladdress
            Member("M:System.Net.NetworkInformation.NetworkInterface.GetPhysicalAddress", Ids.DeviceId, P),
            // https://learn.microsoft.com/dotnet/api/system.environment.username
            Member("P:System.Environment.UserName", Ids.Username, P),
            // The computer's name, which users often set to their own ("Alice's laptop").
            // https://learn.microsoft.com/dotnet/api/system.environment.machinename
            Member("P:System.Environment.MachineName", Ids.Device, P),
            // The domain of the user's account (the machine name when not domain-joined).
            // https://learn.microsoft.com/dotnet/api/system.environment.userdomainname
            Member("P:System.Environment.UserDomainName", Ids.Account, P),
            // User.Identity.Name and every IIdentity implementation; ClaimsIdentity.Name also covers its overrides
            // (WindowsIdentity, GenericIdentity). https://learn.microsoft.com/dotnet/api/system.security.principal.iidentity.name
            Member("P:System.Security.Principal.IIdentity.Name", Ids.Username, P),
            // https://learn.microsoft.com/dotnet/api/system.security.claims.claimsidentity.name
            Member("P:System.Security.Claims.ClaimsIdentity.Name", Ids.Username, P),
            // WindowsIdentity.GetCurrent().Name is DOMAIN\user.
            // https://learn.microsoft.com/dotnet/api/system.security.principal.windowsidentity.name
            Member("P:System.Security.Principal.WindowsIdentity.Name", Ids.Username, P),
            // The account's security identifier (SID), unique to the user.
            // https://learn.microsoft.com/dotnet/api/system.security.principal.windowsidentity.user
            Member("P:System.Security.Principal.WindowsIdentity.User", Ids.UniqueId, P),
            // https://learn.microsoft.com/dotnet/api/system.security.claims.claimsprincipal.findfirst
            ByArgument("M:System.Security.Claims.ClaimsPrincipal.FindFirst(System.String)", P, "type", ClaimTypeValues.Comparer, null, ClaimTypeValues.All),
            ByArgument("M:System.Security.Claims.ClaimsPrincipal.FindAll(System.String)", P, "type", ClaimTypeValues.Comparer, null, ClaimTypeValues.All),
            ByArgument("M:System.Security.Claims.ClaimsIdentity.FindFirst(System.String)", P, "type", ClaimTypeValues.Comparer, null, ClaimTypeValues.All),
            ByArgument("M:System.Security.Claims.ClaimsIdentity.FindAll(System.String)", P, "type", ClaimTypeValues.Comparer, null, ClaimTypeValues.All),
            // https://learn.microsoft.com/dotnet/api/microsoft.win32.registrykey.getvalue
            ByArgument("M:Microsoft.Win32.RegistryKey.GetValue", P, "name", StringComparer.OrdinalIgnoreCase, null, RegistryValues),
            // https://learn.microsoft.com/dotnet/api/microsoft.win32.registry.getvalue
            ByArgument("M:Microsoft.Win32.Registry.GetValue(System.String,System.String,System.Object)", P, "valueName", StringComparer.OrdinalIgnoreCase, null, RegistryValues),
            // The self-hosted HTTP server's view of the caller.
            // https://learn.microsoft.com/dotnet/api/system.net.httplistenerrequest.remoteendpoint
            Member("P:System.Net.HttpListenerRequest.RemoteEndPoint", Ids.IpAddress, P),
            // https://learn.microsoft.com/dotnet/api/system.net.httplistenerrequest.useragent
            Member("P:System.Net.HttpListenerRequest.UserAgent", Ids.Device, P),
            // https://learn.microsoft.com/dotnet/api/system.net.httplistenerrequest.urlreferrer
            Member("P:System.Net.HttpListenerRequest.UrlReferrer", Ids.BrowsingHistory, P),
            // https://learn.microsoft.com/dotnet/api/system.net.httplistenerrequest.cookies
            Member("P:System.Net.HttpListenerRequest.Cookies", Ids.CookieId, P),
            // WMI (NuGet System.Management). https://learn.microsoft.com/dotnet/api/system.management.managementobjectsearcher.-ctor
            ByArgument("M:" + Management + "ManagementObjectSearcher.#ctor", P, "queryString", StringComparer.OrdinalIgnoreCase, null, WmiQueries),
            // https://learn.microsoft.com/dotnet/api/system.management.objectquery.-ctor
            ByArgument("M:" + Management + "ObjectQuery.#ctor", P, "query", StringComparer.OrdinalIgnoreCase, null, WmiQueries),
            // https://learn.microsoft.com/dotnet/api/system.management.selectquery.-ctor
            ByArgument("M:" + Management + "SelectQuery.#ctor", P, "queryOrClassName", StringComparer.OrdinalIgnoreCase, null, WmiQueriesOrClasses),
            // https://learn.microsoft.com/dotnet/api/system.management.managementclass.-ctor
            ByArgument("M:" + Management + "ManagementClass.#ctor", P, "path", StringComparer.OrdinalIgnoreCase, null, WmiClasses),
            // WinForms: reading the clipboard reads whatever the user copied, in any app. Writes stay silent.
            // https://learn.microsoft.com/dotnet/api/system.windows.forms.clipboard
            Member("M:" + WinForms + "GetText", Ids.PrivateContent, P),
            Member("M:" + WinForms + "GetImage", Ids.PrivateContent, P),
            Member("M:" + WinForms + "GetDataObject", Ids.PrivateContent, P),
            Member("M:" + WinForms + "GetData", Ids.PrivateContent, P),
            Member("M:" + WinForms + "GetFileDropList", Ids.PrivateContent, P),
            Member("M:" + WinForms + "GetAudioStream", Ids.PrivateContent, P),
            // .NET 10's replacement for GetData. https://learn.microsoft.com/dotnet/desktop/winforms/wfdev-diagnostics/wfdev005
            Member("M:" + WinForms + "TryGetData", Ids.PrivateContent, P),
            // WPF (PresentationCore). https://learn.microsoft.com/dotnet/api/system.windows.clipboard
            Member("M:" + Wpf + "GetText", Ids.PrivateContent, P),
            Member("M:" + Wpf + "GetImage", Ids.PrivateContent, P),
            Member("M:" + Wpf + "GetDataObject", Ids.PrivateContent, P),
            Member("M:" + Wpf + "GetData", Ids.PrivateContent, P),
            Member("M:" + Wpf + "GetFileDropList", Ids.PrivateContent, P),
            Member("M:" + Wpf + "GetAudioStream", Ids.PrivateContent, P),
            // Active Directory / local accounts (NuGet System.DirectoryServices.AccountManagement).
            // https://learn.microsoft.com/dotnet/api/system.directoryservices.accountmanagement.userprincipal
            Member("P:" + AccountManagement + "UserPrincipal.Current", Ids.Account, P),
            Member("P:" + AccountManagement + "UserPrincipal.EmailAddress", Ids.Email, P),
            Member("P:" + AccountManagement + "UserPrincipal.VoiceTelephoneNumber", Ids.Phone, P),
            Member("P:" + AccountManagement + "UserPrincipal.GivenName", Ids.FirstName, P),
            Member("P:" + AccountManagement + "UserPrincipal.MiddleName", Ids.Name, P),
            Member("P:" + AccountManagement + "UserPrincipal.Surname", Ids.LastName, P),
            Member("P:" + AccountManagement + "UserPrincipal.EmployeeId", Ids.UniqueId, P),
            // Declared on Principal, but only users (and rarely computers) have a UPN: user@contoso.com.
            // DisplayName and SamAccountName are also declared on Principal and name groups just as often, so a
            // symbol match cannot tell a person from a group: they are not catalogued.
            // https://learn.microsoft.com/dotnet/api/system.directoryservices.accountmanagement.principal.userprincipalname
            Member("P:" + AccountManagement + "Principal.UserPrincipalName", Ids.Username, P));

        private static (string, string)[] Concat((string, string)[] first, (string, string)[] second)
        {
            var all = new (string, string)[first.Length + second.Length];
            first.CopyTo(all, 0);
            second.CopyTo(all, first.Length);
            return all;
        }
    }
}
