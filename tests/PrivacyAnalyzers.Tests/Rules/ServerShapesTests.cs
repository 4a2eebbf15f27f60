using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// Issue 14, server code: the shapes held-out servers were weak on (MediatR-style commands whose personal data sits
/// in a nested class, the Authorization header and a bearer token in the query, claims read through an app's own
/// accessor, profile data), each beside the look-alike uses that are app state and must stay silent.
/// </summary>
public sealed class ServerShapesTests
{
    [Fact]
    public Task CommandsBoundFromTheBodyCarryTheirNestedClassesData() => TestBuilder.Create().WithSource("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;

        public class Create
        {
            public class UserData
            {
                public string? Username { get; set; }
                public string? Email { get; set; }
                public string? Password { get; set; }
            }

            public record Command(UserData User);
        }

        public class Edit
        {
            public class UserData
            {
                public string? Email { get; set; }
                public string? Bio { get; set; }
                public string? Image { get; set; }
            }

            public class Command { public UserData User { get; set; } = new(); }
        }

        public class Article
        {
            public class ArticleData
            {
                public string? Title { get; set; }
                public string? Name { get; set; }
                public string? Image { get; set; }
                public string? City { get; set; }
            }

            public record Command(ArticleData Article);
        }

        [Route("users")]
        public class UsersController : Controller
        {
            [HttpPost]
            public Task<IActionResult> Create([FromBody] Create.Command {|#0:command|}, CancellationToken cancellationToken) => null!;

            [HttpPut]
            public Task<IActionResult> Edit([FromBody] Edit.Command {|#1:command|}, CancellationToken cancellationToken) => null!;

            // A product-like model: Name, Image and City say too little with nothing personal beside them.
            [HttpPost("articles")]
            public Task<IActionResult> Publish([FromBody] Article.Command command) => null!;
        }
        """)
        .ShouldReportSites(
            (0, "user.account.username"), (0, "user.contact.email"), (0, "user.authorization.credentials"),
            (1, "user.contact.email"), (1, "user.demographic.profile"), (1, "user.content.self_image"))
        .ValidateAsync();

    [Fact]
    public Task NamesThatSayTooLittleAloneAreTheirPersonsBesidePersonalData() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Mvc;

        namespace Microsoft.Contoso.Web
        {
            // The app's own types, although their namespace starts with Microsoft (eShopOnWeb's Microsoft.eShopWeb).
            public class CreateUserByName
            {
                public string? Name { get; set; }
                public string? Password { get; set; }
            }

            public class Contact
            {
                public string? Name { get; set; }
                public string? Email { get; set; }
                public string? City { get; set; }
            }

            public class Library { public string? Name { get; set; } public string? Country { get; set; } }

            [ApiController]
            public class UserController : ControllerBase
            {
                [HttpPost]
                public IActionResult New([FromBody] CreateUserByName {|#0:request|}) => Ok();

                [HttpPost("contact")]
                public IActionResult Write([FromBody] Contact {|#1:contact|}) => Ok();

                [HttpPost("library")]
                public IActionResult Add([FromBody] Library library) => Ok();
            }
        }
        """)
        .ShouldReportSites(
            (0, "user.account.username"), (0, "user.authorization.credentials"),
            (1, "user.name"), (1, "user.contact.email"), (1, "user.contact.address.city"))
        .ValidateAsync();

    [Fact]
    public Task TheAuthorizationHeaderInEveryShape() => TestBuilder.Create().WithSource("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Net.Http.Headers;

        public class TokenMiddleware
        {
            private const string Scheme = "Authorization";
            private readonly RequestDelegate next;

            public TokenMiddleware(RequestDelegate next) => this.next = next;

            public async Task Invoke(HttpContext context)
            {
                var raw = {|#0:context.Request.Headers["Authorization"]|};
                var named = {|#1:context.Request.Headers[HeaderNames.Authorization]|}.ToString();
                var typed = {|#2:context.Request.Headers.Authorization|};
                {|#3:context.Request.Headers.TryGetValue(Scheme, out var value)|};
                var query = {|#4:context.Request.Query["access_token"]|};

                // Not the caller's: content negotiation, a header the app sets on its response.
                var accept = context.Request.Headers["Accept"];
                context.Response.Headers.Authorization = "none";
                context.Response.Headers["WWW-Authenticate"] = "Bearer";
                var page = context.Request.Query["page"];
                await next(context);
            }
        }
        """)
        .ShouldReportSites(
            (0, "user.authorization.credentials"), (1, "user.authorization.credentials"), (2, "user.authorization.credentials"),
            (3, "user.authorization.credentials"), (4, "user.authorization.credentials"))
        .ValidateAsync();

    [Fact]
    public Task ClaimsReadThroughAnAppsOwnAccessorAndHelpers() => TestBuilder.Create().WithSource("""
        using System.Linq;
        using System.Security.Claims;
        using Microsoft.AspNetCore.Http;

        public class CurrentUserAccessor
        {
            private readonly IHttpContextAccessor accessor;

            public CurrentUserAccessor(IHttpContextAccessor accessor) => this.accessor = accessor;

            public string? Name() => accessor.HttpContext?.User?.Claims?{|#0:.FirstOrDefault(x => x.Type == ClaimTypes.NameIdentifier)|}?.Value;

            public string? Email() => accessor.HttpContext?{|#1:.User.FindFirst(ClaimTypes.Email)|}?.Value;

            public string? Id() => accessor.HttpContext?{|#2:.User.FindFirstValue("sub")|};

            // Not personal: roles and the authentication state. (A site under ?. is located at the access it makes.)
            public bool Admin() => accessor.HttpContext?.User.IsInRole("admin") ?? false;

            public string? Role() => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.Role);
        }

        public static class ClaimsPrincipalExtensions
        {
            public static string? UserId(this ClaimsPrincipal principal) => {|#3:principal.FindFirstValue(ClaimTypes.NameIdentifier)|};

            public static bool Authenticated(this ClaimsPrincipal principal) => principal.Identity?.IsAuthenticated ?? false;
        }
        """)
        .ShouldReportSites(
            (0, "user.unique_id"), (1, "user.contact.email"), (2, "user.unique_id"), (3, "user.unique_id"))
        .ValidateAsync();

    [Fact]
    public Task TheBearerTokenReadInJwtBearerEvents() => TestBuilder.Create().WithSource("""
        using System;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authentication;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;

        public static class Jwt
        {
            public static void Add(AuthenticationBuilder builder) => builder.AddJwtBearer(options =>
            {
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        var token = {|#0:context.HttpContext.Request.Headers["Authorization"]|};
                        if (token.Count > 0 && token[0]!.StartsWith("Token ", StringComparison.OrdinalIgnoreCase))
                        {
                            context.Token = token[0]!.Substring("Token ".Length).Trim();
                        }

                        var hub = {|#1:context.Request.Query["access_token"]|};

                        // Not the caller's: the path, and the token the handler was given (the app's own write).
                        var path = context.HttpContext.Request.Path;
                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        var email = context.Principal?{|#2:.FindFirst(System.IdentityModel.Tokens.Jwt.JwtRegisteredClaimNames.Email)|};
                        var role = context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.Role);
                        return Task.CompletedTask;
                    },
                };
            });
        }
        """)
        .ShouldReportSites(
            (0, "user.authorization.credentials"), (1, "user.authorization.credentials"), (2, "user.contact.email"))
        .ValidateAsync();

    [Fact]
    public Task ClaimNameConstantsOfTheJwtLibraries() => TestBuilder.Create().WithSource("""
        using System.IdentityModel.Tokens.Jwt;
        using System.Linq;
        using System.Security.Claims;
        using IdentityModel;

        public static class Claims
        {
            public static void Read(ClaimsPrincipal user)
            {
                var subject = {|#0:user.FindFirst(JwtClaimTypes.Subject)|};
                var email = {|#1:user.Claims.FirstOrDefault(c => c.Type == JwtRegisteredClaimNames.Email)|};
                var given = {|#2:user.FindFirstValue(JwtRegisteredClaimNames.GivenName)|};

                // Protocol claims: no one's data.
                var idp = user.FindFirst(JwtClaimTypes.IdentityProvider);
                var sid = user.FindFirst(JwtClaimTypes.SessionId);
                var jti = user.FindFirstValue(JwtRegisteredClaimNames.Jti);
            }
        }
        """)
        .ShouldReportSites(
            (0, "user.unique_id"), (1, "user.contact.email"), (2, "user.name.first"))
        .ValidateAsync();

    [Fact]
    public Task IdentityServersPrincipalHelpersReadTheUsersClaims() => TestBuilder.Create().WithSource("""
        using System.Security.Claims;
        using IdentityServer4.Extensions;

        public static class Consent
        {
            public static void Read(ClaimsPrincipal user)
            {
                var subject = {|#0:user.GetSubjectId()|};
                var name = {|#1:user.GetDisplayName()|};

                // The identity provider's name and the sign-in time: not the user's data.
                var idp = user.GetIdentityProvider();
                var when = user.GetAuthenticationTime();
                var signedIn = user.IsAuthenticated();
            }
        }
        """)
        .ShouldReportSites((0, "user.unique_id"), (1, "user.name"))
        .ValidateAsync();

    [Fact]
    public Task EveryClaimCopiedOrProjectedToItsValues() => TestBuilder.Create().WithSource("""
        using System.Linq;
        using System.Security.Claims;

        public static class External
        {
            public static void Provision(ClaimsPrincipal externalUser, ClaimsIdentity identity)
            {
                var claims = {|#0:externalUser.Claims.ToList()|};
                var logged = {|#1:externalUser.Claims.Select(c => $"{c.Type}: {c.Value}")|};
                var copied = {|#2:identity.Claims.ToArray()|};

                // The claim types alone, and a count: no one's data.
                var types = externalUser.Claims.Select(c => c.Type).ToList();
                var count = externalUser.Claims.Count();
            }
        }
        """)
        .ShouldReportSites((0, "user"), (1, "user"), (2, "user"))
        .ValidateAsync();

    [Fact]
    public Task AClaimHelperThatTakesTheClaimTypeReadsTheUsersClaims() => TestBuilder.Create().WithSource("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Claims;

        public static class ClaimsPrincipalExtensions
        {
            public static string? GetDevice(this ClaimsPrincipal user) => GetClaimValue(user, "device");

            private static string? GetClaimValue(in ClaimsPrincipal user, string name)
                => {|#0:user.Claims.FirstOrDefault(claim => claim.Type.Equals(name, StringComparison.OrdinalIgnoreCase))|}?.Value;

            // Whether a claim is there says nothing about the user; a claim list that is not a principal's is no one's.
            private static bool Has(ClaimsPrincipal user, string name) => user.Claims.Any(c => c.Type == name);

            private static Claim? Pick(IEnumerable<Claim> claims, string name) => claims.FirstOrDefault(c => c.Type == name);
        }
        """)
        .ShouldReportSites((0, "user"))
        .ValidateAsync();

    [Fact]
    public async Task RoutedMethodsOnAnUnresolvedBaseAreActions()
    {
        // A folder scan of Ardalis.ApiEndpoints: EndpointBaseAsync (a ControllerBase) does not resolve, the route
        // attribute on the method still says it is an action. Without one (or on a resolved non-controller), no site.
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;
            using Ardalis.ApiEndpoints;
            using Microsoft.AspNetCore.Mvc;

            public class AuthenticateRequest
            {
                public string? Username { get; set; }
                public string? Password { get; set; }
            }

            public class AuthenticateEndpoint : EndpointBaseAsync.WithRequest<AuthenticateRequest>.WithActionResult<string>
            {
                [HttpPost("api/authenticate")]
                public Task<ActionResult<string>> HandleAsync(AuthenticateRequest request, CancellationToken cancellationToken = default) => null!;

                public Task<ActionResult<string>> Helper(AuthenticateRequest request) => null!;
            }

            public class Service
            {
                [HttpPost("not-a-controller")]
                public void Handle(AuthenticateRequest request) { }
            }
            """;

        var diagnostics = await TestBuilder.Create().WithSource(source).GetDiagnosticsAsync();
        var sites = diagnostics.Where(d => d.Id == RuleIds.UndeclaredCollection)
            .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line, Category: d.Properties["category"]))
            .OrderBy(s => s.Category, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(new[] { (14, "user.account.username"), (14, "user.authorization.credentials") }, sites.Select(s => (s.Line, s.Category!)));
    }

    [Fact]
    public Task RoutedMethodsOfAConventionalControllerAreActions() => TestBuilder.Create().WithSource("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;

        public record UserData(string? Username, string? Email, string? Password);

        public record Command(UserData User);

        // No base class: ASP.NET Core's naming convention makes it a controller (Conduit's UsersController(IMediator)).
        [Route("users")]
        public class UsersController
        {
            [HttpPost]
            public Task<string> Create([FromBody] Command {|#0:command|}, CancellationToken cancellationToken) => null!;

            // Not routed: not an action of a conventional controller.
            public Task<string> Helper(Command command) => null!;
        }

        // A game's or a UI's controller: named like one, never routed.
        public class PlayerController
        {
            public void Move(Command command) { }
        }

        [NonController]
        public class AuditController
        {
            [HttpPost]
            public void Record(Command command) { }
        }
        """)
        .ShouldReportSites((0, "user.account.username"), (0, "user.contact.email"), (0, "user.authorization.credentials"))
        .ValidateAsync();
}
