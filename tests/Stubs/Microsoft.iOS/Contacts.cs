// Mirrors https://learn.microsoft.com/dotnet/api/contacts.cncontactstore
// Mirrors https://learn.microsoft.com/dotnet/api/contacts.cncontact
// Mirrors https://learn.microsoft.com/dotnet/api/contacts.cncontactkey
// Mirrors https://learn.microsoft.com/dotnet/api/contacts.cncontactfetchrequest
// Mirrors https://developer.apple.com/documentation/contacts/cncontactstore
// Shapes checked against dotnet/macios src/contacts.cs and src/Contacts/CNContactStore.cs,
// CNContactFetchRequest.cs: the NSArray-taking GetUnifiedContacts overload is [Protected]; the public one is
// generic, and EnumerateContacts' block parameter is named 'handler'.
using System;
using System.Threading.Tasks;
using Foundation;
using ObjCRuntime;

namespace Contacts
{
    public interface ICNKeyDescriptor : INSObjectProtocol, INSSecureCoding, INSCopying
    {
    }

    public enum CNEntityType : long
    {
        Contacts = 0,
    }

    public enum CNAuthorizationStatus : long
    {
        NotDetermined = 0,
        Restricted = 1,
        Denied = 2,
        Authorized = 3,
        Limited = 4,
    }

    public delegate void CNContactStoreListContactsHandler(CNContact contact, ref bool stop);

    public delegate void CNContactStoreRequestAccessHandler(bool granted, NSError? error);

    public class CNContactStore : NSObject
    {
        public CNContactStore() => throw null!;

        public static CNAuthorizationStatus GetAuthorizationStatus(CNEntityType entityType) => throw null!;

        public virtual void RequestAccess(CNEntityType entityType, CNContactStoreRequestAccessHandler completionHandler) => throw null!;

        public virtual Task<Tuple<bool, NSError>> RequestAccessAsync(CNEntityType entityType) => throw null!;

        public CNContact[]? GetUnifiedContacts<T>(NSPredicate predicate, T[] keys, out NSError? error)
            where T : INSObjectProtocol, INSSecureCoding, INSCopying => throw null!;

        protected virtual CNContact[]? GetUnifiedContacts(NSPredicate predicate, NSArray keys, out NSError? error) => throw null!;

        public CNContact? GetUnifiedContact<T>(string identifier, T[] keys, out NSError? error)
            where T : INSObjectProtocol, INSSecureCoding, INSCopying => throw null!;

        protected virtual CNContact? GetUnifiedContact(string identifier, NSArray keys, out NSError? error) => throw null!;

        public virtual bool EnumerateContacts(CNContactFetchRequest fetchRequest, out NSError? error, CNContactStoreListContactsHandler handler) => throw null!;

        public virtual string? DefaultContainerIdentifier => throw null!;
    }

    public class CNContact : NSObject, INSCopying, INSSecureCoding
    {
        public CNContact() => throw null!;

        public virtual string Identifier => throw null!;

        public virtual string NamePrefix => throw null!;

        public virtual string GivenName => throw null!;

        public virtual string MiddleName => throw null!;

        public virtual string FamilyName => throw null!;

        public virtual string Nickname => throw null!;

        public virtual string OrganizationName => throw null!;

        public virtual CNLabeledValue<CNPhoneNumber>[] PhoneNumbers => throw null!;

        public virtual CNLabeledValue<NSString>[] EmailAddresses => throw null!;

        public static NSPredicate GetPredicateForContacts(string matchingName) => throw null!;

        public static NSPredicate GetPredicateForContactsInContainer(string containerIdentifier) => throw null!;
    }

    public class CNLabeledValue<ValueType> : NSObject, INSCopying, INSSecureCoding
        where ValueType : INSCopying, INSSecureCoding
    {
        public CNLabeledValue(string? label, ValueType value) => throw null!;

        public virtual string Identifier => throw null!;

        public virtual string? Label => throw null!;

        public virtual ValueType Value => throw null!;
    }

    public class CNPhoneNumber : NSObject, INSCopying, INSSecureCoding
    {
        public CNPhoneNumber(string stringValue) => throw null!;

        public virtual string StringValue => throw null!;
    }

    public static class CNContactKey
    {
        public static NSString Identifier => throw null!;

        public static NSString NamePrefix => throw null!;

        public static NSString GivenName => throw null!;

        public static NSString MiddleName => throw null!;

        public static NSString FamilyName => throw null!;

        public static NSString Nickname => throw null!;

        public static NSString OrganizationName => throw null!;

        public static NSString Birthday => throw null!;

        public static NSString ImageData => throw null!;

        public static NSString PhoneNumbers => throw null!;

        public static NSString EmailAddresses => throw null!;

        public static NSString PostalAddresses => throw null!;
    }

    public class CNFetchRequest : NSObject
    {
        protected CNFetchRequest(NativeHandle handle) : base(handle) => throw null!;
    }

    public class CNContactFetchRequest : CNFetchRequest, INSSecureCoding
    {
        protected CNContactFetchRequest(NSArray keysToFetch) : base(default(NativeHandle)) => throw null!;

        public CNContactFetchRequest(params ICNKeyDescriptor[] keysToFetch) : base(default(NativeHandle)) => throw null!;

        public CNContactFetchRequest(params NSString[] keysToFetch) : base(default(NativeHandle)) => throw null!;

        public CNContactFetchRequest(params INativeObject[] keysToFetch) : base(default(NativeHandle)) => throw null!;

        public virtual NSPredicate? Predicate { get => throw null!; set => throw null!; }

        public virtual NSArray KeysToFetch { get => throw null!; set => throw null!; }

        public virtual bool UnifyResults { get => throw null!; set => throw null!; }
    }
}
