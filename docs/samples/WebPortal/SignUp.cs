using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PrivacyAnalyzers;

namespace WebPortal;

/// <summary>The sign-up form for the portal, web and e-mail services, and events.</summary>
public sealed record SignUpForm(
    [property: PersonalData] string FirstName,
    [property: PersonalData] string LastName,
    [property: PersonalData] string Street,
    [property: PersonalData] string ZipCode,
    [property: PersonalData] string City,
    [property: PersonalData] string Country,
    [property: Phone] string Phone,
    [property: EmailAddress] string Email,
    [property: PersonalData] string JobTitle,
    [property: PersonalData] string Company,
    bool Newsletter);

internal static class SignUp
{
    /// <summary>Stores the registration; the session cookie keeps the visitor signed in.</summary>
    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService)]
    [CollectsPersonalData(DataCategories.Name, Purposes.EssentialService, Purposes.MarketingCommunications)]
    [CollectsPersonalData(DataCategories.Contact, Purposes.EssentialService)]
    [CollectsPersonalData(DataCategories.JobTitle, Purposes.EssentialService, Purposes.MarketingCommunications)]
    [CollectsPersonalData(DataCategories.Workplace, Purposes.EssentialService, Purposes.MarketingCommunications)]
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
