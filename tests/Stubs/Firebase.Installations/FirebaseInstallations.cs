// Mirrors https://firebase.google.com/docs/reference/unity/class/firebase/installations/firebase-installations
// The Firebase Unity SDK's installations assembly (Firebase.Installations.dll). GetInstance(FirebaseApp) is left
// out: FirebaseApp lives in Firebase.App, which no catalogued member needs.
using System.Threading.Tasks;

namespace Firebase.Installations
{
    public sealed class FirebaseInstallations
    {
        internal FirebaseInstallations() => throw null!;

        public static FirebaseInstallations DefaultInstance => throw null!;

        public Task DeleteAsync() => throw null!;

        public Task<string> GetIdAsync() => throw null!;

        public Task<string> GetTokenAsync(bool forceRefresh) => throw null!;
    }
}
