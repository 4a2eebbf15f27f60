// Mirrors https://learn.microsoft.com/dotnet/api/adsupport.asidentifiermanager
// Mirrors https://developer.apple.com/documentation/adsupport/asidentifiermanager/advertisingidentifier
using Foundation;
using ObjCRuntime;

namespace AdSupport
{
    public class ASIdentifierManager : NSObject
    {
        protected ASIdentifierManager(NativeHandle handle) : base(handle) => throw null!;

        public static ASIdentifierManager SharedManager => throw null!;

        public virtual NSUuid AdvertisingIdentifier => throw null!;

        public virtual bool IsAdvertisingTrackingEnabled => throw null!;
    }
}
