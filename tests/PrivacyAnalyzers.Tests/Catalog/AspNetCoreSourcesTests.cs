using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>ASP.NET Core: the caller's address in all its forms, session, identity and the signed-in user's name.</summary>
public sealed class AspNetCoreSourcesTests
{
    [Fact]
    public async Task RemoteAddressInAllItsForms()
    {
        const string source = """
            using System.Net;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Connections;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Http.Features;

            class ClientAddressMiddleware
            {
                async Task InvokeAsync(HttpContext context, RequestDelegate next)
                {
                    var direct = {|#0:context.Connection.RemoteIpAddress|};
                    var feature = context.Features.Get<IHttpConnectionFeature>()?{|#1:.RemoteIpAddress|};
                    var forwarded = {|#2:context.Request.Headers["X-Forwarded-For"]|};
                    var cloudflare = {|#3:context.Request.Headers["CF-Connecting-IP"]|};

                    // Not personal: the server's own address and port, the caller's ephemeral port.
                    var local = context.Connection.LocalIpAddress;
                    var port = context.Connection.RemotePort;
                    await next(context);
                }
            }

            class TcpLogger : ConnectionHandler
            {
                public override Task OnConnectedAsync(ConnectionContext connection)
                {
                    var peer = {|#4:connection.RemoteEndPoint|} as IPEndPoint;
                    var id = connection.ConnectionId;
                    return Task.CompletedTask;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.ip_address"),
                (1, "user.device.ip_address"),
                (2, "user.device.ip_address"),
                (3, "user.device.ip_address"),
                (4, "user.device.ip_address"))
            .ValidateAsync();
    }

    [Fact]
    public async Task SessionAndCookiesIdentifyTheBrowser()
    {
        const string source = """
            using Microsoft.AspNetCore.Http;

            class Cart
            {
                void Add(HttpContext context, string sku)
                {
                    // The session's id is its identifier; what the app stores in it is app state (issue 14).
                    var session = {|#0:context.Session.Id|};
                    context.Session.SetString("cart", sku);
                    var returning = {|#1:context.Request.Cookies|}.ContainsKey("visited");
                    // Set and never read back here: where the cookie reaches the device is its site (Engine/CookieReads).
                    {|#2:context.Response.Cookies|}.Append("visitor", "1");
                }

                // Not personal: the request's path and method.
                string Route(HttpContext context) => context.Request.Method + " " + context.Request.Path;
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.cookie_id"),
                (1, "user.device.cookie_id"),
                (2, "user.device.cookie_id"))
            .ValidateAsync();
    }

    [Fact]
    public async Task IdentityUserManagerAndSignedInUser()
    {
        const string source = """
            using System.Security.Claims;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Identity;

            class AccountController
            {
                readonly UserManager<IdentityUser> users;

                AccountController(UserManager<IdentityUser> users) => this.users = users;

                // Held by the controller (a parameter would be its caller's value, propagated: Engine/StoreLookups).
                string login = "";

                async Task<string?> Lookup(ClaimsPrincipal caller)
                {
                    var user = await {|#0:users.FindByNameAsync(login)|};
                    var name = {|#1:users.GetUserName(caller)|};
                    var shown = {|#2:caller.Identity!.Name|};

                    // The account's id, read from the NameIdentifier claim as FindFirstValue would.
                    var id = {|#3:users.GetUserId(caller)|};

                    // Not personal data about the user: whether they are authenticated.
                    var signedIn = caller.Identity.IsAuthenticated;
                    return user is null ? null : name ?? shown ?? id;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.account.username"),
                (1, "user.account.username"),
                (2, "user.account.username"),
                (3, "user.unique_id"))
            .ValidateAsync();
    }
}
