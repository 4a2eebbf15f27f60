// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.contacts
// Shapes checked against xamarin/Essentials Xamarin.Essentials/Contacts/Contacts.shared.cs.
// Contact, ContactPhone and ContactEmail: ../Essentials.Shared/Contact.cs.
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
}
