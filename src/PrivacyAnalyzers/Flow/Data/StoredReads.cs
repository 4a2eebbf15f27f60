using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Flow.Data
{
    /// <summary>
    /// Flow sources that are not collection sites: an account store's accessors of the members Identity classifies
    /// personal (<c>IdentityUser</c>'s <c>[ProtectedPersonalData]</c> <c>Email</c>, <c>PhoneNumber</c>, <c>UserName</c>).
    /// The catalogue leaves them out (they read back what the app stored, collected where the form that wrote it was
    /// bound: aspnetcore.txt), but the value they return is that classified member's, so a flow starts there as it does
    /// at <c>user.Email</c>: <c>logger.LogWarning("Reset for " + await users.GetEmailAsync(user))</c> logs an address.
    /// Matched by the declaring type (a derived manager inherits them) and the member's name.
    /// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.usermanager-1.getemailasync
    /// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.usermanager-1.getphonenumberasync
    /// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.usermanager-1.getusernameasync
    /// </summary>
    internal static class StoredReads
    {
        private static readonly ImmutableDictionary<string, string> UserManagerReads = ImmutableDictionary.CreateRange(
            System.StringComparer.Ordinal,
            new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string>("GetEmailAsync", "user.contact.email"),
                new System.Collections.Generic.KeyValuePair<string, string>("GetPhoneNumberAsync", "user.contact.phone_number"),
                new System.Collections.Generic.KeyValuePair<string, string>("GetUserNameAsync", "user.account.username"),
            });

        /// <summary>Every category the table yields, for the test that holds them to the taxonomy.</summary>
        public static ImmutableArray<string> Categories { get; } = UserManagerReads.Values.ToImmutableArray();

        /// <summary>The category a call reads back from the account store, when it is one of the table's (name first, then the type).</summary>
        public static bool TryGetCategory(IMethodSymbol method, out string category)
        {
            if (!UserManagerReads.TryGetValue(method.Name, out category!) || method.IsStatic)
            {
                return false;
            }

            return method.ContainingType?.OriginalDefinition is
            {
                MetadataName: "UserManager`1",
                ContainingNamespace: { Name: "Identity", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } },
            };
        }
    }
}
