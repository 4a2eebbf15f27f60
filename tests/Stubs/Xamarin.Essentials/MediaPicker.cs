// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.mediapicker
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.mediapickeroptions
using System.Threading.Tasks;

namespace Xamarin.Essentials
{
    public static class MediaPicker
    {
        public static bool IsCaptureSupported => throw null;

        public static Task<FileResult> PickPhotoAsync(MediaPickerOptions options = null) => throw null;

        public static Task<FileResult> CapturePhotoAsync(MediaPickerOptions options = null) => throw null;

        public static Task<FileResult> PickVideoAsync(MediaPickerOptions options = null) => throw null;

        public static Task<FileResult> CaptureVideoAsync(MediaPickerOptions options = null) => throw null;
    }

    public class MediaPickerOptions
    {
        public string Title { get => throw null; set => throw null; }
    }
}
