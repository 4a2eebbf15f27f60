// Mirrors https://learn.microsoft.com/dotnet/api/objcruntime.nativehandle
// Mirrors https://learn.microsoft.com/dotnet/api/objcruntime.inativeobject
// Mirrors https://learn.microsoft.com/dotnet/api/objcruntime.nativeobject
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsobject
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsstring
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsuuid
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nserror
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nspredicate
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsurl
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsarray
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsdate
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.dictionarycontainer
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nssortdescriptor
// Only the members realistic app code touches are stubbed.
using System;

namespace ObjCRuntime
{
    public readonly struct NativeHandle : IEquatable<NativeHandle>
    {
        public static readonly NativeHandle Zero;

        public NativeHandle(IntPtr handle) => throw null!;

        public IntPtr Handle => throw null!;

        public bool Equals(NativeHandle other) => throw null!;

        public override bool Equals(object? o) => throw null!;

        public override int GetHashCode() => throw null!;

        public static bool operator ==(NativeHandle left, NativeHandle right) => throw null!;

        public static bool operator !=(NativeHandle left, NativeHandle right) => throw null!;
    }

    public interface INativeObject
    {
        NativeHandle Handle { get; }
    }

    public abstract class NativeObject : INativeObject, IDisposable
    {
        protected NativeObject() => throw null!;

        protected NativeObject(NativeHandle handle, bool owns) => throw null!;

        public NativeHandle Handle => throw null!;

        public void Dispose() => throw null!;

        protected virtual void Dispose(bool disposing) => throw null!;
    }
}

namespace Foundation
{
    using ObjCRuntime;

    public interface INSObjectProtocol : INativeObject, IDisposable
    {
    }

    public interface INSCopying : INativeObject, IDisposable
    {
    }

    public interface INSCoding : INativeObject, IDisposable
    {
    }

    public interface INSSecureCoding : INSCoding
    {
    }

    public class NSObject : INSObjectProtocol, INativeObject, IDisposable, IEquatable<NSObject>
    {
        public NSObject() => throw null!;

        protected NSObject(NativeHandle handle) => throw null!;

        public virtual NativeHandle Handle => throw null!;

        public virtual string Description => throw null!;

        public void Dispose() => throw null!;

        protected virtual void Dispose(bool disposing) => throw null!;

        public bool Equals(NSObject? obj) => throw null!;

        public override bool Equals(object? obj) => throw null!;

        public override int GetHashCode() => throw null!;

        public override string ToString() => throw null!;
    }

    public class NSString : NSObject, INSCopying, INSSecureCoding
    {
        public NSString(string str) => throw null!;

        public static explicit operator NSString(string str) => throw null!;

        public static implicit operator string(NSString str) => throw null!;

        public override string ToString() => throw null!;
    }

    public class NSUuid : NSObject, INSCopying, INSSecureCoding
    {
        public NSUuid() => throw null!;

        public NSUuid(string str) => throw null!;

        public virtual string AsString() => throw null!;
    }

    public class NSError : NSObject, INSCopying, INSSecureCoding
    {
        public NSError() => throw null!;

        public virtual nint Code => throw null!;

        public virtual string Domain => throw null!;

        public virtual string LocalizedDescription => throw null!;
    }

    public class NSPredicate : NSObject, INSCopying, INSSecureCoding
    {
        public NSPredicate() => throw null!;

        public static NSPredicate FromFormat(string predicateFormat) => throw null!;

        public static NSPredicate FromValue(bool value) => throw null!;
    }

    public class NSUrl : NSObject, INSCopying, INSSecureCoding
    {
        public NSUrl(string urlString) => throw null!;

        public static NSUrl FromFilename(string url) => throw null!;

        public virtual string? AbsoluteString => throw null!;

        public virtual string? Path => throw null!;

        // The resource keys of the required-reason APIs (required-reasons-macios.md).
        // https://learn.microsoft.com/dotnet/api/foundation.nsurl.creationdatekey
        public static NSString CreationDateKey => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsurl.contentmodificationdatekey
        public static NSString ContentModificationDateKey => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsurl.volumeavailablecapacitykey
        public static NSString VolumeAvailableCapacityKey => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsurl.volumeavailablecapacityforimportantusagekey
        public static NSString VolumeAvailableCapacityForImportantUsageKey => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsurl.volumeavailablecapacityforopportunisticusagekey
        public static NSString VolumeAvailableCapacityForOpportunisticUsageKey => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsurl.volumetotalcapacitykey
        public static NSString VolumeTotalCapacityKey => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsurl.trygetresource
        public bool TryGetResource(NSString key, out NSObject? value) => throw null!;
    }

    public class NSArray : NSObject, INSCopying, INSSecureCoding
    {
        public NSArray() => throw null!;

        public virtual nuint Count => throw null!;
    }

    public class NSDate : NSObject, INSCopying, INSSecureCoding
    {
        public NSDate() => throw null!;

        public static NSDate Now => throw null!;
    }

    public class NSDictionary : NSObject, INSCopying, INSSecureCoding
    {
        public NSDictionary() => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsdictionary.tofileattributes
        public NSFileAttributes ToFileAttributes() => throw null!;
    }

    public class NSSortDescriptor : NSObject, INSCopying, INSSecureCoding
    {
        public NSSortDescriptor(string key, bool ascending) => throw null!;
    }

    public abstract class DictionaryContainer
    {
        protected DictionaryContainer() => throw null!;

        protected DictionaryContainer(NSDictionary? dictionary) => throw null!;

        public NSDictionary Dictionary => throw null!;
    }
}
