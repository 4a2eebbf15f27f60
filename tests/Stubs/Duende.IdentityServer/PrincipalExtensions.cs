// Mirrors https://docs.duendesoftware.com/identityserver/ (Duende.IdentityServer.Extensions.PrincipalExtensions)
// Shapes checked against DuendeSoftware/IdentityServer src/IdentityServer/Extensions/PrincipalExtensions.cs, the same API as IdentityServer4:
// GetSubjectId reads the "sub" claim (and throws without one), GetDisplayName the "name" claim (else the subject).
using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Security.Principal;

namespace Duende.IdentityServer.Extensions
{
    public static class PrincipalExtensions
    {
        public static DateTime GetAuthenticationTime(this IPrincipal principal) => throw null!;

        public static long GetAuthenticationTimeEpoch(this IPrincipal principal) => throw null!;

        public static long GetAuthenticationTimeEpoch(this IIdentity identity) => throw null!;

        public static string GetSubjectId(this IPrincipal principal) => throw null!;

        public static string GetSubjectId(this IIdentity identity) => throw null!;

        public static string GetDisplayName(this ClaimsPrincipal principal) => throw null!;

        public static string GetAuthenticationMethod(this IPrincipal principal) => throw null!;

        public static IEnumerable<Claim> GetAuthenticationMethods(this IPrincipal principal) => throw null!;

        public static string GetIdentityProvider(this IPrincipal principal) => throw null!;

        public static bool IsAuthenticated(this IPrincipal principal) => throw null!;
    }
}
