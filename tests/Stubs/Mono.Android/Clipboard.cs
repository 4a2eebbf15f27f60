// Mirrors https://learn.microsoft.com/dotnet/api/android.content.clipboardmanager
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.clipboardmanager.primaryclip
// Mirrors https://learn.microsoft.com/dotnet/api/android.text.clipboardmanager
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.clipdata
using System;

namespace Android.Text
{
    [Obsolete("deprecated")]
    public abstract class ClipboardManager : Java.Lang.Object
    {
        protected ClipboardManager(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public abstract bool HasText { get; }
    }
}

namespace Android.Content
{
#pragma warning disable CS0618 // the real class derives from the deprecated Android.Text.ClipboardManager
    public class ClipboardManager : Android.Text.ClipboardManager
#pragma warning restore CS0618
    {
        protected ClipboardManager(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public virtual ClipData? PrimaryClip { get => throw null!; set => throw null!; }

        public virtual bool HasPrimaryClip => throw null!;

        public override bool HasText => throw null!;

        public virtual void ClearPrimaryClip() => throw null!;
    }

    public class ClipData : Java.Lang.Object
    {
        protected ClipData(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public virtual int ItemCount => throw null!;

        public static ClipData NewPlainText(string? label, string? text) => throw null!;

        public virtual Item? GetItemAt(int index) => throw null!;

        public class Item : Java.Lang.Object
        {
            public Item(string? text) => throw null!;

            public virtual string? Text => throw null!;
        }
    }
}
