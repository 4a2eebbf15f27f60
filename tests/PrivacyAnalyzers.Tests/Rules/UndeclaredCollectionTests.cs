using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>PRIV001 is reported at every shape of code that reaches a source.</summary>
public sealed class UndeclaredCollectionTests
{
    [Fact]
    public async Task MacAddressIsFlaggedWithCategoryAndMessage()
    {
        const string source = """
            using System.Net.NetworkInformation;

            class DeviceService
            {
                public byte[] Mac() => {|#0:NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress()|}.GetAddressBytes();
            }
            """;

        await TestBuilder.Create().WithSource(source).ShouldReport(
            Expect.Message(RuleIds.UndeclaredCollection)
                .WithLocation(0)
                .WithArguments("NetworkInterface.GetPhysicalAddress", "Device ID", "user.device.device_id", "'DeviceService.Mac' or an enclosing type")).ValidateAsync();
    }

    [Fact]
    public async Task CategoryIsInDiagnosticProperties()
    {
        var diagnostics = await TestBuilder.Create().WithSource("""
            using Microsoft.AspNetCore.Http;
            class C { object? Ip(HttpContext c) => c.Connection.RemoteIpAddress; }
            """).GetDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("user.device.ip_address", diagnostic.Properties["category"]);
        Assert.Contains("user.device.ip_address", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AspNetCoreRequestData()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Http.Features;
            using Microsoft.Net.Http.Headers;

            class Tracking
            {
                void Log(HttpContext context)
                {
                    var ip = {|#0:context.Connection.RemoteIpAddress|};
                    var feature = {|#1:context.Features.Get<IHttpConnectionFeature>()!.RemoteIpAddress|};
                    var agent = {|#2:context.Request.Headers.UserAgent|};
                    var agentByName = {|#3:context.Request.Headers["User-Agent"]|};
                    var agentByConstant = {|#4:context.Request.Headers[HeaderNames.UserAgent]|};
                    var forwarded = {|#5:context.Request.Headers["x-forwarded-for"]|};
                    var session = {|#6:context.Request.Cookies|}["session"];
                    {|#7:context.Response.Cookies|}.Append("visitor", "1");
                    var accept = context.Request.Headers["Accept"];
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.ip_address"),
                (1, "user.device.ip_address"),
                (2, "user.device"),
                (3, "user.device"),
                (4, "user.device"),
                (5, "user.device.ip_address"),
                (6, "user.device.cookie_id"),
                (7, "user.device.cookie_id"))
            .ValidateAsync();
    }

    [Fact]
    public async Task ClaimsAndIdentity()
    {
        const string source = """
            using System.Security.Claims;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Identity;

            class Profile
            {
                async Task<string?> Contact(ClaimsPrincipal user, UserManager<IdentityUser> users, IdentityUser account)
                {
                    var email = {|#0:user.FindFirst(ClaimTypes.Email)|}?.Value;
                    var phone = {|#1:user.FindFirstValue("phone_number")|};
                    var role = user.FindFirst(ClaimTypes.Role)?.Value;
                    // Read back from the app's own store (collected where the form was bound): not a site.
                    var stored = await users.GetEmailAsync(account);
                    var number = await users.GetPhoneNumberAsync(account);
                    return email ?? phone ?? role ?? stored ?? number;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.contact.email"),
                (1, "user.contact.phone_number"))
            .ValidateAsync();
    }

    [Fact]
    public async Task StaticAndDefaultFormsAndExtensionMethods()
    {
        const string source = """
            using System.Threading.Tasks;
            using Microsoft.Maui.Devices.Sensors;

            class Where
            {
                async Task Track()
                {
                    var a = await {|#0:Geolocation.GetLocationAsync()|};
                    var b = await {|#1:Geolocation.Default.GetLocationAsync(new GeolocationRequest(GeolocationAccuracy.Best), default)|};
                    var c = await {|#2:Geolocation.Default.GetLocationAsync()|};
                    var d = await {|#3:Geolocation.Default.GetLastKnownLocationAsync()|};
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.location.precise", 0, 1, 2, 3))
            .ValidateAsync();
    }

    [Fact]
    public async Task InstanceCallsThroughInterfacesAndImplementations()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Maui.ApplicationModel.DataTransfer;
            using Microsoft.Maui.Devices.Sensors;

            sealed class FakeGeolocation : IGeolocation
            {
                public Task<Location?> GetLastKnownLocationAsync() => throw null!;
                public Task<Location?> GetLocationAsync(GeolocationRequest request, CancellationToken cancelToken) => throw null!;
                public bool IsListeningForeground => false;
                public bool IsEnabled => true;
                public event System.EventHandler<GeolocationLocationChangedEventArgs>? LocationChanged;
                public event System.EventHandler<GeolocationListeningFailedEventArgs>? ListeningFailed;
                public Task<bool> StartListeningForegroundAsync(GeolocationListeningRequest request) => throw null!;
                public void StopListeningForeground() { }
            }

            class Consumer
            {
                readonly IClipboard clipboard;
                readonly FakeGeolocation geolocation = new();
                Consumer(IClipboard clipboard) => this.clipboard = clipboard;

                async Task Read()
                {
                    var text = await {|#0:clipboard.GetTextAsync()|};
                    var where = await {|#1:geolocation.GetLocationAsync(new GeolocationRequest(), default)|};
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.content.private"),
                (1, "user.location.precise"))
            .ValidateAsync();
    }

    [Fact]
    public async Task OverridesOfCatalogMembers()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;

            abstract class Wrapped : ConnectionInfo
            {
                object? Read() => {|#0:RemoteIpAddress|};
            }
            """;

        await ShouldReportOneSiteAsync(source, "user.device.ip_address");
    }

    [Fact]
    public async Task UsingStaticAliasesAndLocalFunctionsAndLambdas()
    {
        const string source = """
            using System;
            using System.Linq;
            using Nics = System.Net.NetworkInformation;
            using static System.Net.NetworkInformation.NetworkInterface;

            class Inventory
            {
                string[] All()
                {
                    Func<Nics.NetworkInterface, string> format = nic => {|#0:nic.GetPhysicalAddress()|}.ToString();
                    string Local() => {|#1:GetAllNetworkInterfaces()[0].GetPhysicalAddress()|}.ToString();
                    return GetAllNetworkInterfaces().Select(format).Append(Local()).ToArray();
                }
            }
            """;

        await TestBuilder.Create().WithSource(source).ShouldReport(
            Message(0, "NetworkInterface.GetPhysicalAddress", "Device ID", "user.device.device_id", "the lambda or an enclosing scope"),
            Message(1, "NetworkInterface.GetPhysicalAddress", "Device ID", "user.device.device_id", "local function 'Local' or an enclosing scope")).ValidateAsync();
    }

    [Fact]
    public async Task AsyncSyncOverAsyncAndNullConditionalChains()
    {
        const string source = """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Maui.ApplicationModel.Communication;

            class Book
            {
                string? Sync() => {|#0:Microsoft.Maui.ApplicationModel.Communication.Contacts.Default.GetAllAsync()|}.Result is var all ? null : null;
                Task<Contact?> Async() => {|#1:Microsoft.Maui.ApplicationModel.Communication.Contacts.PickContactAsync()|};
                object? Chain(HttpContext? context) => context?{|#2:.Connection.RemoteIpAddress|};
                object? Chain2(HttpContext? context) => context?.Connection?{|#3:.RemoteIpAddress|};
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.contact"),
                (1, "user.contact"),
                (2, "user.device.ip_address"),
                (3, "user.device.ip_address"))
            .ValidateAsync();
    }

    [Fact]
    public async Task ExtensionMethodThatWrapsASourceIsFlaggedInside()
    {
        const string source = """
            using System.Net;
            using Microsoft.AspNetCore.Http;

            static class HttpContextExtensions
            {
                public static IPAddress? ClientIp(this HttpContext context) => {|#0:context.Connection.RemoteIpAddress|};
            }

            class Controller
            {
                IPAddress? Get(HttpContext context) => context.ClientIp();
            }
            """;

        await ShouldReportOneSiteAsync(source, "user.device.ip_address");
    }

    [Fact]
    public async Task PartialClassesRecordsPrimaryConstructorsAndTopLevelStatements()
    {
        await TestBuilder.Create()
            .WithOutputKind(Microsoft.CodeAnalysis.OutputKind.ConsoleApplication)
            .WithSources(
                """
                    using System.Net.NetworkInformation;
                    var mac = {|#0:NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress()|};
                    _ = mac;
                    """,
                """
                    using System.Net.NetworkInformation;
                    using PrivacyAnalyzers;

                    [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
                    partial class Device { }

                    partial class Device
                    {
                        PhysicalAddress Address(NetworkInterface nic) => nic.GetPhysicalAddress();
                    }

                    record Nic(NetworkInterface Interface)
                    {
                        public string Mac { get; } = {|#1:Interface.GetPhysicalAddress()|}.ToString();
                    }

                    class Reader(NetworkInterface nic)
                    {
                        public PhysicalAddress Value => {|#2:nic.GetPhysicalAddress()|};
                    }
                    """)
            .ShouldReport(
                Message(0, "NetworkInterface.GetPhysicalAddress", "Device ID", "user.device.device_id", "the assembly"),
                Message(1, "NetworkInterface.GetPhysicalAddress", "Device ID", "user.device.device_id", "'Nic.Mac' or an enclosing type"),
                Message(2, "NetworkInterface.GetPhysicalAddress", "Device ID", "user.device.device_id", "'Reader.Value' or an enclosing type"))
            .ValidateAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsAnalyzed()
    {
        const string source = """
            // <auto-generated/>
            using System.Net.NetworkInformation;

            class Generated
            {
                PhysicalAddress Mac(NetworkInterface nic) => {|#0:nic.GetPhysicalAddress()|};
            }
            """;

        await ShouldReportOneSiteAsync(source, "user.device.device_id");
    }

    [Fact]
    public async Task MobilePlatforms()
    {
        const string source = """
            using Android.App;
            using Android.Provider;
            using Android.Telephony;
            using Android.Locations;
            using UIKit;
            using AdSupport;
            using CoreLocation;
            using Foundation;
            using Contacts;

            class Identity
            {
                string? AndroidId(Activity activity) => {|#0:Settings.Secure.GetString(activity.ContentResolver, Settings.Secure.AndroidId)|};
                string? Imei(TelephonyManager telephony) => {|#1:telephony.Imei|};
                string? Phone(TelephonyManager telephony) => {|#2:telephony.Line1Number|};
                Location? Coarse(LocationManager manager) => {|#3:manager.GetLastKnownLocation(LocationManager.NetworkProvider)|};
                Location? Precise(LocationManager manager) => {|#4:manager.GetLastKnownLocation(LocationManager.GpsProvider)|};
                string? Idfv() => {|#5:UIDevice.CurrentDevice.IdentifierForVendor|}?.AsString();
                string Idfa() => {|#6:ASIdentifierManager.SharedManager.AdvertisingIdentifier|}.AsString();
                void Follow(CLLocationManager manager)
                {
                    {|#7:manager.LocationsUpdated|} += (sender, e) => { };
                    {|#8:manager.StartUpdatingLocation()|};
                }

                CNContact[]? Book(CNContactStore store, NSPredicate predicate, ICNKeyDescriptor[] keys)
                    => {|#9:store.GetUnifiedContacts(predicate, keys, out _)|};
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.device_id"),
                (1, "user.device.device_id"),
                (2, "user.contact.phone_number"),
                (3, "user.location.imprecise"),
                (4, "user.location.precise"),
                (5, "user.device.device_id"),
                (6, "user.device.device_id"),
                (7, "user.location.precise"),
                (8, "user.location.precise"),
                (9, "user.contact"))
            .ValidateAsync();
    }

    [Fact]
    public async Task UserDefinedSourcesFlagCallersNotTheirInsides()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Crm
            {
                [PersonalDataSource(DataCategories.IpAddress)]
                public object? CallerAddress(HttpContext context) => context.Connection.RemoteIpAddress;
            }

            class Report
            {
                object? Who(Crm crm, HttpContext context) => {|#0:crm.CallerAddress(context)|};
            }
            """;

        await TestBuilder.Create().WithSource(source).ShouldReport(
            Message(0, "Crm.CallerAddress", "IP address", "user.device.ip_address", "'Report.Who' or an enclosing type")).ValidateAsync();
    }

    /// <summary>
    /// A user's sources wherever they can be declared: the syntax filters that keep the hot path off
    /// attribute binding (by type, by member) must not lose one.
    /// </summary>
    [Fact]
    public async Task UserDefinedSourcesAreFoundInEveryPlacement()
    {
        const string source = """
            using System;
            using PrivacyAnalyzers;

            partial class Directory
            {
                [PersonalDataSource(DataCategories.Email)]
                public string Email
                {
                    get => "";
                }

                [Obsolete("not a source")]
                public string Name => "";
            }

            partial class Directory
            {
                [PrivacyAnalyzers.PersonalDataSourceAttribute(DataCategories.PhoneNumber)]
                public T Phone<T>() => default!;
            }

            static class Extensions
            {
                [PersonalDataSource(DataCategories.DeviceId)]
                public static string DeviceOf(this Directory directory) => "";
            }

            record Contact([property: PersonalDataSource(DataCategories.Email)] string Address);

            class Report
            {
                void Run(Directory directory, Contact contact)
                {
                    _ = {|#0:directory.Email|};
                    _ = directory.Name;
                    _ = {|#1:directory.Phone<string>()|};
                    _ = {|#2:directory.DeviceOf()|};
                    _ = {|#3:contact.Address|};
                    _ = {|#4:Local()|};

                    [PersonalDataSource(DataCategories.Name)]
                    static string Local() => "";
                }
            }
            """;

        await TestBuilder.Create().WithSource(source).ShouldReport(
            Message(0, "Directory.Email", "Email address", "user.contact.email", "'Report.Run' or an enclosing type"),
            Message(1, "Directory.Phone", "Phone number", "user.contact.phone_number", "'Report.Run' or an enclosing type"),
            Message(2, "Extensions.DeviceOf", "Device ID", "user.device.device_id", "'Report.Run' or an enclosing type"),
            Message(3, "Contact.Address", "Email address", "user.contact.email", "'Report.Run' or an enclosing type"),
            Message(4, "Report.Local", "Name", "user.name", "'Report.Run' or an enclosing type")).ValidateAsync();
    }

    private static DiagnosticResult Message(int location, params object[] arguments)
        => Expect.Message(RuleIds.UndeclaredCollection, arguments).WithLocation(location);

    /// <summary>The source has one PRIV001 site, at marker 0, of <paramref name="category"/>.</summary>
    private static Task ShouldReportOneSiteAsync(string source, string category)
        => TestBuilder.Create().WithSource(source).ShouldReportSites((0, category)).ValidateAsync();
}
