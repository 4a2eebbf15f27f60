using Microsoft.Net.Http.Headers;
using PrivacyAnalyzers;

namespace WebPortal;

/// <summary>Logs each visit: address, browser, page and how long the request took.</summary>
[CollectsPersonalData(DataCategories.IpAddress, Purposes.Security, Purposes.ImproveService)]
[CollectsPersonalData(DataCategories.Device, Purposes.ImproveService)]
[CollectsPersonalData(DataCategories.BrowsingHistory, Purposes.ImproveService)]
internal sealed class VisitLog(RequestDelegate next, ILogger<VisitLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = DateTimeOffset.UtcNow;
        await next(context);
        logger.LogInformation(
            "{Ip} {Browser} {Page} from {Referrer} in {Duration} ms",
            context.Connection.RemoteIpAddress,
            context.Request.Headers[HeaderNames.UserAgent].ToString(),
            context.Request.Path,
            context.Request.Headers.Referer.ToString(),
            (DateTimeOffset.UtcNow - started).TotalMilliseconds);
    }
}
