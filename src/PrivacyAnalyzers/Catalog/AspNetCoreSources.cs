using System;
using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Sources in ASP.NET Core and ASP.NET Core Identity (Microsoft.AspNetCore.App).</summary>
    internal static class AspNetCoreSources
    {
        private const string P = Platforms.AspNetCore;

        /// <summary>Request headers that carry personal data, by name (header names ignore case).</summary>
        private static readonly (string, string)[] PersonalHeaders =
        {
            ("User-Agent", Ids.Device),
            ("Referer", Ids.BrowsingHistory),
            ("Cookie", Ids.CookieId),
            ("X-Forwarded-For", Ids.IpAddress),
            ("X-Real-IP", Ids.IpAddress),
            ("Forwarded", Ids.IpAddress),
            ("CF-Connecting-IP", Ids.IpAddress),
            ("True-Client-IP", Ids.IpAddress),
        };

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.connectioninfo.remoteipaddress
            Member("P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress", Ids.IpAddress, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.features.ihttpconnectionfeature.remoteipaddress
            Member("P:Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature.RemoteIpAddress", Ids.IpAddress, P),
            // The transport's view of the peer (Kestrel connection middleware, SignalR): an IPEndPoint for TCP.
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.connections.baseconnectioncontext.remoteendpoint
            Member("P:Microsoft.AspNetCore.Connections.BaseConnectionContext.RemoteEndPoint", Ids.IpAddress, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.httprequest.cookies
            Member("P:Microsoft.AspNetCore.Http.HttpRequest.Cookies", Ids.CookieId, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.httpresponse.cookies
            Member("P:Microsoft.AspNetCore.Http.HttpResponse.Cookies", Ids.CookieId, P),
            // Session state keys server-side data to a session cookie that identifies the browser ("the cookie
            // contains the session ID"), and the docs class it as non-essential for consent: using the session is
            // setting and reading a cookie identifier. https://learn.microsoft.com/aspnet/core/fundamentals/app-state#session-state
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.httpcontext.session
            Member("P:Microsoft.AspNetCore.Http.HttpContext.Session", Ids.CookieId, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.iheaderdictionary.useragent
            Member("P:Microsoft.AspNetCore.Http.IHeaderDictionary.UserAgent", Ids.Device, P),
            Member("P:Microsoft.AspNetCore.Http.IHeaderDictionary.Referer", Ids.BrowsingHistory, P),
            Member("P:Microsoft.AspNetCore.Http.IHeaderDictionary.Cookie", Ids.CookieId, P),
            // Headers read by name: Request.Headers["User-Agent"], Request.Headers[HeaderNames.UserAgent].
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.iheaderdictionary.item
            ByArgument("P:Microsoft.AspNetCore.Http.IHeaderDictionary.Item(System.String)", P, "key", StringComparer.OrdinalIgnoreCase, null, PersonalHeaders),
            // https://learn.microsoft.com/dotnet/api/system.security.claims.principalextensions.findfirstvalue
            ByArgument("M:System.Security.Claims.PrincipalExtensions.FindFirstValue(System.Security.Claims.ClaimsPrincipal,System.String)", P, "claimType", ClaimTypeValues.Comparer, null, ClaimTypeValues.All),
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.usermanager-1
            Member("M:Microsoft.AspNetCore.Identity.UserManager`1.GetEmailAsync", Ids.Email, P),
            Member("M:Microsoft.AspNetCore.Identity.UserManager`1.FindByEmailAsync", Ids.Email, P),
            Member("M:Microsoft.AspNetCore.Identity.UserManager`1.GetPhoneNumberAsync", Ids.Phone, P),
            Member("M:Microsoft.AspNetCore.Identity.UserManager`1.GetUserNameAsync", Ids.Username, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.usermanager-1.getusername
            Member("M:Microsoft.AspNetCore.Identity.UserManager`1.GetUserName", Ids.Username, P),
            // https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.usermanager-1.findbynameasync
            Member("M:Microsoft.AspNetCore.Identity.UserManager`1.FindByNameAsync", Ids.Username, P));
    }
}
