// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.clipboard
// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.clipboard.getimage
// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.idataobject
// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.textdataformat
// Mirrors https://learn.microsoft.com/dotnet/api/system.windows.media.imaging.bitmapsource
// WPF's Clipboard lives in PresentationCore. The real ImageSource derives from Animatable -> Freezable ->
// DependencyObject in WindowsBase; the test host's shared framework ships a WindowsBase facade of a different
// shape, so this stub ends the chain at ImageSource. Only the members realistic app code touches are stubbed.
using System;
using System.Collections.Specialized;
using System.IO;

namespace System.Windows
{
    public enum TextDataFormat
    {
        Text = 0,
        UnicodeText = 1,
        Rtf = 2,
        Html = 3,
        CommaSeparatedValue = 4,
        Xaml = 5,
    }

    public interface IDataObject
    {
        object GetData(string format);

        bool GetDataPresent(string format);

        string[] GetFormats();

        void SetData(object data);
    }

    public static class DataFormats
    {
        public static readonly string Text = "Text";
        public static readonly string UnicodeText = "UnicodeText";
        public static readonly string Bitmap = "Bitmap";
        public static readonly string FileDrop = "FileDrop";
    }

    public static class Clipboard
    {
        public static void Clear() => throw null!;

        public static bool ContainsAudio() => throw null!;

        public static bool ContainsData(string format) => throw null!;

        public static bool ContainsFileDropList() => throw null!;

        public static bool ContainsImage() => throw null!;

        public static bool ContainsText() => throw null!;

        public static bool ContainsText(TextDataFormat format) => throw null!;

        public static Stream GetAudioStream() => throw null!;

        public static object GetData(string format) => throw null!;

        public static IDataObject GetDataObject() => throw null!;

        public static StringCollection GetFileDropList() => throw null!;

        public static System.Windows.Media.Imaging.BitmapSource GetImage() => throw null!;

        public static string GetText() => throw null!;

        public static string GetText(TextDataFormat format) => throw null!;

        public static void SetData(string format, object data) => throw null!;

        public static void SetDataObject(object data) => throw null!;

        public static void SetImage(System.Windows.Media.Imaging.BitmapSource image) => throw null!;

        public static void SetText(string text) => throw null!;

        public static void SetText(string text, TextDataFormat format) => throw null!;
    }
}

namespace System.Windows.Media
{
    public abstract class ImageSource
    {
        protected ImageSource() => throw null!;

        public abstract double Height { get; }

        public abstract double Width { get; }
    }
}

namespace System.Windows.Media.Imaging
{
    public abstract class BitmapSource : System.Windows.Media.ImageSource
    {
        protected BitmapSource() => throw null!;

        public virtual int PixelHeight => throw null!;

        public virtual int PixelWidth => throw null!;

        public override double Height => throw null!;

        public override double Width => throw null!;
    }
}
