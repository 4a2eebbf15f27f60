// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filepicker
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ifilepicker
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.pickoptions
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filepickerfiletype
// The MAUI shapes carry nullable annotations (PickMultipleAsync's element is FileResult?), so they stay out of
// Essentials.Shared, which the nullable-oblivious Xamarin stub compiles too.
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Maui.Devices;

namespace Microsoft.Maui.Storage
{
    public interface IFilePicker
    {
        Task<FileResult?> PickAsync(PickOptions? options = null);

        Task<IEnumerable<FileResult?>> PickMultipleAsync(PickOptions? options = null);
    }

    public static class FilePicker
    {
        public static IFilePicker Default => throw null!;

        public static Task<FileResult?> PickAsync(PickOptions? options = null) => throw null!;

        public static Task<IEnumerable<FileResult?>> PickMultipleAsync(PickOptions? options = null) => throw null!;
    }

    public class PickOptions
    {
        public static PickOptions Default => throw null!;

        public static PickOptions Images => throw null!;

        public string? PickerTitle { get => throw null!; set => throw null!; }

        public FilePickerFileType? FileTypes { get => throw null!; set => throw null!; }
    }

    public class FilePickerFileType
    {
        public static readonly FilePickerFileType Images = null!;
        public static readonly FilePickerFileType Png = null!;
        public static readonly FilePickerFileType Jpeg = null!;
        public static readonly FilePickerFileType Videos = null!;
        public static readonly FilePickerFileType Pdf = null!;

        public FilePickerFileType() => throw null!;

        public FilePickerFileType(IDictionary<DevicePlatform, IEnumerable<string>> fileTypes) => throw null!;

        public IEnumerable<string> Value => throw null!;

        protected virtual IEnumerable<string> GetPlatformFileType(DevicePlatform platform) => throw null!;
    }
}
