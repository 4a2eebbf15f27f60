using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using PrivacyAnalyzers;
using Seeds.Crm;

namespace Seeds.WebShop
{
    /// <summary>The shop's minimal API.</summary>
    public static class Endpoints
    {
        public static void Map(WebApplication app)
        {
            // The caller's address, to greet returning visitors: not declared.
            app.MapGet("/whoami", (HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

            app.MapGet("/basket", (HttpContext context) =>
            {
                var basketId = context.Request.Cookies["basket"];   // aligned   comment, keep it
                return Results.Ok(new { basketId });
            });

            // Bound from the request body: the sign-up form carries an e-mail address.
            app.MapPost("/signup", (SignUpForm form) => Results.Created("/me", form.Email));
        }

        /// <summary>Reads the visitor's browser.</summary>
        public static string Browser(HttpRequest request)
        {
            var agent  =  request.Headers[HeaderNames.UserAgent].ToString();   // odd spacing stays

            #region referrer
            var referrer = request.Headers.Referer.ToString();
            #endregion

            return agent + " " + referrer;
        }

        [CollectsPersonalData(DataCategories.IpAddress, "essential.fraud_detectoin")] // a typo in the purpose
        public static string? ForwardedFor(HttpRequest request) => request.Headers["X-Forwarded-For"];

        // The policy does not allow advertising for e-mail addresses.
        [CollectsPersonalData(DataCategories.Email, Purposes.Advertising)]
        public static string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);

        // A typo in the category: it covers nothing, so the phone number is undeclared too.
        [CollectsPersonalData("user.contact.phone_numbr", Purposes.EssentialService)]
        public static string? Phone(ClaimsPrincipal user)
            => user.FindFirstValue(ClaimTypes.MobilePhone);

        /// <summary>Collects nothing any more, but the declaration stayed.</summary>
        [CollectsPersonalData(DataCategories.PreciseLocation, Purposes.EssentialService)]
        public static string Region(string? country) => country ?? "world";

        public static string? ClaimedName(ClaimsPrincipal user) => user.FindFirst("given_name")?.Value;

        public static string? AnyClaim(ClaimsPrincipal user, string type) => user.FindFirstValue(type);

        public static async Task<string> CustomerCardAsync(CrmClient crm, string id)
        {
            var email = await crm.GetEmail(id);
            var customer = crm.Lookup(id);
            return $"{customer.Name} <{email}> {customer.Phone}";
        }
    }

    public sealed record SignUpForm(
        [property: System.ComponentModel.DataAnnotations.EmailAddress] string Email,
        [property: Microsoft.AspNetCore.Identity.PersonalData] string FirstName,
        bool Newsletter);
}
