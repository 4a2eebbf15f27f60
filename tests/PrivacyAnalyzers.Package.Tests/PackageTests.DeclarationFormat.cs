using Xunit;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// Issue 13 §7 as CI users hit it: <c>dotnet format analyzers --diagnostics PRIV001</c> declares what a
/// user would (the policy's one purpose for the category, on the lambda the site is in) and leaves
/// every other line alone. The consumer is this test's own, under the fixture's folder.
/// </summary>
public sealed partial class PackageTests
{
    private const string DeclarationFormatSource = """
        using System;
        using System.Linq;
        using System.Net.NetworkInformation;

        namespace Consumer
        {
            public static class Adapters
            {
                // Every adapter's address, for the licence check.
                public static string[] Macs()  =>  NetworkInterface.GetAllNetworkInterfaces()
                    .Select(nic => nic.GetPhysicalAddress().ToString())
                    .ToArray();

                public static string  First()  =>  NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();
            }
        }

        """;

    [Fact]
    public async Task DotnetFormatDeclaresThePolicysPurposeOnTheLambdaAndNothingElse()
    {
        fixture.RequireConsumers();
        var directory = Path.Combine(fixture.WorkRoot, "DeclarationFormatConsumer");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "DeclarationFormatConsumer.csproj"), fixture.ConsumerProject("    <Nullable>enable</Nullable>"));
        var sourcePath = Path.Combine(directory, "Adapters.cs");
        File.WriteAllText(sourcePath, DeclarationFormatSource);
        File.WriteAllText(Path.Combine(directory, "PrivacyPolicy.txt"), "# Licensing\nuser.device.device_id: essential.fraud_detection\n");

        var restore = await ChildProcess.DotNetAsync(directory, new[] { "restore", "-tl:off" }, fixture.ConsumerEnvironment);
        Assert.True(restore.Succeeded, restore.ToString());

        var format = new[] { "format", "analyzers", "DeclarationFormatConsumer.csproj", "--diagnostics", "PRIV001", "--severity", "warn", "--no-restore" };
        var first = await ChildProcess.DotNetAsync(directory, format, fixture.ConsumerEnvironment);
        Assert.True(first.Succeeded, first.ToString());

        var expected = DeclarationFormatSource
            .Replace("using System.Net.NetworkInformation;\n", "using System.Net.NetworkInformation;\nusing PrivacyAnalyzers;\n", StringComparison.Ordinal)
            .Replace(".Select(nic =>", ".Select([CollectsPersonalData(DataCategories.DeviceId, Purposes.FraudDetection)] (nic) =>", StringComparison.Ordinal)
            .Replace(
                "\n        public static string  First()",
                "\n        [CollectsPersonalData(DataCategories.DeviceId, Purposes.FraudDetection)]\n        public static string  First()",
                StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(sourcePath));

        // Applying again changes nothing, and the result builds with no PRIV001 and no PRIV002.
        var second = await ChildProcess.DotNetAsync(directory, format, fixture.ConsumerEnvironment);
        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(expected, File.ReadAllText(sourcePath));

        var build = await ChildProcess.DotNetAsync(directory, new[] { "build", "--no-restore", "--no-incremental", "-tl:off" }, fixture.ConsumerEnvironment);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("PRIV001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIV002", build.Output, StringComparison.Ordinal);
    }
}
