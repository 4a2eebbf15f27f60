// Mirrors https://learn.microsoft.com/dotnet/api/android.content.context
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.contextwrapper
// Mirrors https://learn.microsoft.com/dotnet/api/android.view.contextthemewrapper
// Mirrors https://learn.microsoft.com/dotnet/api/android.app.activity
// Mirrors https://learn.microsoft.com/dotnet/api/android.app.application
// Mirrors https://learn.microsoft.com/dotnet/api/android.app.service
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.contentresolver
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.context.packagemanager
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.intent
using System;

namespace Android.Content
{
    public abstract class Context : Java.Lang.Object
    {
        public const string BluetoothService = "bluetooth";
        public const string CameraService = "camera";
        public const string ClipboardService = "clipboard";
        public const string LocationService = "location";
        public const string TelephonyService = "phone";
        public const string WifiService = "wifi";

        public Context() => throw null!;

        protected Context(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) => throw null!;

        public abstract Context? ApplicationContext { get; }

        public abstract ContentResolver? ContentResolver { get; }

        public abstract string? PackageName { get; }

        public abstract Android.Content.PM.PackageManager? PackageManager { get; }

        public abstract Java.Lang.Object? GetSystemService(string name);
    }

    public class ContextWrapper : Context
    {
        public ContextWrapper(Context? @base) => throw null!;

        protected ContextWrapper(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) => throw null!;

        public virtual Context? BaseContext => throw null!;

        public override Context? ApplicationContext => throw null!;

        public override ContentResolver? ContentResolver => throw null!;

        public override string? PackageName => throw null!;

        public override Android.Content.PM.PackageManager? PackageManager => throw null!;

        public override Java.Lang.Object? GetSystemService(string? name) => throw null!;
    }

    public class Intent : Java.Lang.Object
    {
        public Intent() => throw null!;

        public Intent(string? action) => throw null!;

        public virtual string? Action { get => throw null!; set => throw null!; }

        public virtual Intent PutExtra(string? name, string? value) => throw null!;
    }

    public abstract class ContentResolver : Java.Lang.Object
    {
        public ContentResolver(Context? context) => throw null!;

        protected ContentResolver(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) => throw null!;

        public Android.Database.ICursor? Query(Android.Net.Uri uri, string[]? projection, string? selection, string[]? selectionArgs, string? sortOrder) => throw null!;
    }
}

namespace Android.Views
{
    public class ContextThemeWrapper : Android.Content.ContextWrapper
    {
        public ContextThemeWrapper() : base(null) => throw null!;

        protected ContextThemeWrapper(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;
    }
}

namespace Android.App
{
    public class Activity : Android.Views.ContextThemeWrapper
    {
        public Activity() => throw null!;

        protected Activity(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;
    }

    public abstract class Service : Android.Content.ContextWrapper
    {
        protected Service() : base(null) => throw null!;

        protected Service(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;
    }

    public class Application : Android.Content.ContextWrapper
    {
        public Application() : base(null) => throw null!;

        protected Application(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public static Android.Content.Context Context => throw null!;
    }
}
