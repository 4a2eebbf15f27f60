// Mirrors https://learn.microsoft.com/dotnet/api/java.lang.object
// Mirrors https://learn.microsoft.com/dotnet/api/android.runtime.ijavaobject
// Mirrors https://learn.microsoft.com/dotnet/api/android.runtime.jnihandleownership
// Mirrors https://learn.microsoft.com/dotnet/api/java.util.concurrent.iexecutor
// Only the members realistic app code touches are stubbed.
using System;

namespace Android.Runtime
{
    public interface IJavaObject : IDisposable
    {
        IntPtr Handle { get; }
    }

    public enum JniHandleOwnership
    {
        DoNotTransfer = 0,
        TransferLocalRef = 1,
        TransferGlobalRef = 2,
    }
}

namespace Java.Lang
{
    public class Object : Android.Runtime.IJavaObject
    {
        public Object() => throw null!;

        protected Object(IntPtr handle, Android.Runtime.JniHandleOwnership transfer) => throw null!;

        public IntPtr Handle => throw null!;

        public void Dispose() => throw null!;

        protected virtual void Dispose(bool disposing) => throw null!;

        public override bool Equals(object? obj) => throw null!;

        public override int GetHashCode() => throw null!;

        public override string? ToString() => throw null!;
    }
}

namespace Java.Util.Concurrent
{
    public interface IExecutor : Android.Runtime.IJavaObject
    {
        void Execute(Java.Lang.IRunnable? command);
    }
}

namespace Java.Lang
{
    public interface IRunnable : Android.Runtime.IJavaObject
    {
        void Run();
    }
}
