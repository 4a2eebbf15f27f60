// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ipreferences
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filesystem
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ifilesystem
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.securestorage
// Preferences and SecureStorage are also the storage sinks of the flow rule PRIV104.
// On iOS and Mac Catalyst, Preferences are NSUserDefaults and FileSystem queries the app bundle through
// NSFileManager: both are required-reason APIs (required-reasons-dotnet-maui.md in xamarin-macios).
using System;
using System.IO;
using System.Threading.Tasks;

namespace Microsoft.Maui.Storage
{
    public interface IPreferences
    {
        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ipreferences.containskey
        bool ContainsKey(string key, string? sharedName = null);

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ipreferences.remove
        void Remove(string key, string? sharedName = null);

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ipreferences.clear
        void Clear(string? sharedName = null);

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ipreferences.set
        void Set<T>(string key, T value, string? sharedName = null);

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ipreferences.get
        T Get<T>(string key, T defaultValue, string? sharedName = null);
    }

    public static class Preferences
    {
        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences.default
        public static IPreferences Default => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences.containskey
        public static bool ContainsKey(string key) => throw null!;

        public static bool ContainsKey(string key, string? sharedName) => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences.remove
        public static void Remove(string key) => throw null!;

        public static void Remove(string key, string? sharedName) => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences.clear
        public static void Clear() => throw null!;

        public static void Clear(string? sharedName) => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences.get
        public static string? Get(string key, string? defaultValue) => throw null!;

        public static string? Get(string key, string? defaultValue, string? sharedName) => throw null!;

        public static bool Get(string key, bool defaultValue) => throw null!;

        public static bool Get(string key, bool defaultValue, string? sharedName) => throw null!;

        public static int Get(string key, int defaultValue) => throw null!;

        public static int Get(string key, int defaultValue, string? sharedName) => throw null!;

        public static DateTime Get(string key, DateTime defaultValue) => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences.set
        public static void Set(string key, string? value) => throw null!;

        public static void Set(string key, string? value, string? sharedName) => throw null!;

        public static void Set(string key, bool value) => throw null!;

        public static void Set(string key, bool value, string? sharedName) => throw null!;

        public static void Set(string key, int value) => throw null!;

        public static void Set(string key, int value, string? sharedName) => throw null!;

        public static void Set(string key, DateTime value) => throw null!;
    }

    public interface IFileSystem
    {
        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ifilesystem.cachedirectory
        string CacheDirectory { get; }

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ifilesystem.appdatadirectory
        string AppDataDirectory { get; }

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ifilesystem.openapppackagefileasync
        Task<Stream> OpenAppPackageFileAsync(string filename);

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ifilesystem.apppackagefileexistsasync
        Task<bool> AppPackageFileExistsAsync(string filename);
    }

    public static class FileSystem
    {
        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filesystem.current
        public static IFileSystem Current => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filesystem.cachedirectory
        public static string CacheDirectory => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filesystem.appdatadirectory
        public static string AppDataDirectory => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filesystem.openapppackagefileasync
        public static Task<Stream> OpenAppPackageFileAsync(string filename) => throw null!;

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.filesystem.apppackagefileexistsasync
        public static Task<bool> AppPackageFileExistsAsync(string filename) => throw null!;
    }

    public interface ISecureStorage
    {
        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.isecurestorage.getasync
        Task<string?> GetAsync(string key);

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.isecurestorage.setasync
        Task SetAsync(string key, string value);

        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.isecurestorage.remove
        bool Remove(string key);
    }

    public static class SecureStorage
    {
        // https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.securestorage.default
        public static ISecureStorage Default => throw null!;

        public static Task<string?> GetAsync(string key) => throw null!;

        public static Task SetAsync(string key, string value) => throw null!;

        public static bool Remove(string key) => throw null!;
    }
}
