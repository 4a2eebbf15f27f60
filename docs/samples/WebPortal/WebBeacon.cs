using PrivacyAnalyzers;

namespace WebPortal;

/// <summary>A 1×1 image in our e-mails and pages that tells us they were opened.</summary>
internal static class WebBeacon
{
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    [CollectsPersonalData(DataCategories.CookieId, Purposes.AnalyticsReporting)]
    [CollectsPersonalData(DataCategories.IpAddress, Purposes.Security)]
    public static IResult Record(HttpContext context)
    {
        var visitor = context.Request.Cookies["visitor"] ?? "anonymous";
        var address = context.Connection.RemoteIpAddress;
        context.RequestServices.GetRequiredService<ILogger<Program>>().LogInformation("beacon {Visitor} {Address}", visitor, address);
        return Results.File(Pixel, "image/gif");
    }
}
