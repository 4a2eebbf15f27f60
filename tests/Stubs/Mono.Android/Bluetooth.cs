// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothadapter
// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothadapter.address
// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothadapter.defaultadapter
// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothmanager
using System;

namespace Android.Bluetooth
{
    public sealed class BluetoothAdapter : Java.Lang.Object
    {
        internal BluetoothAdapter() => throw null!;

        public static BluetoothAdapter? DefaultAdapter => throw null!;

        public string? Address => throw null!;

        public string? Name => throw null!;

        public bool IsEnabled => throw null!;

        public bool SetName(string? name) => throw null!;
    }

    public sealed class BluetoothManager : Java.Lang.Object
    {
        internal BluetoothManager() => throw null!;

        public BluetoothAdapter? Adapter => throw null!;
    }
}
