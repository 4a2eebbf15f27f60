// Mirrors https://learn.microsoft.com/dotnet/api/android.net.uri
// Mirrors https://learn.microsoft.com/dotnet/api/android.database.icursor
using System;

namespace Android.Net
{
    public abstract class Uri : Java.Lang.Object
    {
        protected Uri(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public static Uri? Parse(string? uriString) => throw null!;
    }
}

namespace Android.Database
{
    public interface ICursor : Android.Runtime.IJavaObject
    {
        int Count { get; }

        bool MoveToFirst();

        bool MoveToNext();

        int GetColumnIndex(string? columnName);

        string? GetString(int columnIndex);

        void Close();
    }
}
