// Mirrors https://learn.microsoft.com/dotnet/api/android.accounts.accountmanager
// Mirrors https://learn.microsoft.com/dotnet/api/android.accounts.accountmanager.getaccounts
// Mirrors https://learn.microsoft.com/dotnet/api/android.accounts.accountmanager.getaccountsbytype
// Mirrors https://learn.microsoft.com/dotnet/api/android.accounts.account
// Java's public final fields name/type are bound as properties.
namespace Android.Accounts
{
    public class AccountManager : Java.Lang.Object
    {
        internal AccountManager() => throw null!;

        public static AccountManager? Get(Android.Content.Context? context) => throw null!;

        public virtual Account[] GetAccounts() => throw null!;

        public virtual Account[] GetAccountsByType(string? type) => throw null!;
    }

    public class Account : Java.Lang.Object
    {
        public Account(string name, string type) => throw null!;

        public string? Name { get => throw null!; set => throw null!; }

        public string? Type { get => throw null!; set => throw null!; }
    }
}
