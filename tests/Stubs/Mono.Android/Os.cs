// Mirrors https://learn.microsoft.com/dotnet/api/android.os.looper
// Mirrors https://learn.microsoft.com/dotnet/api/android.os.handler
// Mirrors https://learn.microsoft.com/dotnet/api/android.os.bundle
using System;

namespace Android.OS
{
    public sealed class Looper : Java.Lang.Object
    {
        internal Looper() => throw null!;

        public static Looper? MainLooper => throw null!;

        public static Looper? MyLooper() => throw null!;
    }

    public class Handler : Java.Lang.Object
    {
        public Handler(Looper looper) => throw null!;

        protected Handler(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;
    }

    public sealed class Bundle : Java.Lang.Object
    {
        public Bundle() => throw null!;
    }
}
