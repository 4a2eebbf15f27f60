using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Sources in the .NET base library (System.*).</summary>
    internal static class BaseLibrarySources
    {
        private const string P = Platforms.BaseLibrary;

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // https://learn.microsoft.com/dotnet/api/system.net.networkinformation.networkinterface.getphysicaladdress
            Member("M:System.Net.NetworkInformation.NetworkInterface.GetPhysicalAddress", Ids.DeviceId, P),
            // https://learn.microsoft.com/dotnet/api/system.environment.username
            Member("P:System.Environment.UserName", Ids.Username, P),
            // https://learn.microsoft.com/dotnet/api/system.security.claims.claimsprincipal.findfirst
            ByArgument("M:System.Security.Claims.ClaimsPrincipal.FindFirst(System.String)", P, "type", ClaimTypeValues.Comparer, null, ClaimTypeValues.All),
            ByArgument("M:System.Security.Claims.ClaimsPrincipal.FindAll(System.String)", P, "type", ClaimTypeValues.Comparer, null, ClaimTypeValues.All),
            ByArgument("M:System.Security.Claims.ClaimsIdentity.FindFirst(System.String)", P, "type", ClaimTypeValues.Comparer, null, ClaimTypeValues.All),
            ByArgument("M:System.Security.Claims.ClaimsIdentity.FindAll(System.String)", P, "type", ClaimTypeValues.Comparer, null, ClaimTypeValues.All));
    }
}
