// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.datatransfer.clipboard
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.applicationmodel.datatransfer.iclipboard
using System;
using System.Threading.Tasks;

namespace Microsoft.Maui.ApplicationModel.DataTransfer
{
    public interface IClipboard
    {
        bool HasText { get; }

        Task SetTextAsync(string? text);

        Task<string?> GetTextAsync();

        event EventHandler<EventArgs> ClipboardContentChanged;
    }

    public static class Clipboard
    {
        public static IClipboard Default => throw null!;

        public static bool HasText => throw null!;

        public static Task SetTextAsync(string? text) => throw null!;

        public static Task<string?> GetTextAsync() => throw null!;

        public static event EventHandler<EventArgs> ClipboardContentChanged
        {
            add => throw null!;
            remove => throw null!;
        }
    }
}
