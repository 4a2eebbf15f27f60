// Mirrors https://learn.microsoft.com/dotnet/api/system.directoryservices.accountmanagement.userprincipal
// Mirrors https://learn.microsoft.com/dotnet/api/system.directoryservices.accountmanagement.userprincipal.current
// Mirrors https://learn.microsoft.com/dotnet/api/system.directoryservices.accountmanagement.userprincipal.voicetelephonenumber
// Mirrors https://learn.microsoft.com/dotnet/api/system.directoryservices.accountmanagement.principal
// Mirrors https://learn.microsoft.com/dotnet/api/system.directoryservices.accountmanagement.principalcontext
// Shapes checked against dotnet/runtime src/libraries/System.DirectoryServices.AccountManagement/ref/
// System.DirectoryServices.AccountManagement.cs (NuGet; not part of the shared framework). DisplayName,
// SamAccountName and UserPrincipalName are declared on Principal, shared with groups and computers. Only the
// members realistic app code touches are stubbed.
using System;

namespace System.DirectoryServices.AccountManagement
{
    public enum ContextType
    {
        Machine = 0,
        Domain = 1,
        ApplicationDirectory = 2,
    }

    public enum IdentityType
    {
        SamAccountName = 0,
        Name = 1,
        UserPrincipalName = 2,
        DistinguishedName = 3,
        Sid = 4,
        Guid = 5,
    }

    public partial class PrincipalContext : IDisposable
    {
        public PrincipalContext(ContextType contextType) => throw null!;

        public PrincipalContext(ContextType contextType, string name) => throw null!;

        public ContextType ContextType => throw null!;

        public string Name => throw null!;

        public void Dispose() => throw null!;

        public bool ValidateCredentials(string userName, string password) => throw null!;
    }

    public abstract partial class Principal : IDisposable
    {
        protected Principal() => throw null!;

        public PrincipalContext Context => throw null!;

        public string Description { get => throw null!; set => throw null!; }

        public string DisplayName { get => throw null!; set => throw null!; }

        public string DistinguishedName => throw null!;

        public Guid? Guid => throw null!;

        public string Name { get => throw null!; set => throw null!; }

        public string SamAccountName { get => throw null!; set => throw null!; }

        public System.Security.Principal.SecurityIdentifier Sid => throw null!;

        public string UserPrincipalName { get => throw null!; set => throw null!; }

        public virtual void Dispose() => throw null!;

        public static Principal FindByIdentity(PrincipalContext context, IdentityType identityType, string identityValue) => throw null!;

        public static Principal FindByIdentity(PrincipalContext context, string identityValue) => throw null!;

        public void Save() => throw null!;
    }

    public partial class AuthenticablePrincipal : Principal
    {
        protected internal AuthenticablePrincipal(PrincipalContext context) => throw null!;

        public bool? Enabled { get => throw null!; set => throw null!; }

        public DateTime? LastLogon => throw null!;
    }

    public partial class UserPrincipal : AuthenticablePrincipal
    {
        public UserPrincipal(PrincipalContext context) : base(default!) => throw null!;

        public UserPrincipal(PrincipalContext context, string samAccountName, string password, bool enabled) : base(default!) => throw null!;

        public static UserPrincipal Current => throw null!;

        public string EmailAddress { get => throw null!; set => throw null!; }

        public string EmployeeId { get => throw null!; set => throw null!; }

        public string GivenName { get => throw null!; set => throw null!; }

        public string MiddleName { get => throw null!; set => throw null!; }

        public string Surname { get => throw null!; set => throw null!; }

        public string VoiceTelephoneNumber { get => throw null!; set => throw null!; }

        public static new UserPrincipal FindByIdentity(PrincipalContext context, string identityValue) => throw null!;

        public static new UserPrincipal FindByIdentity(PrincipalContext context, IdentityType identityType, string identityValue) => throw null!;
    }

    public partial class GroupPrincipal : Principal
    {
        public GroupPrincipal(PrincipalContext context) => throw null!;

        public GroupPrincipal(PrincipalContext context, string samAccountName) => throw null!;

        public bool? IsSecurityGroup { get => throw null!; set => throw null!; }

        public static new GroupPrincipal FindByIdentity(PrincipalContext context, string identityValue) => throw null!;
    }
}
