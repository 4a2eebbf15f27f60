// Mirrors https://learn.microsoft.com/appcenter/sdk/other-apis/xamarin (Identify users, Identify installations)
// Mirrors https://learn.microsoft.com/appcenter/sdk/getting-started/xamarin
// NuGet Microsoft.AppCenter (the core of the App Center SDK for Xamarin and .NET MAUI). Only the members the docs
// show app code calling are stubbed.
using System;
using System.Threading.Tasks;

namespace Microsoft.AppCenter
{
    public enum LogLevel
    {
        Verbose = 2,
        Debug = 3,
        Info = 4,
        Warn = 5,
        Error = 6,
        Assert = 7,
        None = 99,
    }

    public partial class AppCenter
    {
        internal AppCenter() => throw null!;

        public static LogLevel LogLevel { get => throw null!; set => throw null!; }

        public static bool Configured => throw null!;

        public static void Start(string appSecret, params Type[] services) => throw null!;

        public static void SetUserId(string userId) => throw null!;

        public static Task<Guid?> GetInstallIdAsync() => throw null!;

        public static Task SetEnabledAsync(bool enabled) => throw null!;

        public static Task<bool> IsEnabledAsync() => throw null!;
    }
}
