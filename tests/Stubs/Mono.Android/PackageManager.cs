// Mirrors https://learn.microsoft.com/dotnet/api/android.content.pm.packagemanager
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.pm.packagemanager.getinstalledapplications
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.pm.packagemanager.getinstalledpackages
// Mirrors https://learn.microsoft.com/dotnet/api/android.content.pm.packageinfoflags
// Mirrors https://developer.android.com/training/package-visibility
// Enum values are those of PackageManager.GET_*; Java's public fields packageName/versionName are bound as properties.
// Only the (int flags) overloads are stubbed; API 33 added overloads taking PackageManager.ApplicationInfoFlags.
using System;
using System.Collections.Generic;

namespace Android.Content.PM
{
    [Flags]
    public enum PackageInfoFlags
    {
        Activities = 1,
        Receivers = 2,
        Services = 4,
        Providers = 8,
        Instrumentation = 16,
        IntentFilters = 32,
        Signatures = 64,
        MetaData = 128,
        Gids = 256,
        Permissions = 4096,
    }

    public abstract class PackageManager : Java.Lang.Object
    {
        public PackageManager() => throw null!;

        public abstract IList<ApplicationInfo> GetInstalledApplications(PackageInfoFlags flags);

        public abstract IList<PackageInfo> GetInstalledPackages(PackageInfoFlags flags);

        public abstract PackageInfo GetPackageInfo(string packageName, PackageInfoFlags flags);
    }

    public class PackageItemInfo : Java.Lang.Object
    {
        public PackageItemInfo() => throw null!;

        public string? Name { get => throw null!; set => throw null!; }

        public string? PackageName { get => throw null!; set => throw null!; }
    }

    public class ApplicationInfo : PackageItemInfo
    {
        public ApplicationInfo() => throw null!;
    }

    public class PackageInfo : Java.Lang.Object
    {
        public PackageInfo() => throw null!;

        public string? PackageName { get => throw null!; set => throw null!; }

        public string? VersionName { get => throw null!; set => throw null!; }
    }
}
