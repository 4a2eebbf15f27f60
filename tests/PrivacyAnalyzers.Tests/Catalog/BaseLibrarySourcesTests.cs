using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// The .NET base library and the Windows desktop libraries beside it: environment and identity, the registry,
/// WMI, HttpListener, WinForms and WPF clipboards, and Active Directory account management.
/// </summary>
public sealed class BaseLibrarySourcesTests
{
    [Fact]
    public async Task MachineAndAccountIdentity()
    {
        const string source = """
            using System;
            using System.Security.Claims;
            using System.Security.Principal;

            class DiagnosticsReport
            {
                string Header()
                    => string.Join("\\", {|#0:Environment.MachineName|}, {|#1:Environment.UserDomainName|}, {|#2:Environment.UserName|});

                string? Who() => {|#3:WindowsIdentity.GetCurrent().Name|};

                string? Sid() => {|#4:WindowsIdentity.GetCurrent().User|}?.Value;

                string? Caller(ClaimsPrincipal user) => user.Identity?{|#5:.Name|};

                string? Generic(GenericIdentity identity) => {|#6:identity.Name|};

                // Not personal: the OS, the processor count and the authentication scheme.
                string Platform(IIdentity identity) => Environment.OSVersion + " " + Environment.ProcessorCount + " " + identity.AuthenticationType;
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device"),
                (1, "user.account"),
                (2, "user.account.username"),
                (3, "user.account.username"),
                (4, "user.unique_id"),
                (5, "user.account.username"),
                (6, "user.account.username"))
            .ValidateAsync();
    }

    [Fact]
    public async Task RegistryMachineGuidAndOwnerAreFlaggedOtherValuesAreNot()
    {
        const string source = """
            using Microsoft.Win32;

            class License
            {
                const string Cryptography = @"SOFTWARE\Microsoft\Cryptography";

                string? MachineId()
                {
                    using var key = Registry.LocalMachine.OpenSubKey(Cryptography);
                    return key?{|#0:.GetValue("MachineGuid")|} as string;
                }

                object? MachineIdIgnoringCase(RegistryKey key) => {|#1:key.GetValue("machineguid", null)|};

                object? Owner() => {|#2:Registry.GetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion", "RegisteredOwner", null)|};

                object? Named(RegistryKey key) => {|#3:key.GetValue(name: "MachineGuid")|};

                // Not identifying: the build number, the product name, a value chosen at run time.
                object? Build(RegistryKey key) => key.GetValue("CurrentBuild");
                object? Product() => Registry.GetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion", "ProductName", "");
                object? Any(RegistryKey key, string name) => key.GetValue(name);
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.device_id"),
                (1, "user.device.device_id"),
                (2, "user.name"),
                (3, "user.device.device_id"))
            .ValidateAsync();
    }

    [Fact]
    public async Task WmiIdentifiersAreSitesWhereTheirValueIsRead()
    {
        const string source = """
            using System.Linq;
            using System.Management;

            class HardwareFingerprint
            {
                string Bios()
                {
                    // The query only names the class: the site is the read of the serial number.
                    using var searcher = new ManagementObjectSearcher("SELECT SerialNumber FROM Win32_BIOS");
                    return string.Join(",", searcher.Get().Cast<ManagementBaseObject>().Select(o => {|#0:o["SerialNumber"]|}));
                }

                string Volume()
                {
                    var disk = new ManagementObject("Win32_LogicalDisk.DeviceID=\"C:\"");
                    disk.Get();
                    return {|#1:disk["VolumeSerialNumber"]|}.ToString();
                }

                string Macs()
                {
                    var macs = "";
                    foreach (ManagementObject adapter in new ManagementClass("Win32_NetworkAdapterConfiguration").GetInstances())
                    {
                        // IPEnabled says nothing of the machine; the MAC address (any spelling: WMI names ignore case) does.
                        if ((bool)adapter["IPEnabled"])
                        {
                            macs += {|#2:adapter["MacAddress"]|};
                        }
                    }

                    return macs;
                }

                object Cpu(ManagementBaseObject cpu) => {|#3:cpu.GetPropertyValue("ProcessorId")|};

                object Uuid(ManagementBaseObject product) => {|#4:product["UUID"]|};

                object Account(ManagementBaseObject system) => {|#5:system["UserName"]|};

                // Not identifying: the OS caption, the CPU name, a property named at run time, a write.
                object Caption(ManagementBaseObject os) => os["Caption"];
                object CpuName(ManagementBaseObject cpu) => cpu.GetPropertyValue("Name");
                object Dynamic(ManagementBaseObject o, string property) => o[property];
                void Write(ManagementBaseObject o) => o["SerialNumber"] = "";
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.device_id"),
                (1, "user.device.device_id"),
                (2, "user.device.device_id"),
                (3, "user.device.device_id"),
                (4, "user.device.device_id"),
                (5, "user.account.username"))
            .ValidateAsync();
    }

    [Fact]
    public async Task HttpListenerRequestData()
    {
        const string source = """
            using System.Net;

            class SelfHostedServer
            {
                void Log(HttpListenerContext context)
                {
                    var request = context.Request;
                    var ip = {|#0:request.RemoteEndPoint|}.Address;
                    var agent = {|#1:request.UserAgent|};
                    var from = {|#2:request.UrlReferrer|};
                    var visitor = {|#3:request.Cookies|}["visitor"];

                    // Not personal: the method, the path, the server's own address.
                    var line = request.HttpMethod + " " + request.RawUrl + " " + request.LocalEndPoint;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.ip_address"),
                (1, "user.device"),
                (2, "user.behavior.browsing_history"),
                (3, "user.device.cookie_id"))
            .ValidateAsync();
    }

    [Fact]
    public async Task WinFormsClipboardReadsAreFlaggedWritesAreNot()
    {
        const string source = """
            using System.Windows.Forms;

            class PasteHandler
            {
                string Paste()
                {
                    if (Clipboard.ContainsText())
                    {
                        return {|#0:Clipboard.GetText()|};
                    }

                    var image = {|#1:Clipboard.GetImage()|};
                    var files = {|#2:Clipboard.GetFileDropList()|};
                    var data = {|#3:Clipboard.GetDataObject()|}?.GetData(DataFormats.Html);
                    return {|#4:Clipboard.TryGetData<string>(DataFormats.UnicodeText, out var text)|} ? text : "";
                }

                void Copy(string selection)
                {
                    Clipboard.SetText(selection);
                    Clipboard.Clear();
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.content.private"),
                (1, "user.content.private"),
                (2, "user.content.private"),
                (3, "user.content.private"),
                (4, "user.content.private"))
            .ValidateAsync();
    }

    [Fact]
    public async Task WpfClipboardReadsAreFlaggedWritesAreNot()
    {
        const string source = """
            using System.Windows;

            class EditorCommands
            {
                string Paste() => {|#0:Clipboard.GetText(TextDataFormat.UnicodeText)|};

                object Bitmap() => {|#1:Clipboard.GetImage()|};

                object Custom() => {|#2:Clipboard.GetData("MyFormat")|};

                void Copy(string text) => Clipboard.SetText(text);

                bool CanPaste() => Clipboard.ContainsText();
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.content.private"),
                (1, "user.content.private"),
                (2, "user.content.private"))
            .ValidateAsync();
    }

    [Fact]
    public async Task DirectoryAccountManagement()
    {
        const string source = """
            using System.DirectoryServices.AccountManagement;

            class Directory
            {
                string Card()
                {
                    var me = {|#0:UserPrincipal.Current|};
                    return string.Join(" ", {|#1:me.GivenName|}, {|#2:me.Surname|}, {|#3:me.EmailAddress|}, {|#4:me.VoiceTelephoneNumber|});
                }

                string? Logon(PrincipalContext context, string name)
                    => {|#5:UserPrincipal.FindByIdentity(context, name).UserPrincipalName|};

                // Groups are not people: their names are not personal data.
                string Group(PrincipalContext context) => GroupPrincipal.FindByIdentity(context, "Administrators").DisplayName;
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.account"),
                (1, "user.name.first"),
                (2, "user.name.last"),
                (3, "user.contact.email"),
                (4, "user.contact.phone_number"),
                (5, "user.account.username"))
            .ValidateAsync();
    }

    [Fact]
    public async Task UserTypesNamedLikePlatformTypesAreNotFlagged()
    {
        const string source = """
            namespace MyApp
            {
                static class Clipboard
                {
                    public static string GetText() => "";
                }

                class ManagementBaseObject
                {
                    public object this[string propertyName] => "";
                }

                class RegistryKey
                {
                    public object? GetValue(string name) => null;
                }

                class UserPrincipal
                {
                    public string EmailAddress => "";
                }

                class Uses
                {
                    void Run(RegistryKey key, UserPrincipal user, ManagementBaseObject bios)
                    {
                        _ = Clipboard.GetText();
                        _ = bios["SerialNumber"];
                        _ = key.GetValue("MachineGuid");
                        _ = user.EmailAddress;
                    }
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites()
            .ValidateAsync();
    }
}
