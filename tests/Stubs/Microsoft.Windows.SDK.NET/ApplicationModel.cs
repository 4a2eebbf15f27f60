// Mirrors https://learn.microsoft.com/uwp/api/windows.applicationmodel.contacts.contactmanager.requeststoreasync
// Mirrors https://learn.microsoft.com/uwp/api/windows.applicationmodel.contacts.contactstore
// Mirrors https://learn.microsoft.com/uwp/api/windows.applicationmodel.contacts.contactpicker
// Mirrors https://learn.microsoft.com/uwp/api/windows.applicationmodel.contacts.contact
// Mirrors https://learn.microsoft.com/uwp/api/windows.applicationmodel.datatransfer.clipboard
// Mirrors https://learn.microsoft.com/uwp/api/windows.applicationmodel.datatransfer.clipboard.gethistoryitemsasync
// Mirrors https://learn.microsoft.com/uwp/api/windows.applicationmodel.datatransfer.datapackageview
// Shapes checked against MicrosoftDocs/winrt-api windows.applicationmodel.contacts/ and
// windows.applicationmodel.datatransfer/. Only the members realistic app code touches are stubbed.
using System;
using System.Collections.Generic;
using Windows.Foundation;

namespace Windows.ApplicationModel.Contacts
{
    public enum ContactStoreAccessType
    {
        AppContactsReadWrite = 0,
        AllContactsReadOnly = 1,
        AllContactsReadWrite = 2,
    }

    public sealed class ContactEmail
    {
        public ContactEmail() => throw null!;

        public string Address { get => throw null!; set => throw null!; }
    }

    public sealed class ContactPhone
    {
        public ContactPhone() => throw null!;

        public string Number { get => throw null!; set => throw null!; }
    }

    public sealed class Contact
    {
        public Contact() => throw null!;

        public string DisplayName => throw null!;

        public IList<ContactEmail> Emails => throw null!;

        public string FirstName { get => throw null!; set => throw null!; }

        public string Id { get => throw null!; set => throw null!; }

        public string LastName { get => throw null!; set => throw null!; }

        public IList<ContactPhone> Phones => throw null!;
    }

    public sealed class ContactStore
    {
        internal ContactStore() => throw null!;

        public IAsyncOperation<IReadOnlyList<Contact>> FindContactsAsync() => throw null!;

        public IAsyncOperation<IReadOnlyList<Contact>> FindContactsAsync(string searchText) => throw null!;

        public IAsyncOperation<Contact> GetContactAsync(string contactId) => throw null!;
    }

    public static class ContactManager
    {
        public static IAsyncOperation<ContactStore> RequestStoreAsync() => throw null!;

        public static IAsyncOperation<ContactStore> RequestStoreAsync(ContactStoreAccessType accessType) => throw null!;
    }

    public sealed class ContactPicker
    {
        public ContactPicker() => throw null!;

        public string CommitButtonText { get => throw null!; set => throw null!; }

        public IAsyncOperation<Contact> PickContactAsync() => throw null!;

        public IAsyncOperation<IList<Contact>> PickContactsAsync() => throw null!;
    }
}

namespace Windows.ApplicationModel.DataTransfer
{
    public static class StandardDataFormats
    {
        public static string Bitmap => throw null!;

        public static string Text => throw null!;
    }

    public sealed class DataPackage
    {
        public DataPackage() => throw null!;

        public DataPackageView GetView() => throw null!;

        public void SetText(string value) => throw null!;
    }

    public sealed class DataPackageView
    {
        internal DataPackageView() => throw null!;

        public bool Contains(string formatId) => throw null!;

        public IAsyncOperation<string> GetTextAsync() => throw null!;
    }

    public enum ClipboardHistoryItemsResultStatus
    {
        Success = 0,
        AccessDenied = 1,
        ClipboardHistoryDisabled = 2,
    }

    public sealed class ClipboardHistoryItem
    {
        internal ClipboardHistoryItem() => throw null!;

        public DataPackageView Content => throw null!;

        public string Id => throw null!;

        public DateTimeOffset Timestamp => throw null!;
    }

    public sealed class ClipboardHistoryItemsResult
    {
        internal ClipboardHistoryItemsResult() => throw null!;

        public IReadOnlyList<ClipboardHistoryItem> Items => throw null!;

        public ClipboardHistoryItemsResultStatus Status => throw null!;
    }

    public static class Clipboard
    {
        public static void Clear() => throw null!;

        public static void Flush() => throw null!;

        public static DataPackageView GetContent() => throw null!;

        public static IAsyncOperation<ClipboardHistoryItemsResult> GetHistoryItemsAsync() => throw null!;

        public static bool IsHistoryEnabled() => throw null!;

        public static void SetContent(DataPackage content) => throw null!;

        public static event EventHandler<object> ContentChanged
        {
            add => throw null!;
            remove => throw null!;
        }
    }
}
