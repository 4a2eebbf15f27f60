using System.Security.Claims;
using Microsoft.Net.Http.Headers;
using PrivacyAnalyzers;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// Visit log: the seed policies keep the IP address, browser type and pages visited.
app.Use(async (context, next) =>
{
    var visit = new VisitLog(
        context.Connection.RemoteIpAddress?.ToString(),          // PRIV001: IP address, not declared
        context.Request.Headers[HeaderNames.UserAgent].ToString(), // PRIV001: user agent, not declared
        context.Request.Path);
    app.Logger.LogInformation("{Visit}", visit);
    await next();
});

app.MapGet("/me", (ClaimsPrincipal user) => Newsletter.Recipient(user));
app.MapGet("/visitor", (HttpContext context) => Visitors.Id(context));
app.Run();

internal sealed record VisitLog(string? Ip, string UserAgent, string Page);

internal static class Newsletter
{
    // Declared: the email is read to send the newsletter the visitor signed up for.
    [CollectsPersonalData(DataCategories.Email, Purposes.MarketingCommunications)]
    public static string? Recipient(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
}

internal static class Visitors
{
    public static string Id(HttpContext context)
        => context.Request.Cookies["visitor"] ?? "new"; // PRIV001: cookie id, not declared
}
