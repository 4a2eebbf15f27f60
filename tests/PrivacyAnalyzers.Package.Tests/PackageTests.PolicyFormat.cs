using Xunit;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// Issue 13 §1 as CI users hit it: <c>dotnet format analyzers --diagnostics PRIV003</c> once wrote
/// the code fixes' equivalence keys into PrivacyPolicy.txt, and the next build reported PRIV005.
/// The consumer is this test's own (under the fixture's folder, so its feed and settings apply).
/// </summary>
public sealed partial class PackageTests
{
    private const string FormatPolicy = """
        # Devices
        user.device.ip_address: essential.fraud_detection   # kept for 30 days

        """;

    [Fact]
    public async Task DotnetFormatDisclosesCategoriesInThePolicyWithIdsOnly()
    {
        fixture.RequireConsumers();
        var directory = Path.Combine(fixture.WorkRoot, "PolicyFormatConsumer");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "PolicyFormatConsumer.csproj"), fixture.ConsumerProject("    <Nullable>enable</Nullable>"));
        File.WriteAllText(Path.Combine(directory, "Device.cs"), """
            using System.Net.NetworkInformation;

            namespace Consumer
            {
                public static class Device
                {
                    public static string Mac(NetworkInterface nic) => nic.GetPhysicalAddress().ToString();
                }
            }

            """);
        File.WriteAllText(Path.Combine(directory, "Profile.cs"), """
            using PrivacyAnalyzers;

            namespace Consumer
            {
                public static class Profile
                {
                    [CollectsPersonalData(DataCategories.AccountUsername, Purposes.EssentialService, Purposes.AnalyticsReporting)]
                    public static string Name() => System.Environment.UserName;
                }
            }

            """);
        var policyPath = Path.Combine(directory, "PrivacyPolicy.txt");
        File.WriteAllText(policyPath, FormatPolicy);

        var restore = await ChildProcess.DotNetAsync(directory, new[] { "restore", "-tl:off" }, fixture.ConsumerEnvironment);
        Assert.True(restore.Succeeded, restore.ToString());

        var format = new[] { "format", "analyzers", "PolicyFormatConsumer.csproj", "--diagnostics", "PRIV003", "--severity", "info", "--no-restore" };
        var first = await ChildProcess.DotNetAsync(directory, format, fixture.ConsumerEnvironment);
        Assert.True(first.Succeeded, first.ToString());

        var policy = File.ReadAllText(policyPath);
        Assert.StartsWith(FormatPolicy, policy, StringComparison.Ordinal);
        Assert.True(policy.IndexOfAny(['|', ';']) < 0, "an equivalence key leaked into the policy:\n" + policy);

        // dotnet format passes the key of whichever site it sees first ("Allow" for the declared one, the "Disclose"
        // group's joined key for the undeclared one): either way both are written, the undeclared with the default purpose.
        Assert.Contains("\nuser.device.device_id: essential.service\n", policy, StringComparison.Ordinal);
        Assert.True(
            policy.Contains("\nuser.account.username: essential.service, analytics.reporting\n", StringComparison.Ordinal),
            "the declared purposes were not disclosed:\n" + policy + "\n" + first);

        // Applying again changes nothing, and the next build has no PRIV003 and no PRIV005.
        var second = await ChildProcess.DotNetAsync(directory, format, fixture.ConsumerEnvironment);
        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(policy, File.ReadAllText(policyPath));

        var build = await ChildProcess.DotNetAsync(directory, new[] { "build", "--no-restore", "--no-incremental", "-tl:off" }, fixture.ConsumerEnvironment);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("PRIV005", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIV003", build.Output, StringComparison.Ordinal);
    }
}
