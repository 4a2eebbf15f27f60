// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.media.screenshot
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.media.iscreenshot
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.media.iscreenshotresult
using System.IO;
using System.Threading.Tasks;

namespace Microsoft.Maui.Media
{
    public enum ScreenshotFormat
    {
        Png = 0,
        Jpeg = 1,
    }

    public interface IScreenshot
    {
        bool IsCaptureSupported { get; }

        Task<IScreenshotResult> CaptureAsync();
    }

    public interface IScreenshotResult
    {
        int Width { get; }

        int Height { get; }

        Task<Stream> OpenReadAsync(ScreenshotFormat format = ScreenshotFormat.Png, int quality = 100);

        Task CopyToAsync(Stream destination, ScreenshotFormat format = ScreenshotFormat.Png, int quality = 100);
    }

    public static class Screenshot
    {
        public static IScreenshot Default => throw null!;

        public static bool IsCaptureSupported => throw null!;

        public static Task<IScreenshotResult> CaptureAsync() => throw null!;
    }
}
