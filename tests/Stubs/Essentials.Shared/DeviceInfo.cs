// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.deviceinfo
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.ideviceinfo
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.deviceplatform
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.maui.devices.deviceidiom
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.deviceinfo
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.deviceplatform
// Mirrors https://learn.microsoft.com/dotnet/api/xamarin.essentials.deviceidiom
// One source for both Essentials stubs (see ../README.md): MAUI Essentials kept Xamarin.Essentials' shapes here.
// The MAUI stub compiles it with nullable annotations, the Xamarin stub oblivious, as the real assemblies are;
// XAMARIN_ESSENTIALS marks where the two APIs differ.
using System;

#if XAMARIN_ESSENTIALS
namespace Xamarin.Essentials
#else
namespace Microsoft.Maui.Devices
#endif
{
#if !XAMARIN_ESSENTIALS
    public interface IDeviceInfo
    {
        string Model { get; }

        string Manufacturer { get; }

        string Name { get; }

        string VersionString { get; }

        Version Version { get; }

        DevicePlatform Platform { get; }

        DeviceIdiom Idiom { get; }

        DeviceType DeviceType { get; }
    }
#endif

    public static class DeviceInfo
    {
#if !XAMARIN_ESSENTIALS
        public static IDeviceInfo Current => throw null!;
#endif

        public static string Model => throw null!;

        public static string Manufacturer => throw null!;

        public static string Name => throw null!;

        public static string VersionString => throw null!;

        public static Version Version => throw null!;

        public static DevicePlatform Platform => throw null!;

        public static DeviceIdiom Idiom => throw null!;

        public static DeviceType DeviceType => throw null!;
    }

    public enum DeviceType
    {
        Unknown = 0,
        Physical = 1,
        Virtual = 2,
    }

    public readonly struct DevicePlatform : IEquatable<DevicePlatform>
    {
        public static DevicePlatform Android => throw null!;

        public static DevicePlatform iOS => throw null!;

#if !XAMARIN_ESSENTIALS
        public static DevicePlatform MacCatalyst => throw null!;
#endif

        public static DevicePlatform macOS => throw null!;

        public static DevicePlatform tvOS => throw null!;

        public static DevicePlatform Tizen => throw null!;

        public static DevicePlatform UWP => throw null!;

#if !XAMARIN_ESSENTIALS
        public static DevicePlatform WinUI => throw null!;
#endif

        public static DevicePlatform watchOS => throw null!;

        public static DevicePlatform Unknown => throw null!;

        public static DevicePlatform Create(string devicePlatform) => throw null!;

        public bool Equals(DevicePlatform other) => throw null!;

#if XAMARIN_ESSENTIALS
        public override bool Equals(object obj) => throw null!;
#else
        public override bool Equals(object? obj) => throw null!;
#endif

        public override int GetHashCode() => throw null!;

        public override string ToString() => throw null!;

        public static bool operator ==(DevicePlatform left, DevicePlatform right) => throw null!;

        public static bool operator !=(DevicePlatform left, DevicePlatform right) => throw null!;
    }

    public readonly struct DeviceIdiom : IEquatable<DeviceIdiom>
    {
        public static DeviceIdiom Phone => throw null!;

        public static DeviceIdiom Tablet => throw null!;

        public static DeviceIdiom Desktop => throw null!;

        public static DeviceIdiom TV => throw null!;

        public static DeviceIdiom Watch => throw null!;

        public static DeviceIdiom Unknown => throw null!;

        public static DeviceIdiom Create(string deviceIdiom) => throw null!;

        public bool Equals(DeviceIdiom other) => throw null!;

#if XAMARIN_ESSENTIALS
        public override bool Equals(object obj) => throw null!;
#else
        public override bool Equals(object? obj) => throw null!;
#endif

        public override int GetHashCode() => throw null!;

        public override string ToString() => throw null!;

        public static bool operator ==(DeviceIdiom left, DeviceIdiom right) => throw null!;

        public static bool operator !=(DeviceIdiom left, DeviceIdiom right) => throw null!;
    }
}
