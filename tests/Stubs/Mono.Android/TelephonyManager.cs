// Mirrors https://learn.microsoft.com/dotnet/api/android.telephony.telephonymanager
// Mirrors https://learn.microsoft.com/dotnet/api/android.telephony.telephonymanager.getimei
// Mirrors https://developer.android.com/reference/android/telephony/TelephonyManager
// Java's no-argument getters (getImei(), getDeviceId(), ...) are bound as properties; only the
// (int slotIndex) overloads are methods.
using System;

namespace Android.Telephony
{
    public class TelephonyManager : Java.Lang.Object
    {
        protected TelephonyManager(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public virtual string? DeviceId => throw null!;

        public virtual string? Imei => throw null!;

        public virtual string? Meid => throw null!;

        public virtual string? SubscriberId => throw null!;

        public virtual string? SimSerialNumber => throw null!;

        public virtual string? Line1Number => throw null!;

        public virtual string? NetworkOperatorName => throw null!;

        public virtual string? GetDeviceId(int slotIndex) => throw null!;

        public virtual string? GetImei(int slotIndex) => throw null!;

        public virtual string? GetMeid(int slotIndex) => throw null!;
    }
}
