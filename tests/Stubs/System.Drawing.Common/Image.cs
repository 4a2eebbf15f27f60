// Mirrors https://learn.microsoft.com/dotnet/api/system.drawing.image
// Mirrors https://learn.microsoft.com/dotnet/api/system.drawing.bitmap
// NuGet System.Drawing.Common (Windows only); WinForms' Clipboard.GetImage returns an Image. Only the members
// realistic app code touches are stubbed.
using System;

namespace System.Drawing
{
    public abstract class Image : MarshalByRefObject, ICloneable, IDisposable
    {
        internal Image() => throw null!;

        public int Width => throw null!;

        public int Height => throw null!;

        public object Clone() => throw null!;

        public void Dispose() => throw null!;

        public void Save(string filename) => throw null!;

        public void Save(System.IO.Stream stream, System.Drawing.Imaging.ImageFormat format) => throw null!;
    }

    public sealed class Bitmap : Image
    {
        public Bitmap(string filename) => throw null!;

        public Bitmap(int width, int height) => throw null!;
    }
}

namespace System.Drawing.Imaging
{
    public sealed class ImageFormat
    {
        public ImageFormat(Guid guid) => throw null!;

        public static ImageFormat Png => throw null!;

        public static ImageFormat Jpeg => throw null!;
    }
}
