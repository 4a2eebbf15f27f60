// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.authentication.jwtbearer.jwtbearerevents
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.authentication.jwtbearer.messagereceivedcontext
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.authentication.jwtbearer.tokenvalidatedcontext
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.authentication.jwtbearer.jwtbeareroptions
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.extensions.dependencyinjection.jwtbearerextensions
// Shapes checked against dotnet/aspnetcore src/Security/Authentication/JwtBearer/src (NuGet, not part of the shared
// framework). Only what app code touches is stubbed: the events and the contexts server code reads the request and the
// principal through. Members typed by Microsoft.IdentityModel (TokenValidationParameters, SecurityToken) are left out:
// they are another package, and a use of them stays unresolved without hiding the rest.
using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;

namespace Microsoft.AspNetCore.Authentication.JwtBearer
{
    public static class JwtBearerDefaults
    {
        public const string AuthenticationScheme = "Bearer";
    }

    public class JwtBearerOptions : AuthenticationSchemeOptions
    {
        public string? Authority { get; set; }

        public string? Audience { get; set; }

        public bool RequireHttpsMetadata { get; set; }

        public bool SaveToken { get; set; }

        public bool IncludeErrorDetails { get; set; }

        public bool MapInboundClaims { get; set; }

        public new JwtBearerEvents Events { get => throw null!; set => throw null!; }
    }

    public class JwtBearerEvents
    {
        public Func<AuthenticationFailedContext, Task> OnAuthenticationFailed { get; set; } = null!;

        public Func<ForbiddenContext, Task> OnForbidden { get; set; } = null!;

        public Func<MessageReceivedContext, Task> OnMessageReceived { get; set; } = null!;

        public Func<TokenValidatedContext, Task> OnTokenValidated { get; set; } = null!;

        public Func<JwtBearerChallengeContext, Task> OnChallenge { get; set; } = null!;

        public virtual Task AuthenticationFailed(AuthenticationFailedContext context) => throw null!;

        public virtual Task Forbidden(ForbiddenContext context) => throw null!;

        public virtual Task MessageReceived(MessageReceivedContext context) => throw null!;

        public virtual Task TokenValidated(TokenValidatedContext context) => throw null!;

        public virtual Task Challenge(JwtBearerChallengeContext context) => throw null!;
    }

    public class MessageReceivedContext : ResultContext<JwtBearerOptions>
    {
        public MessageReceivedContext(HttpContext context, AuthenticationScheme scheme, JwtBearerOptions options)
            : base(context, scheme, options) => throw null!;

        /// <summary>The bearer token; setting it makes the handler validate it instead of the Authorization header's.</summary>
        public string? Token { get; set; }
    }

    public class TokenValidatedContext : ResultContext<JwtBearerOptions>
    {
        public TokenValidatedContext(HttpContext context, AuthenticationScheme scheme, JwtBearerOptions options)
            : base(context, scheme, options) => throw null!;
    }

    public class AuthenticationFailedContext : ResultContext<JwtBearerOptions>
    {
        public AuthenticationFailedContext(HttpContext context, AuthenticationScheme scheme, JwtBearerOptions options)
            : base(context, scheme, options) => throw null!;

        public Exception Exception { get; set; } = null!;
    }

    public class ForbiddenContext : ResultContext<JwtBearerOptions>
    {
        public ForbiddenContext(HttpContext context, AuthenticationScheme scheme, JwtBearerOptions options)
            : base(context, scheme, options) => throw null!;
    }

    public class JwtBearerChallengeContext : PropertiesContext<JwtBearerOptions>
    {
        public JwtBearerChallengeContext(HttpContext context, AuthenticationScheme scheme, JwtBearerOptions options, AuthenticationProperties properties)
            : base(context, scheme, options, properties) => throw null!;

        public Exception? AuthenticateFailure { get; set; }

        public string? Error { get; set; }

        public string? ErrorDescription { get; set; }

        public bool Handled => throw null!;

        public void HandleResponse() => throw null!;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class JwtBearerExtensions
    {
        public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder) => throw null!;

        public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, Action<JwtBearerOptions> configureOptions) => throw null!;

        public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, string authenticationScheme, Action<JwtBearerOptions> configureOptions) => throw null!;

        public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, string authenticationScheme, string? displayName, Action<JwtBearerOptions> configureOptions) => throw null!;
    }
}
