// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.securestorage
// The storage APIs the flow rule PRIV104 treats as sinks; only the members app code writes through are stubbed.
using System;
using System.Threading.Tasks;

namespace Microsoft.Maui.Storage
{
    public interface IPreferences
    {
        bool ContainsKey(string key, string? sharedName = null);

        void Remove(string key, string? sharedName = null);

        void Set<T>(string key, T value, string? sharedName = null);

        T Get<T>(string key, T defaultValue, string? sharedName = null);
    }

    public static class Preferences
    {
        public static IPreferences Default => throw null!;

        public static void Set(string key, string? value) => throw null!;

        public static void Set(string key, int value) => throw null!;

        public static void Set(string key, bool value) => throw null!;

        public static void Set(string key, string? value, string? sharedName) => throw null!;

        public static string? Get(string key, string? defaultValue) => throw null!;

        public static void Remove(string key) => throw null!;
    }

    public interface ISecureStorage
    {
        Task<string?> GetAsync(string key);

        Task SetAsync(string key, string value);

        bool Remove(string key);
    }

    public static class SecureStorage
    {
        public static ISecureStorage Default => throw null!;

        public static Task<string?> GetAsync(string key) => throw null!;

        public static Task SetAsync(string key, string value) => throw null!;

        public static bool Remove(string key) => throw null!;
    }
}
