using System;
using System.Net.NetworkInformation;

// Inventory tool: prints the network adapters of this machine and their MAC addresses.
foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
{
    Console.WriteLine($"{nic.Name}: {nic.GetPhysicalAddress()}");
}

Console.WriteLine(Describe(args));

static string Describe(string[] arguments) => arguments.Length == 0 ? "no arguments" : string.Join(" ", arguments);
