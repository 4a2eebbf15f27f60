using System;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The catalogued members that tell who and where the *process* runs: the end user's in a desktop or mobile app,
    /// the host's own in a server (<see cref="ServerProject"/>), where they are not sites.
    /// https://learn.microsoft.com/dotnet/api/system.environment.machinename,
    /// https://learn.microsoft.com/dotnet/api/system.environment.username,
    /// https://learn.microsoft.com/dotnet/api/system.environment.userdomainname,
    /// https://learn.microsoft.com/dotnet/api/system.security.principal.windowsidentity
    /// </summary>
    internal static class HostIdentity
    {
        private static readonly ImmutableHashSet<string> Members = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "P:System.Environment.MachineName",
            "P:System.Environment.UserName",
            "P:System.Environment.UserDomainName",
            "P:System.Security.Principal.WindowsIdentity.Name",
            "P:System.Security.Principal.WindowsIdentity.User");

        /// <summary>Whether the member tells who and where the process runs (not a site in a server).</summary>
        public static bool Is(string memberId) => Members.Contains(memberId);
    }
}
