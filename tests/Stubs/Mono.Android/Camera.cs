// Mirrors https://learn.microsoft.com/dotnet/api/android.hardware.camera.open
// Mirrors https://learn.microsoft.com/dotnet/api/android.hardware.camera2.cameramanager.opencamera
// Mirrors https://learn.microsoft.com/dotnet/api/android.hardware.camera2.cameramanager.getcameraidlist
// Mirrors https://learn.microsoft.com/dotnet/api/android.hardware.camera2.cameradevice.statecallback
using System;

namespace Android.Hardware
{
    [Obsolete("deprecated")]
    public class Camera : Java.Lang.Object
    {
        protected Camera(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public static int NumberOfCameras => throw null!;

        public static Camera? Open() => throw null!;

        public static Camera? Open(int cameraId) => throw null!;

        public void Release() => throw null!;
    }
}

namespace Android.Hardware.Camera2
{
    public sealed class CameraManager : Java.Lang.Object
    {
        internal CameraManager() => throw null!;

        public string[] GetCameraIdList() => throw null!;

        public void OpenCamera(string cameraId, CameraDevice.StateCallback callback, Android.OS.Handler? handler) => throw null!;

        public void OpenCamera(string cameraId, Java.Util.Concurrent.IExecutor executor, CameraDevice.StateCallback callback) => throw null!;
    }

    public enum CameraError
    {
        InUse = 1,
        MaxCamerasInUse = 2,
        Disabled = 3,
        Device = 4,
        Service = 5,
    }

    public abstract class CameraDevice : Java.Lang.Object
    {
        protected CameraDevice(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public abstract string Id { get; }

        public abstract void Close();

        public abstract class StateCallback : Java.Lang.Object
        {
            public StateCallback() => throw null!;

            public abstract void OnOpened(CameraDevice camera);

            public abstract void OnDisconnected(CameraDevice camera);

            public abstract void OnError(CameraDevice camera, CameraError error);

            public virtual void OnClosed(CameraDevice camera) => throw null!;
        }
    }
}
