// Mirrors https://learn.microsoft.com/dotnet/api/system.drawing.graphics
// Mirrors https://learn.microsoft.com/dotnet/api/system.drawing.graphics.copyfromscreen
// Mirrors https://learn.microsoft.com/dotnet/api/system.drawing.copypixeloperation
// Only what a screen capture touches: a Graphics over a bitmap, and the copy of a screen region into it.
// Point and Size come from System.Drawing.Primitives, which the framework carries.
using System;

namespace System.Drawing
{
    public sealed class Graphics : MarshalByRefObject, IDisposable
    {
        internal Graphics() => throw null!;

        public static Graphics FromImage(Image image) => throw null!;

        public void CopyFromScreen(Point upperLeftSource, Point upperLeftDestination, Size blockRegionSize) => throw null!;

        public void CopyFromScreen(Point upperLeftSource, Point upperLeftDestination, Size blockRegionSize, CopyPixelOperation copyPixelOperation) => throw null!;

        public void CopyFromScreen(int sourceX, int sourceY, int destinationX, int destinationY, Size blockRegionSize) => throw null!;

        public void CopyFromScreen(int sourceX, int sourceY, int destinationX, int destinationY, Size blockRegionSize, CopyPixelOperation copyPixelOperation) => throw null!;

        public void DrawImage(Image image, int x, int y) => throw null!;

        public void Dispose() => throw null!;
    }

    public enum CopyPixelOperation
    {
        SourceCopy = 13369376,
        CaptureBlt = 1073741824,
    }
}
