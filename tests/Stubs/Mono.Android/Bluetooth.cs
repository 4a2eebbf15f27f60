// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothadapter
// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothadapter.address
// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothadapter.defaultadapter
// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothmanager
// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothadapter.bondeddevices
// Mirrors https://learn.microsoft.com/dotnet/api/android.bluetooth.bluetoothdevice
// Mirrors https://developer.android.com/reference/android/bluetooth/BluetoothDevice#getAddress()
using System;
using System.Collections.Generic;

namespace Android.Bluetooth
{
    public sealed class BluetoothAdapter : Java.Lang.Object
    {
        internal BluetoothAdapter() => throw null!;

        public static BluetoothAdapter? DefaultAdapter => throw null!;

        public string? Address => throw null!;

        public string? Name => throw null!;

        public bool IsEnabled => throw null!;

        public ICollection<BluetoothDevice>? BondedDevices => throw null!;

        public bool SetName(string? name) => throw null!;
    }

    public sealed class BluetoothManager : Java.Lang.Object
    {
        internal BluetoothManager() => throw null!;

        public BluetoothAdapter? Adapter => throw null!;
    }

    public enum Bond
    {
        None = 10,
        Bonding = 11,
        Bonded = 12,
    }

    public sealed class BluetoothDevice : Java.Lang.Object
    {
        internal BluetoothDevice() => throw null!;

        public string? Address => throw null!;

        public string? Name => throw null!;

        public Bond BondState => throw null!;
    }
}
