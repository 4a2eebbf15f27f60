// Mirrors https://identitymodel.readthedocs.io/en/latest/ (IdentityModel.JwtClaimTypes)
// The OpenID Connect claim names as IdentityModel spells them; values checked against the OpenID Connect standard
// claims (https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims) and
// IdentityModel/IdentityModel src/JwtClaimTypes.cs. Only the claims about the user and the
// protocol claims apps read beside them are stubbed.
namespace IdentityModel
{
    public static class JwtClaimTypes
    {
        public const string Subject = "sub";
        public const string Name = "name";
        public const string GivenName = "given_name";
        public const string FamilyName = "family_name";
        public const string MiddleName = "middle_name";
        public const string NickName = "nickname";
        public const string PreferredUserName = "preferred_username";
        public const string Profile = "profile";
        public const string Picture = "picture";
        public const string WebSite = "website";
        public const string Email = "email";
        public const string EmailVerified = "email_verified";
        public const string Gender = "gender";
        public const string BirthDate = "birthdate";
        public const string ZoneInfo = "zoneinfo";
        public const string Locale = "locale";
        public const string PhoneNumber = "phone_number";
        public const string PhoneNumberVerified = "phone_number_verified";
        public const string Address = "address";
        public const string Audience = "aud";
        public const string Issuer = "iss";
        public const string NotBefore = "nbf";
        public const string Expiration = "exp";
        public const string IssuedAt = "iat";
        public const string AuthenticationMethod = "amr";
        public const string SessionId = "sid";
        public const string AuthenticationTime = "auth_time";
        public const string IdentityProvider = "idp";
        public const string Role = "role";
        public const string ClientId = "client_id";
        public const string Scope = "scope";
        public const string JwtId = "jti";
    }
}
