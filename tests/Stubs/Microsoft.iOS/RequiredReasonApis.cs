// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsfileattributes
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsfilesystemattributes
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsdata
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsprocessinfo
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults
// Mirrors https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaultstype
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uitextinputmode
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uidocument
// The required-reason APIs of .NET for iOS and Mac Catalyst (Foundation, UIKit), as listed by
// https://github.com/xamarin/xamarin-macios/blob/main/docs/required-reasons-macios.md
// Only the members realistic app code touches are stubbed.
using System;

namespace Foundation
{
    public class NSData : NSObject, INSCopying, INSSecureCoding
    {
        public static NSData FromString(string s) => throw null!;

        public virtual nuint Length => throw null!;
    }

    public class NSFileAttributes : DictionaryContainer
    {
        public NSFileAttributes() => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfileattributes.creationdate
        public NSDate? CreationDate { get => throw null!; set => throw null!; }

        // https://learn.microsoft.com/dotnet/api/foundation.nsfileattributes.modificationdate
        public NSDate? ModificationDate { get => throw null!; set => throw null!; }

        // https://learn.microsoft.com/dotnet/api/foundation.nsfileattributes.size
        public ulong? Size { get => throw null!; set => throw null!; }
    }

    public class NSFileSystemAttributes : DictionaryContainer
    {
        // https://learn.microsoft.com/dotnet/api/foundation.nsfilesystemattributes.size
        public ulong Size => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilesystemattributes.freesize
        public ulong FreeSize => throw null!;
    }

    public class NSFileManager : NSObject
    {
        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.defaultmanager
        public static NSFileManager DefaultManager => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.creationdate
        public static NSString CreationDate => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.modificationdate
        public static NSString ModificationDate => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.systemfreesize
        public static NSString SystemFreeSize => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.systemsize
        public static NSString SystemSize => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.fileexists
        public virtual bool FileExists(string path) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.getattributes
        public NSFileAttributes? GetAttributes(string path, out NSError? error) => throw null!;

        public NSFileAttributes? GetAttributes(string path) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.setattributes
        public bool SetAttributes(NSFileAttributes attributes, string path, out NSError? error) => throw null!;

        public bool SetAttributes(NSFileAttributes attributes, string path) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.createdirectory
        public bool CreateDirectory(string path, bool createIntermediates, NSFileAttributes? attributes, out NSError? error) => throw null!;

        public bool CreateDirectory(string path, bool createIntermediates, NSFileAttributes? attributes) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.createfile
        public bool CreateFile(string path, NSData data, NSFileAttributes? attributes) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsfilemanager.getfilesystemattributes
        public NSFileSystemAttributes? GetFileSystemAttributes(string path) => throw null!;

        public NSFileSystemAttributes? GetFileSystemAttributes(string path, out NSError? error) => throw null!;
    }

    public class NSProcessInfo : NSObject
    {
        // https://learn.microsoft.com/dotnet/api/foundation.nsprocessinfo.processinfo
        public static NSProcessInfo ProcessInfo => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsprocessinfo.systemuptime
        public virtual double SystemUptime => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsprocessinfo.processorcount
        public virtual nint ProcessorCount => throw null!;
    }

    public enum NSUserDefaultsType
    {
        UserName = 0,
        SuiteName = 1,
    }

    public class NSUserDefaults : NSObject
    {
        // https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults.-ctor
        public NSUserDefaults() => throw null!;

        public NSUserDefaults(string name, NSUserDefaultsType type) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults.standarduserdefaults
        public static NSUserDefaults StandardUserDefaults => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults.setstring
        public void SetString(string value, string defaultName) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults.stringforkey
        public virtual string? StringForKey(string defaultName) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults.setbool
        public virtual void SetBool(bool value, string defaultName) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults.boolforkey
        public virtual bool BoolForKey(string defaultName) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults.removeobject
        public virtual void RemoveObject(string defaultName) => throw null!;

        // https://learn.microsoft.com/dotnet/api/foundation.nsuserdefaults.synchronize
        public virtual bool Synchronize() => throw null!;
    }
}

namespace UIKit
{
    using Foundation;

    // https://learn.microsoft.com/dotnet/api/uikit.uiapplication
    public class UIApplication : UIResponder
    {
        public static UIApplication SharedApplication => throw null!;

        public virtual void RegisterForRemoteNotifications() => throw null!;
    }

    // https://learn.microsoft.com/dotnet/api/uikit.uiapplicationdelegate
    // https://learn.microsoft.com/dotnet/api/uikit.uiapplicationdelegate.registeredforremotenotifications
    public class UIApplicationDelegate : UIResponder
    {
        public UIApplicationDelegate() => throw null!;

        public virtual void RegisteredForRemoteNotifications(UIApplication application, NSData deviceToken) => throw null!;

        public virtual void FailedToRegisterForRemoteNotifications(UIApplication application, NSError error) => throw null!;
    }

    public class UITextInputMode : UIResponder
    {
        // https://learn.microsoft.com/dotnet/api/uikit.uitextinputmode.activeinputmodes
        public static UITextInputMode[] ActiveInputModes => throw null!;

        // https://learn.microsoft.com/dotnet/api/uikit.uitextinputmode.primarylanguage
        public virtual string? PrimaryLanguage => throw null!;
    }

    public class UIDocument : NSObject
    {
        // https://learn.microsoft.com/dotnet/api/uikit.uidocument.-ctor
        public UIDocument(NSUrl url) => throw null!;

        // https://learn.microsoft.com/dotnet/api/uikit.uidocument.filemodificationdate
        public virtual NSDate? FileModificationDate { get => throw null!; set => throw null!; }

        // https://learn.microsoft.com/dotnet/api/uikit.uidocument.fileurl
        public virtual NSUrl FileUrl => throw null!;
    }
}
