// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.communication.contacts
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.communication.icontacts
// Contact, ContactPhone and ContactEmail: ../Essentials.Shared/Contact.cs.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.Maui.ApplicationModel.Communication
{
    public interface IContacts
    {
        Task<Contact?> PickContactAsync();

        Task<IEnumerable<Contact>> GetAllAsync(CancellationToken cancellationToken = default);
    }

    public static class Contacts
    {
        public static IContacts Default => throw null!;

        public static Task<Contact?> PickContactAsync() => throw null!;

        public static Task<IEnumerable<Contact>> GetAllAsync(CancellationToken cancellationToken = default) => throw null!;
    }
}
