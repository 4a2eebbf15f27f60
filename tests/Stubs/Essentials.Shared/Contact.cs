// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.communication.contact
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.communication.contactphone
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.communication.contactemail
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.contact
// Shapes checked against xamarin/Essentials Xamarin.Essentials/Types/Contact.shared.cs.
// Contact/ContactPhone/ContactEmail string members are nullable-oblivious ('~') in MAUI's PublicAPI.Shipped.txt,
// as everything in Xamarin.Essentials is. One source for both Essentials stubs (see ../README.md);
// XAMARIN_ESSENTIALS marks where the two APIs differ.
using System.Collections.Generic;

#if XAMARIN_ESSENTIALS
namespace Xamarin.Essentials
#else
namespace Microsoft.Maui.ApplicationModel.Communication
#endif
{
#nullable disable
    public class Contact
    {
        public Contact() => throw null!;

        public Contact(string id, string namePrefix, string givenName, string middleName, string familyName, string nameSuffix, IEnumerable<ContactPhone> phones, IEnumerable<ContactEmail> email, string displayName = null) => throw null!;

#if XAMARIN_ESSENTIALS
        public string Id => throw null!;
#else
        public string Id { get => throw null!; set => throw null!; }
#endif

        public string DisplayName => throw null!;

        public string NamePrefix { get => throw null!; set => throw null!; }

        public string GivenName { get => throw null!; set => throw null!; }

        public string MiddleName { get => throw null!; set => throw null!; }

        public string FamilyName { get => throw null!; set => throw null!; }

        public string NameSuffix { get => throw null!; set => throw null!; }

        public List<ContactPhone> Phones { get => throw null!; set => throw null!; }

        public List<ContactEmail> Emails { get => throw null!; set => throw null!; }

        public override string ToString() => throw null!;
    }

    public class ContactPhone
    {
        public ContactPhone() => throw null!;

        public ContactPhone(string phoneNumber) => throw null!;

        public string PhoneNumber { get => throw null!; set => throw null!; }

        public override string ToString() => throw null!;
    }

    public class ContactEmail
    {
        public ContactEmail() => throw null!;

        public ContactEmail(string emailAddress) => throw null!;

        public string EmailAddress { get => throw null!; set => throw null!; }

        public override string ToString() => throw null!;
    }
#nullable restore
}
