// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filebase
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.fileresult
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.readonlyfile
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.filebase
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.fileresult
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.readonlyfile
// One source for both Essentials stubs (see ../README.md); XAMARIN_ESSENTIALS marks where the two differ.
using System.IO;
using System.Threading.Tasks;

#if XAMARIN_ESSENTIALS
namespace Xamarin.Essentials
#else
namespace Microsoft.Maui.Storage
#endif
{
    public abstract class FileBase
    {
#if XAMARIN_ESSENTIALS
        internal FileBase() => throw null!;
#endif

        internal FileBase(string fullPath) => throw null!;

        internal FileBase(string fullPath, string contentType) => throw null!;

        public FileBase(FileBase file) => throw null!;

        public string FullPath { get => throw null!; internal set => throw null!; }

        public string ContentType { get => throw null!; set => throw null!; }

        public string FileName { get => throw null!; set => throw null!; }

        public Task<Stream> OpenReadAsync() => throw null!;
    }

    public class FileResult : FileBase
    {
        public FileResult(string fullPath)
            : base(fullPath) => throw null!;

        public FileResult(string fullPath, string contentType)
            : base(fullPath, contentType) => throw null!;

        public FileResult(FileBase file)
            : base(file) => throw null!;
    }

    public class ReadOnlyFile : FileBase
    {
        public ReadOnlyFile(string fullPath)
            : base(fullPath) => throw null!;

        public ReadOnlyFile(string fullPath, string contentType)
            : base(fullPath, contentType) => throw null!;

        public ReadOnlyFile(FileBase file)
            : base(file) => throw null!;
    }
}
