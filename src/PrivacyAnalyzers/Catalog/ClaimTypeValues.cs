using System;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// Claim types that name personal data: the <c>System.Security.Claims.ClaimTypes</c> URIs
    /// (https://learn.microsoft.com/dotnet/api/system.security.claims.claimtypes) and the OpenID
    /// Connect short names (https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims).
    /// </summary>
    internal static class ClaimTypeValues
    {
        private const string Soap = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/";

        /// <summary>ClaimsIdentity.FindFirst compares claim types ignoring case, and so do we.</summary>
        public static StringComparer Comparer { get; } = StringComparer.OrdinalIgnoreCase;

        public static System.Collections.Immutable.ImmutableArray<(string Value, string Category)> All { get; } = System.Collections.Immutable.ImmutableArray.Create(new[]
        {
            (Soap + "emailaddress", Ids.Email),
            (Soap + "mobilephone", Ids.Phone),
            (Soap + "homephone", Ids.Phone),
            (Soap + "otherphone", Ids.Phone),
            (Soap + "name", Ids.Username),
            (Soap + "givenname", Ids.FirstName),
            (Soap + "surname", Ids.LastName),
            (Soap + "streetaddress", Ids.Street),
            (Soap + "postalcode", Ids.PostalCode),
            (Soap + "stateorprovince", Ids.State),
            (Soap + "country", Ids.Country),
            (Soap + "locality", Ids.City),
            (Soap + "dateofbirth", Ids.DateOfBirth),
            (Soap + "gender", Ids.Gender),
            ("email", Ids.Email),
            ("phone_number", Ids.Phone),
            ("name", Ids.Name),
            ("given_name", Ids.FirstName),
            ("family_name", Ids.LastName),
            ("preferred_username", Ids.Username),
            ("address", Ids.Address),
            ("birthdate", Ids.DateOfBirth),
            ("gender", Ids.Gender),
        });
    }
}
