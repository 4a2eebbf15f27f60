// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uidevice
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uidevice.identifierforvendor
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uipasteboard
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uipasteboard.general
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uiimage
// Mirrors https://developer.apple.com/documentation/uikit/uidevice/identifierforvendor
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uiimagepickercontroller
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uiimagepickercontroller.finishedpickingmedia
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uiimagepickercontroller.originalimage (static NSString keys of the info dictionary)
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uiimagepickermediapickedeventargs
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uiviewcontroller
// UIImagePickerController derives from UINavigationController -> UIViewController -> UIResponder -> NSObject.
using System;
using Foundation;

namespace UIKit
{
    public class UIDevice : NSObject
    {
        public UIDevice() => throw null!;

        public static UIDevice CurrentDevice => throw null!;

        public virtual NSUuid? IdentifierForVendor => throw null!;

        public virtual string Name => throw null!;

        public virtual string Model => throw null!;

        public virtual string LocalizedModel => throw null!;

        public virtual string SystemName => throw null!;

        public virtual string SystemVersion => throw null!;

        public bool CheckSystemVersion(int major, int minor) => throw null!;
    }

    public class UIPasteboard : NSObject
    {
        public UIPasteboard() => throw null!;

        public static UIPasteboard General => throw null!;

        public virtual string? String { get => throw null!; set => throw null!; }

        public virtual string[] Strings { get => throw null!; set => throw null!; }

        public virtual UIImage? Image { get => throw null!; set => throw null!; }

        public virtual UIImage[] Images { get => throw null!; set => throw null!; }

        public virtual NSUrl? Url { get => throw null!; set => throw null!; }

        public virtual bool HasStrings => throw null!;

        public virtual bool HasImages => throw null!;

        public virtual bool HasUrls => throw null!;
    }

    public class UIImage : NSObject, INSCopying, INSSecureCoding
    {
        public UIImage() => throw null!;

        public static UIImage? FromFile(string filename) => throw null!;
    }

    public class UIResponder : NSObject
    {
        public UIResponder() => throw null!;
    }

    public class UIViewController : UIResponder
    {
        public UIViewController() => throw null!;

        public virtual void PresentViewController(UIViewController viewControllerToPresent, bool animated, Action? completionHandler) => throw null!;

        public virtual void DismissViewController(bool animated, Action? completionHandler) => throw null!;
    }

    public class UINavigationController : UIViewController
    {
        public UINavigationController() => throw null!;
    }

    public enum UIImagePickerControllerSourceType : long
    {
        PhotoLibrary = 0,
        Camera = 1,
        SavedPhotosAlbum = 2,
    }

    public class UIImagePickerMediaPickedEventArgs : EventArgs
    {
        public UIImagePickerMediaPickedEventArgs(NSDictionary info) => throw null!;

        public NSDictionary Info { get => throw null!; set => throw null!; }

        public UIImage? OriginalImage => throw null!;

        public UIImage? EditedImage => throw null!;

        public NSUrl? MediaUrl => throw null!;
    }

    public class UIImagePickerController : UINavigationController
    {
        public UIImagePickerController() => throw null!;

        public virtual UIImagePickerControllerSourceType SourceType { get => throw null!; set => throw null!; }

        public virtual bool AllowsEditing { get => throw null!; set => throw null!; }

        public static bool IsSourceTypeAvailable(UIImagePickerControllerSourceType sourceType) => throw null!;

        public static NSString OriginalImage => throw null!;

        public static NSString EditedImage => throw null!;

        public event EventHandler<UIImagePickerMediaPickedEventArgs> FinishedPickingMedia
        {
            add => throw null!;
            remove => throw null!;
        }

        public event EventHandler Canceled
        {
            add => throw null!;
            remove => throw null!;
        }
    }
}
