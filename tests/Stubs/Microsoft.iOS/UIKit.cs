// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uidevice
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uidevice.identifierforvendor
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uipasteboard
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uipasteboard.general
// Mirrors https://learn.microsoft.com/dotnet/api/uikit.uiimage
// Mirrors https://developer.apple.com/documentation/uikit/uidevice/identifierforvendor
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
}
