// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.contacts
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.contact
// Shapes checked against xamarin/Essentials Xamarin.Essentials/Contacts/Contacts.shared.cs and Types/Contact.shared.cs.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Xamarin.Essentials
{
    public static class Contacts
    {
        public static Task<Contact> PickContactAsync() => throw null;

        public static Task<IEnumerable<Contact>> GetAllAsync(CancellationToken cancellationToken = default) => throw null;
    }

    public class Contact
    {
        public Contact() => throw null;

        public Contact(string id, string namePrefix, string givenName, string middleName, string familyName, string nameSuffix, IEnumerable<ContactPhone> phones, IEnumerable<ContactEmail> email, string displayName = null) => throw null;

        public string Id => throw null;

        public string DisplayName => throw null;

        public string NamePrefix { get => throw null; set => throw null; }

        public string GivenName { get => throw null; set => throw null; }

        public string MiddleName { get => throw null; set => throw null; }

        public string FamilyName { get => throw null; set => throw null; }

        public string NameSuffix { get => throw null; set => throw null; }

        public List<ContactPhone> Phones { get => throw null; set => throw null; }

        public List<ContactEmail> Emails { get => throw null; set => throw null; }

        public override string ToString() => throw null;
    }

    public class ContactEmail
    {
        public ContactEmail() => throw null;

        public ContactEmail(string emailAddress) => throw null;

        public string EmailAddress { get => throw null; set => throw null; }

        public override string ToString() => throw null;
    }

    public class ContactPhone
    {
        public ContactPhone() => throw null;

        public ContactPhone(string phoneNumber) => throw null;

        public string PhoneNumber { get => throw null; set => throw null; }

        public override string ToString() => throw null;
    }
}
