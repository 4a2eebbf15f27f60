using System.Security.Claims;
using PrivacyAnalyzers;

namespace WebPortal;

/// <summary>The sign-up form for the portal, web and e-mail services, and events.</summary>
public sealed record SignUpForm(
    string FirstName,
    string LastName,
    string Street,
    string ZipCode,
    string City,
    string Country,
    string Phone,
    string Email,
    string JobTitle,
    string Company,
    bool Newsletter);

internal static class SignUp
{
    /// <summary>Stores the registration; the session cookie keeps the visitor signed in.</summary>
    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService)]
    public static IResult Register(SignUpForm form, HttpContext context)
    {
        context.Response.Cookies.Append("portal-session", Guid.NewGuid().ToString("N"), new CookieOptions { HttpOnly = true, Secure = true });
        return Results.Created("/me", new { form.Email });
    }
}

internal static class Account
{
    /// <summary>The address we answer and, with consent, send news to.</summary>
    [CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Purposes.MarketingCommunications)]
    public static string? ContactEmail(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
}
