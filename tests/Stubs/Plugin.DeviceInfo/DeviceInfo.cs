// Mirrors https://github.com/jamesmontemagno/DeviceInfoPlugin/blob/master/src/DeviceInfo.Plugin/CrossDeviceInfo.shared.cs
// Mirrors https://github.com/jamesmontemagno/DeviceInfoPlugin/blob/master/src/DeviceInfo.Plugin.Abstractions/IDeviceInfo.cs
// Mirrors https://github.com/jamesmontemagno/DeviceInfoPlugin/blob/master/src/DeviceInfo.Plugin.Abstractions/Platform.shared.cs
// Mirrors https://github.com/jamesmontemagno/DeviceInfoPlugin/blob/master/src/DeviceInfo.Plugin.Abstractions/Idiom.shared.cs
// The Xamarin-era device information plugin (NuGet Xam.Plugin.DeviceInfo), which Xamarin.Essentials' DeviceInfo
// replaced: CrossDeviceInfo.Current is the platform's IDeviceInfo. The whole interface is stubbed.
using System;
using Plugin.DeviceInfo.Abstractions;

namespace Plugin.DeviceInfo
{
    public class CrossDeviceInfo
    {
        public static bool IsSupported => throw null;

        public static IDeviceInfo Current => throw null;
    }
}

namespace Plugin.DeviceInfo.Abstractions
{
    public interface IDeviceInfo
    {
        string GenerateAppId(bool usingPhoneId = false, string prefix = null, string suffix = null);

        string Id { get; }

        string Model { get; }

        string Manufacturer { get; }

        string DeviceName { get; }

        string Version { get; }

        Version VersionNumber { get; }

        string AppVersion { get; }

        string AppBuild { get; }

        Platform Platform { get; }

        Idiom Idiom { get; }

        bool IsDevice { get; }

        string NetworkCarrier { get; }
    }

    public enum Platform
    {
        Android,
        iOS,
        WindowsPhone,
        Windows,
        WindowsTablet,
        SurfaceHub,
        Xbox,
        IoT,
        Unknown,
        tvOS,
        watchOS,
        macOS,
        Tizen,
    }

    public enum Idiom
    {
        Unknown,
        Car,
        Desktop,
        Phone,
        Tablet,
        TV,
        Watch,
    }
}
