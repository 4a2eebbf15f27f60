// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.forms.clipboard
// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.forms.idataobject
// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.forms.textdataformat
// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.forms.dataformats
// Mirrors https://learn.microsoft.com/dotnet/desktop/winforms/wfdev-diagnostics/wfdev005
// .NET 10 obsoletes Clipboard.GetData(string) (WFDEV005) in favour of the generic TryGetData<T>; only the simplest
// TryGetData overload is stubbed. Only the members realistic app code touches are stubbed.
using System;
using System.Collections.Specialized;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace System.Windows.Forms
{
    public enum TextDataFormat
    {
        Text = 0,
        UnicodeText = 1,
        Rtf = 2,
        Html = 3,
        CommaSeparatedValue = 4,
    }

    public interface IDataObject
    {
        object? GetData(string format);

        bool GetDataPresent(string format);

        string[] GetFormats();

        void SetData(object? data);
    }

    public static class DataFormats
    {
        public static readonly string Text = "Text";
        public static readonly string UnicodeText = "UnicodeText";
        public static readonly string Bitmap = "Bitmap";
        public static readonly string FileDrop = "FileDrop";
        public static readonly string Html = "HTML Format";
    }

    public static class Clipboard
    {
        public static void Clear() => throw null!;

        public static bool ContainsAudio() => throw null!;

        public static bool ContainsData(string? format) => throw null!;

        public static bool ContainsFileDropList() => throw null!;

        public static bool ContainsImage() => throw null!;

        public static bool ContainsText() => throw null!;

        public static bool ContainsText(TextDataFormat format) => throw null!;

        public static Stream? GetAudioStream() => throw null!;

        [Obsolete("`Clipboard.GetData(string)` method is obsolete. Use `Clipboard.TryGetData<T>` instead.", DiagnosticId = "WFDEV005")]
        public static object? GetData(string format) => throw null!;

        public static IDataObject? GetDataObject() => throw null!;

        public static StringCollection GetFileDropList() => throw null!;

        public static System.Drawing.Image? GetImage() => throw null!;

        public static string GetText() => throw null!;

        public static string GetText(TextDataFormat format) => throw null!;

        public static bool TryGetData<T>(string format, [NotNullWhen(true)] out T data) => throw null!;

        public static void SetData(string format, object data) => throw null!;

        public static void SetDataObject(object data) => throw null!;

        public static void SetImage(System.Drawing.Image image) => throw null!;

        public static void SetText(string text) => throw null!;

        public static void SetText(string text, TextDataFormat format) => throw null!;
    }
}
