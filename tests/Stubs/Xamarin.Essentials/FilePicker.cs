// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.filepicker
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.pickoptions
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.filepickerfiletype
// Static only (no IFilePicker, no Default) and nullable-oblivious, as the real assembly is.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Xamarin.Essentials
{
    public static class FilePicker
    {
        public static Task<FileResult> PickAsync(PickOptions options = null) => throw null;

        public static Task<IEnumerable<FileResult>> PickMultipleAsync(PickOptions options = null) => throw null;
    }

    public class PickOptions
    {
        public static PickOptions Default => throw null;

        public static PickOptions Images => throw null;

        public string PickerTitle { get => throw null; set => throw null; }

        public FilePickerFileType FileTypes { get => throw null; set => throw null; }
    }

    public class FilePickerFileType
    {
        public static readonly FilePickerFileType Images = null;
        public static readonly FilePickerFileType Png = null;
        public static readonly FilePickerFileType Jpeg = null;
        public static readonly FilePickerFileType Videos = null;
        public static readonly FilePickerFileType Pdf = null;

        public FilePickerFileType() => throw null;

        public FilePickerFileType(IDictionary<DevicePlatform, IEnumerable<string>> fileTypes) => throw null;

        public IEnumerable<string> Value => throw null;

        protected virtual IEnumerable<string> GetPlatformFileType(DevicePlatform platform) => throw null;
    }
}
