// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.contactscontract
// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.contactscontract.contacts
// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.contactscontract.commondatakinds.phone
// Mirrors https://learn.microsoft.com/dotnet/api/android.provider.contactscontract.commondatakinds.email
namespace Android.Provider
{
    public sealed class ContactsContract : Java.Lang.Object
    {
        public ContactsContract() => throw null!;

        public class Contacts : Java.Lang.Object
        {
            internal Contacts() => throw null!;

            public static Android.Net.Uri? ContentUri => throw null!;
        }

        public sealed class CommonDataKinds : Java.Lang.Object
        {
            internal CommonDataKinds() => throw null!;

            public sealed class Phone : Java.Lang.Object
            {
                public const string Number = "data1";

                internal Phone() => throw null!;

                public static Android.Net.Uri? ContentUri => throw null!;
            }

            public sealed class Email : Java.Lang.Object
            {
                public const string Address = "data1";

                internal Email() => throw null!;

                public static Android.Net.Uri? ContentUri => throw null!;
            }
        }
    }
}
