// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.clipboard
using System;
using System.Threading.Tasks;

namespace Xamarin.Essentials
{
    public static class Clipboard
    {
        public static Task SetTextAsync(string text) => throw null;

        public static bool HasText => throw null;

        public static Task<string> GetTextAsync() => throw null;

        public static event EventHandler<EventArgs> ClipboardContentChanged
        {
            add => throw null;
            remove => throw null;
        }
    }
}
