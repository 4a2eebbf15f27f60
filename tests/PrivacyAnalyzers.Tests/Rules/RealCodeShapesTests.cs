using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// Issue 14, sections 2 and 3: the shapes real code reads personal data in (found in the accuracy corpus,
/// docs/accuracy.md), each with the uses next to it that collect nothing.
/// </summary>
public sealed class RealCodeShapesTests
{
    [Fact]
    public async Task ClaimsPickedByALambdaAreTheClaimTheyCompareWith()
    {
        const string source = """
            using System.Linq;
            using System.Security.Claims;
            using Microsoft.AspNetCore.Http;

            class Claims
            {
                void Read(HttpContext context, ClaimsPrincipal principal, System.Collections.Generic.IEnumerable<Claim> claims)
                {
                    var name = {|#0:context.User.Claims.First(c => c.Type == ClaimTypes.Name)|};
                    var email = {|#1:claims.FirstOrDefault(c => c.Type == ClaimTypes.Email)|}?.Value;
                    var subject = {|#2:principal.Claims.SingleOrDefault(claim => claim.Type.Equals("sub"))|};
                    var given = {|#3:principal.Claims.Where(c => string.Equals(c.Type, "given_name", System.StringComparison.Ordinal))|};
                    var id = {|#4:principal.FindFirst(ClaimTypes.NameIdentifier)|};
                    var verified = {|#5:principal.HasClaim(ClaimTypes.Email, "a@b.c")|};

                    // Not personal: roles, the issuer's name, whether there are claims at all.
                    var admin = principal.Claims.Any(c => c.Type == ClaimTypes.Role);
                    var idp = principal.FindFirst("idp");
                    var any = principal.Claims.Any();
                    var isAdmin = principal.HasClaim(ClaimTypes.Role, "admin");
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.account.username"),
                (1, "user.contact.email"),
                (2, "user.unique_id"),
                (3, "user.name.first"),
                (4, "user.unique_id"),
                (5, "user.contact.email"))
            .ValidateAsync();
    }

    [Fact]
    public async Task HeadersInEveryShapeWithTheirCategories()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Net.Http.Headers;

            class Headers
            {
                void Read(HttpRequest request)
                {
                    {|#0:request.Headers.TryGetValue("User-Agent", out var agent)|};
                    var referred = {|#1:request.Headers.ContainsKey(HeaderNames.Referer)|};
                    var forwarded = {|#2:request.Headers.TryGetValue("X-Forwarded-For", out var chain)|};
                    var language = {|#3:request.Headers.AcceptLanguage|};
                    var languages = {|#4:request.Headers[HeaderNames.AcceptLanguage]|};
                    var typed = {|#5:request.GetTypedHeaders().Referer|};
                    var real = {|#6:request.Headers["X-Real-IP"]|};

                    // Not personal: caching and content negotiation, and a response header the app sets.
                    var cache = request.Headers.ContainsKey(HeaderNames.CacheControl);
                    request.Headers.TryGetValue("If-None-Match", out var etag);
                    var accept = request.GetTypedHeaders().Accept;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device"),
                (1, "user.behavior.browsing_history"),
                (2, "user.device.ip_address"),
                (3, "user.demographic.language"),
                (4, "user.demographic.language"),
                (5, "user.behavior.browsing_history"),
                (6, "user.device.ip_address"))
            .ValidateAsync();
    }

    [Fact]
    public async Task RequestInputByKeyNameIsWhatTheKeyNames()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;

            class Input
            {
                void Read(HttpContext context)
                {
                    var email = {|#0:context.Request.Query["email"]|};
                    var phone = {|#1:context.Request.Form["phone"]|};
                    var zip = {|#2:context.Request.RouteValues["zipCode"]|};
                    var street = {|#3:context.GetRouteValue("street")|};
                    {|#4:context.Request.Query.TryGetValue("date_of_birth", out var dob)|};

                    // Not personal: paging, a search term, a product's name, an id.
                    var page = context.Request.Query["page"];
                    var term = context.Request.Query["q"];
                    var product = context.Request.Form["name"];
                    var id = context.GetRouteValue("id");
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.contact.email"),
                (1, "user.contact.phone_number"),
                (2, "user.contact.address.postal_code"),
                (3, "user.contact.address.street"),
                (4, "user.demographic.date_of_birth"))
            .ValidateAsync();
    }

    [Fact]
    public async Task CookiesAreWhatTheirNamesShowAndDeletingOneCollectsNothing()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;

            class Cookies
            {
                const string Visitor = "visitor_id";

                void Use(HttpContext context, string name)
                {
                    var visitor = {|#0:context.Request.Cookies|}[Visitor];
                    {|#1:context.Response.Cookies|}.Append("sid", "1");
                    var consent = {|#2:context.Request.Cookies|}[".AspNet.Consent"];
                    var unknown = {|#3:context.Request.Cookies|}[name];

                    // Not personal: deleting a cookie, app state (theme, language, preview mode).
                    context.Response.Cookies.Delete(Visitor);
                    var theme = context.Request.Cookies["theme"];
                    context.Response.Cookies.Append(".AspNetCore.Culture", "c=en|uic=en");
                    var preview = context.Request.Cookies.ContainsKey("preview-mode");
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.cookie_id"),
                (1, "user.device.cookie_id"),
                (2, "user.device.cookie"),
                (3, "user.device.cookie_id"))
            .ValidateAsync();
    }

    [Fact]
    public async Task AppStateCookiesAreReportedWhenAskedFor()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;

            class Cookies
            {
                object Theme(HttpContext context) => {|#0:context.Request.Cookies|}["theme"];
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .WithEditorConfig("privacy_analyzers.app_state_cookies = true")
            .ShouldReportSites((0, "user.device.cookie"))
            .ValidateAsync();
    }

    [Fact]
    public async Task OnlyTheSessionIdIsAnIdentifierAndValuesAreWhatTheirKeysName()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;

            class Cart
            {
                void Use(HttpContext context, string sku)
                {
                    var id = {|#0:context.Session.Id|};
                    var email = {|#1:context.Session.GetString("email")|};

                    // App state: the cart, a write, a removal, loading.
                    context.Session.SetString("cart", sku);
                    var cart = context.Session.GetString("cart");
                    context.Session.Remove("email");
                    var session = context.Session;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.cookie_id"),
                (1, "user.contact.email"))
            .ValidateAsync();
    }

    [Fact]
    public async Task OneReportPerSiteOnALine()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;

            class Setup
            {
                bool Local(HttpContext c) => {|#0:c.Connection.RemoteIpAddress|} is null || IsLocal(c.Connection.RemoteIpAddress);

                bool Twice(HttpContext c)
                {
                    var first = {|#1:c.Connection.RemoteIpAddress|};
                    var again = {|#2:c.Connection.RemoteIpAddress|};
                    var both = {|#3:c.Request.Headers["User-Agent"]|} + {|#4:c.Connection.RemoteIpAddress|} + c.Request.Headers["User-Agent"];
                    return first == again;
                }

                static bool IsLocal(System.Net.IPAddress? address) => address is null;
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.ip_address"),
                (1, "user.device.ip_address"),
                (2, "user.device.ip_address"),
                (3, "user.device"),
                (4, "user.device.ip_address"))
            .ValidateAsync();
    }

    [Fact]
    public async Task InAServerTheHostsOwnIdentityIsNoSite()
    {
        const string source = """
            using System;
            using System.Security.Principal;
            using Microsoft.AspNetCore.Http;

            class Host
            {
                string Name() => Environment.MachineName + Environment.UserName;

                string? Service() => WindowsIdentity.GetCurrent().Name;

                // The caller is still the end user.
                string? Caller(HttpContext context) => context.User.Identity?{|#0:.Name|};
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites((0, "user.account.username"))
            .ValidateAsync();
    }

    [Fact]
    public async Task OutsideAServerTheMachineAndAccountAreTheUsers()
    {
        const string source = """
            using System;

            class Desktop
            {
                string Name() => {|#0:Environment.MachineName|} + {|#1:Environment.UserName|};
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites((0, "user.device"), (1, "user.account.username"))
            .ValidateAsync();
    }

    [Theory]
    [InlineData("false", true)]
    [InlineData("true", false)]
    public async Task TheServerProjectOptionDecidesOverTheUsings(string value, bool reported)
    {
        var source = reported
            ? "using Microsoft.AspNetCore.Http;\nclass Host { string Name() => {|#0:System.Environment.MachineName|}; }"
            : "class Host { string Name() => System.Environment.MachineName; }";

        var builder = TestBuilder.Create()
            .WithSource(source)
            .WithEditorConfig("privacy_analyzers.server_project = " + value);
        await (reported ? builder.ShouldReportSites((0, "user.device")) : builder.ShouldReportSites()).ValidateAsync();
    }

    [Fact]
    public async Task ASocketsPeerIsASite()
    {
        const string server = """
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Discovery
            {
                async Task Listen(UdpClient udp, Socket socket)
                {
                    var result = await udp.ReceiveAsync();
                    var peer = {|#0:result.RemoteEndPoint|};
                    var tcp = {|#1:socket.RemoteEndPoint|};

                    // Not personal: the server's own end.
                    var local = socket.LocalEndPoint;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(server)
            .ShouldReportSites((0, "user.device.ip_address"), (1, "user.device.ip_address"))
            .ValidateAsync();
    }

    [Fact]
    public async Task TheDevicesModelMakerAndVersion()
    {
        const string source = """
            using Microsoft.Maui.Devices;

            class About
            {
                string Device() => {|#0:DeviceInfo.Model|} + {|#1:DeviceInfo.Current.Manufacturer|} + {|#2:DeviceInfo.VersionString|};

                string OnAndroid() => {|#3:Android.OS.Build.Model|} + {|#4:Android.OS.Build.Manufacturer|};

                string OnApple() => {|#5:UIKit.UIDevice.CurrentDevice.Model|} + {|#6:UIKit.UIDevice.CurrentDevice.SystemVersion|};

                // Not personal: the OS family and the form factor, the same for every user of a build.
                string Kind() => DeviceInfo.Platform.ToString() + DeviceInfo.Idiom;
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.device", 0, 1, 2, 3, 4, 5, 6))
            .ValidateAsync();
    }

    private const string BoundByName = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;

        public sealed class SignUp
        {
            public string? Email { get; set; }
            public string? ZipCode { get; set; }
            public string? NewPassword { get; set; }

            // Said too little by name alone, but beside an email and a password they are the person's
            // (ServerShapesTests); NewName and Quantity name nothing personal anywhere.
            public string? Name { get; set; }
            public string? State { get; set; }
            public string? NewName { get; set; }
            public int Quantity { get; set; }
        }

        // Said too little by name alone: a product's, an order's, a server's.
        public sealed class Order
        {
            public string? Name { get; set; }
            public string? State { get; set; }
            public int Quantity { get; set; }
        }

        public sealed class AccountController : ControllerBase
        {
            public IActionResult Register(SignUp {|#0:form|}) => Ok();

            public IActionResult Place(Order order) => Ok();
        }

        static class Endpoints
        {
            public static void Map(WebApplication app) => app.MapGet("/find", (string {|#1:phoneNumber|}, int page) => page);
        }
        """;

    [Fact]
    public async Task BoundModelsBindWhatTheirMembersNamesSayAtALowerConfidence()
    {
        await TestBuilder.Create()
            .WithSource(BoundByName)
            .ShouldReportSites(
                (0, "user.contact.email"),
                (0, "user.contact.address.postal_code"),
                (0, "user.authorization.credentials"),
                (0, "user.name"),
                (0, "user.contact.address.state"),
                (1, "user.contact.phone_number"))
            .ValidateAsync();

        var sites = await TestBuilder.Create().WithSource(BoundByName).WithRuleEnabled(RuleIds.CollectionSite).GetDiagnosticsAsync();
        Assert.All(sites.Where(d => d.Id == RuleIds.CollectionSite), d => Assert.Equal("name", d.Properties["confidence"]));
    }

    [Fact]
    public async Task BoundMemberNamesCanBeTurnedOff()
    {
        await TestBuilder.Create()
            .WithSource(BoundByName)
            .WithEditorConfig("privacy_analyzers.bound_member_names = false")
            .ShouldReportSites()
            .ValidateAsync();
    }
}
