// Mirrors https://learn.microsoft.com/dotnet/api/addressbook.abaddressbook
// Mirrors https://learn.microsoft.com/dotnet/api/addressbook.abperson
// Mirrors https://developer.apple.com/documentation/addressbook/abaddressbook
// Shapes checked against dotnet/macios src/AddressBook/ABAddressBook.cs (deprecated API, still shipped).
using System;
using System.Collections;
using System.Collections.Generic;
using Foundation;
using ObjCRuntime;

namespace AddressBook
{
    public class ABAddressBook : NativeObject, IEnumerable<ABRecord>
    {
        [Obsolete("Use the static Create method instead")]
        public ABAddressBook() => throw null!;

        public static ABAddressBook? Create(out NSError? error) => throw null!;

        public void RequestAccess(Action<bool, NSError?> onCompleted) => throw null!;

        public nint PeopleCount => throw null!;

        public ABPerson[] GetPeople() => throw null!;

        public ABPerson[] GetPeople(ABRecord source) => throw null!;

        public IEnumerator<ABRecord> GetEnumerator() => throw null!;

        IEnumerator IEnumerable.GetEnumerator() => throw null!;
    }

    public abstract class ABRecord : NativeObject
    {
        internal ABRecord() => throw null!;

        public int Id => throw null!;
    }

    public class ABPerson : ABRecord
    {
        public ABPerson() => throw null!;

        public string? FirstName { get => throw null!; set => throw null!; }

        public string? LastName { get => throw null!; set => throw null!; }
    }
}
