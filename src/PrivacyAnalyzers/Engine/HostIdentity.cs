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

        /// <summary>
        /// The peer of a socket: in a server, the client's address; in a client, the server's, which is no one's
        /// personal data. https://learn.microsoft.com/dotnet/api/system.net.sockets.socket.remoteendpoint
        /// </summary>
        private static readonly ImmutableHashSet<string> PeerAddresses = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "P:System.Net.Sockets.UdpReceiveResult.RemoteEndPoint",
            "P:System.Net.Sockets.Socket.RemoteEndPoint");

        /// <summary>Whether the member tells who and where the process runs (not a site in a server).</summary>
        public static bool Is(string memberId) => Members.Contains(memberId);

        /// <summary>Whether the member is a socket's peer address (a site only in a server).</summary>
        public static bool IsPeerAddress(string memberId) => PeerAddresses.Contains(memberId);
    }
}
