// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.screenshot
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.screenshotresult
using System.IO;
using System.Threading.Tasks;

namespace Xamarin.Essentials
{
    public static class Screenshot
    {
        public static bool IsCaptureSupported => throw null;

        public static Task<ScreenshotResult> CaptureAsync() => throw null;
    }

    public class ScreenshotResult
    {
        internal ScreenshotResult() => throw null;

        public int Width => throw null;

        public int Height => throw null;

        public Task<Stream> OpenReadAsync(ScreenshotFormat format = ScreenshotFormat.Png) => throw null;
    }

    public enum ScreenshotFormat
    {
        Png,
        Jpeg,
    }
}
