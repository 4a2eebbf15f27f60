// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/auth/firebase-auth
// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/auth/firebase-user
// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/auth/user-info-interface
// Mirrors https://firebase.google.com/docs/reference/unity/interface/firebase/auth/i-user-info
// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/auth/auth-result
// The Firebase Unity SDK's auth assembly (Firebase.Auth.dll): IUserInfo, implemented by the abstract
// UserInfoInterface (which adds PhoneNumber), which FirebaseUser extends. GetAuth(FirebaseApp) is left out:
// FirebaseApp lives in Firebase.App, which no catalogued member needs.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Firebase.Auth
{
    public interface IUserInfo
    {
        string DisplayName { get; }

        string Email { get; }

        Uri PhotoUrl { get; }

        string ProviderId { get; }

        string UserId { get; }
    }

    public abstract class UserInfoInterface : IUserInfo, IDisposable
    {
        internal UserInfoInterface() => throw null!;

        public virtual string DisplayName => throw null!;

        public virtual string Email => throw null!;

        public virtual string PhoneNumber => throw null!;

        public virtual Uri PhotoUrl => throw null!;

        public virtual string ProviderId => throw null!;

        public virtual string UserId => throw null!;

        public void Dispose() => throw null!;
    }

    public sealed class FirebaseUser : UserInfoInterface
    {
        internal FirebaseUser() => throw null!;

        public override string DisplayName => throw null!;

        public override string Email => throw null!;

        public override string PhoneNumber => throw null!;

        public override Uri PhotoUrl => throw null!;

        public override string ProviderId => throw null!;

        public override string UserId => throw null!;

        public bool IsAnonymous => throw null!;

        public bool IsEmailVerified => throw null!;

        public IEnumerable<IUserInfo> ProviderData => throw null!;

        public Task DeleteAsync() => throw null!;

        public bool IsValid() => throw null!;

        public Task<string> TokenAsync(bool forceRefresh) => throw null!;
    }

    public sealed class AuthResult
    {
        internal AuthResult() => throw null!;

        public FirebaseUser User => throw null!;
    }

    public sealed class FirebaseAuth : IDisposable
    {
        internal FirebaseAuth() => throw null!;

        public static FirebaseAuth DefaultInstance => throw null!;

        public FirebaseUser CurrentUser => throw null!;

        public event EventHandler IdTokenChanged;

        public event EventHandler StateChanged;

        public Task<AuthResult> CreateUserWithEmailAndPasswordAsync(string email, string password) => throw null!;

        public Task<AuthResult> SignInAnonymouslyAsync() => throw null!;

        public Task<AuthResult> SignInWithEmailAndPasswordAsync(string email, string password) => throw null!;

        public void SignOut() => throw null!;

        public void Dispose() => throw null!;
    }
}
