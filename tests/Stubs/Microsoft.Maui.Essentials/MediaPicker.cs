// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.media.mediapicker
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.media.imediapicker
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.media.mediapickeroptions
// PickPhotosAsync/PickVideosAsync/SelectionLimit are the .NET MAUI 10 additions (see dotnet/maui MediaPicker.shared.cs).
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Maui.Storage;

namespace Microsoft.Maui.Media
{
    public interface IMediaPicker
    {
        bool IsCaptureSupported { get; }

        Task<FileResult?> PickPhotoAsync(MediaPickerOptions? options = null);

        Task<List<FileResult>> PickPhotosAsync(MediaPickerOptions? options = null);

        Task<FileResult?> CapturePhotoAsync(MediaPickerOptions? options = null);

        Task<FileResult?> PickVideoAsync(MediaPickerOptions? options = null);

        Task<List<FileResult>> PickVideosAsync(MediaPickerOptions? options = null);

        Task<FileResult?> CaptureVideoAsync(MediaPickerOptions? options = null);
    }

    public static class MediaPicker
    {
        public static IMediaPicker Default => throw null!;

        public static bool IsCaptureSupported => throw null!;

        public static Task<FileResult?> PickPhotoAsync(MediaPickerOptions? options = null) => throw null!;

        public static Task<List<FileResult>> PickPhotosAsync(MediaPickerOptions? options = null) => throw null!;

        public static Task<FileResult?> CapturePhotoAsync(MediaPickerOptions? options = null) => throw null!;

        public static Task<FileResult?> PickVideoAsync(MediaPickerOptions? options = null) => throw null!;

        public static Task<List<FileResult>> PickVideosAsync(MediaPickerOptions? options = null) => throw null!;

        public static Task<FileResult?> CaptureVideoAsync(MediaPickerOptions? options = null) => throw null!;
    }

    public class MediaPickerOptions
    {
        public MediaPickerOptions() => throw null!;

        public string? Title { get => throw null!; set => throw null!; }

        public int SelectionLimit { get => throw null!; set => throw null!; }
    }
}
