using System.Text.Json;
using PrivacyAnalyzers.Manifests.Formats.Apple;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// <c>privacy scan --format xcprivacy</c> for Apple apps: NSPrivacyAccessedAPITypes from the code's
/// declarations and the .NET runtime's baseline, the merge with a project's own PrivacyInfo.xcprivacy,
/// malformed input, tracking domains, and only Apple's documented keys and values.
/// </summary>
public sealed class XcPrivacyTests : IDisposable
{
    private const string Code = """
        using System;
        using System.IO;
        using PrivacyAnalyzers;

        [assembly: UsesRequiredReasonApi(RequiredReasonApis.UserDefaults, "CA92.1")]

        public static class Cache
        {
            [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1", "3B52.1")]
            public static DateTime Stamp(string path) => File.GetLastWriteTimeUtc(path);

            public static long Uptime() => Environment.TickCount64;

            [UsesRequiredReasonApi(RequiredReasonApis.DiskSpace, "E174.1", "NOPE.1")]
            public static long Free(DriveInfo drive) => drive.AvailableFreeSpace;
        }
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "privacy-xcprivacy-" + Guid.NewGuid().ToString("N")[..10]);

    public XcPrivacyTests()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Cache.cs"), Code);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task TheDeclaredReasonsAndTheBaselineAreWritten()
    {
        var run = await Tool.RunAsync("scan", folder, "--platform", "ios", "--format", "xcprivacy");
        Assert.True(run.ExitCode == 0, run.ToString());
        var plist = Plist.ReadRootDictionary(run.StandardOutput, "output");
        AssertOnlyApplesKeysAndValues(plist);
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                [RequiredReasonApis.FileTimestamp] = ["C617.1", "3B52.1"],
                [RequiredReasonApis.SystemBootTime] = ["35F9.1"],
                [RequiredReasonApis.DiskSpace] = ["E174.1"],
                [RequiredReasonApis.UserDefaults] = ["CA92.1"],
            },
            AccessedApis(plist));

        // Where each reason comes from, and the use without one.
        Assert.Contains("NSPrivacyAccessedAPICategorySystemBootTime 35F9.1: the .NET runtime's baseline, https://learn.microsoft.com/dotnet/maui/ios/privacy-manifest", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("NSPrivacyAccessedAPICategoryFileTimestamp 3B52.1: declared at Cache.cs:", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("NSPrivacyAccessedAPICategorySystemBootTime: 1 use without a declared reason (PRIV201) at Cache.cs:12:", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJsonManifestCarriesTheFindingsAndDeclarationsOnlyForApplePlatforms()
    {
        var apple = await Tool.RunAsync("scan", folder, "--platform", "maccatalyst");
        Assert.True(apple.ExitCode == 0, apple.ToString());
        using var json = JsonDocument.Parse(apple.StandardOutput);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var undeclared = Assert.Single(findings, f => f.GetProperty("id").GetString() == RuleIds.RequiredReasonUndeclared);
        Assert.Equal(RequiredReasonApis.SystemBootTime, undeclared.GetProperty("category").GetString());
        Assert.Contains(findings, f => f.GetProperty("id").GetString() == RuleIds.RequiredReasonWrongCode);
        Assert.Equal("maccatalyst", json.RootElement.GetProperty("apple").GetProperty("platform").GetString());

        var other = await Tool.RunAsync("scan", folder);
        Assert.True(other.ExitCode == 0, other.ToString());
        Assert.DoesNotContain("PRIV20", other.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBaselineCanBeTurnedOff()
    {
        var run = await Tool.RunAsync("scan", folder, "--platform", "ios", "--format", "xcprivacy", "--no-apple-baseline");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            new Dictionary<string, string[]>
            {
                [RequiredReasonApis.FileTimestamp] = ["C617.1", "3B52.1"],
                [RequiredReasonApis.DiskSpace] = ["E174.1"],
                [RequiredReasonApis.UserDefaults] = ["CA92.1"],
            },
            AccessedApis(Plist.ReadRootDictionary(run.StandardOutput, "output")));
    }

    [Fact]
    public async Task AnExistingManifestKeepsEveryEntryAndGainsWhatTheCodeNeeds()
    {
        const string existing = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">
            <dict>
                <key>NSPrivacyTracking</key>
                <false/>
                <key>NSPrivacyCollectedDataTypes</key>
                <array>
                    <dict>
                        <key>NSPrivacyCollectedDataType</key>
                        <string>NSPrivacyCollectedDataTypeCrashData</string>
                        <key>NSPrivacyCollectedDataTypeLinked</key>
                        <false/>
                        <key>NSPrivacyCollectedDataTypeTracking</key>
                        <false/>
                        <key>NSPrivacyCollectedDataTypePurposes</key>
                        <array>
                            <string>NSPrivacyCollectedDataTypePurposeAppFunctionality</string>
                        </array>
                    </dict>
                </array>
                <key>NSPrivacyAccessedAPITypes</key>
                <array>
                    <dict>
                        <key>NSPrivacyAccessedAPIType</key>
                        <string>NSPrivacyAccessedAPICategoryUserDefaults</string>
                        <key>NSPrivacyAccessedAPITypeReasons</key>
                        <array>
                            <string>1C8F.1</string>
                        </array>
                    </dict>
                    <dict>
                        <key>NSPrivacyAccessedAPIType</key>
                        <string>NSPrivacyAccessedAPICategoryFileTimestamp</string>
                        <key>NSPrivacyAccessedAPITypeReasons</key>
                        <array>
                            <string>CA92.1</string>
                        </array>
                    </dict>
                </array>
                <key>MyTeamNote</key>
                <string>reviewed 2024-05-01</string>
            </dict>
            </plist>
            """;
        var resources = Path.Combine(folder, "Platforms", "iOS", "Resources");
        Directory.CreateDirectory(resources);
        var path = Path.Combine(resources, "PrivacyInfo.xcprivacy");
        File.WriteAllText(path, existing);

        var run = await Tool.RunAsync("scan", folder, "--platform", "ios", "--format", "xcprivacy");
        Assert.True(run.ExitCode == 0, run.ToString());
        var merged = Plist.ReadRootDictionary(run.StandardOutput, "output");

        // Every entry of the user's file is still there, in place.
        AssertContains(Plist.ReadRootDictionary(existing, "existing"), merged, "(root)");
        var apis = AccessedApis(merged);
        Assert.Equal(["1C8F.1", "CA92.1"], apis[RequiredReasonApis.UserDefaults]);
        Assert.Equal(["CA92.1", "C617.1", "3B52.1"], apis[RequiredReasonApis.FileTimestamp]);
        Assert.Equal(["35F9.1"], apis[RequiredReasonApis.SystemBootTime]);
        Assert.Contains("Merged with Platforms/iOS/Resources/PrivacyInfo.xcprivacy", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Conflict: 'MyTeamNote' in the existing manifest is not one of Apple's documented keys", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Conflict: NSPrivacyAccessedAPITypes[1]: 'CA92.1' is not a reason code of NSPrivacyAccessedAPICategoryFileTimestamp: kept as written.", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(existing, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("<plist version=\"1.0\"><dict><key>NSPrivacyTracking</key><false/><key>NSPrivacyTracking</key><true/></dict></plist>", "duplicate key 'NSPrivacyTracking'")]
    [InlineData("<plist version=\"1.0\"><dict><key>NSPrivacyTracking</key><string>no</string></dict></plist>", "key 'NSPrivacyTracking' holds a string, where Apple's format has a boolean")]
    [InlineData("<plist version=\"1.0\"><dict><key>NSPrivacyAccessedAPITypes</key><array><dict><key>NSPrivacyAccessedAPITypeReasons</key><string>C617.1</string></dict></array></dict></plist>", "key 'NSPrivacyAccessedAPITypes[0].NSPrivacyAccessedAPITypeReasons' holds a string, where Apple's format has an array")]
    [InlineData("{ \"NSPrivacyTracking\": false }", "not a property list")]
    public async Task AMalformedExistingManifestIsAnErrorNamingTheFileAndTheKeyAndIsNotOverwritten(string content, string expected)
    {
        var path = Path.Combine(folder, "PrivacyInfo.xcprivacy");
        File.WriteAllText(path, content);
        var run = await Tool.RunAsync("scan", folder, "--platform", "ios", "--format", "xcprivacy", "--output", path);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("PrivacyInfo.xcprivacy: ", run.StandardError, StringComparison.Ordinal);
        Assert.Contains(expected, run.StandardError, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public async Task TrackingNeedsTrackingDomains()
    {
        File.WriteAllText(Path.Combine(folder, "Ads.cs"), """
            using System.Net.NetworkInformation;
            using PrivacyAnalyzers;

            public static class Ads
            {
                [CollectsPersonalData(DataCategories.DeviceId, "marketing.advertising.third_party")]
                public static PhysicalAddress Mac(NetworkInterface nic) => nic.GetPhysicalAddress();
            }
            """);

        var refused = await Tool.RunAsync("scan", folder, "--platform", "ios", "--format", "xcprivacy");
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("NSPrivacyTracking is true", refused.StandardError, StringComparison.Ordinal);
        Assert.Contains("--tracking-domain", refused.StandardError, StringComparison.Ordinal);

        var run = await Tool.RunAsync("scan", folder, "--platform", "ios", "--format", "xcprivacy", "--tracking-domain", "ads.example.com", "--tracking-domain", "metrics.example.com");
        Assert.True(run.ExitCode == 0, run.ToString());
        var plist = Plist.ReadRootDictionary(run.StandardOutput, "output");
        AssertOnlyApplesKeysAndValues(plist);
        Assert.Equal(new PlistBoolean(true), plist[XcPrivacyKeys.Tracking]);
        Assert.Equal(["ads.example.com", "metrics.example.com"], ((PlistArray)plist[XcPrivacyKeys.TrackingDomains]!).Items.Cast<PlistString>().Select(s => s.Value));
    }

    private static Dictionary<string, string[]> AccessedApis(PlistDictionary plist)
        => ((PlistArray)plist[XcPrivacyKeys.AccessedApiTypes]!).Items.Cast<PlistDictionary>().ToDictionary(
            d => ((PlistString)d[XcPrivacyKeys.AccessedApiType]!).Value,
            d => ((PlistArray)d[XcPrivacyKeys.AccessedApiTypeReasons]!).Items.Cast<PlistString>().Select(s => s.Value).ToArray());

    /// <summary>Every key and value is one Apple documents (XcPrivacyKeys, RequiredReasonInfo), of the documented type.</summary>
    private static void AssertOnlyApplesKeysAndValues(PlistDictionary plist)
    {
        foreach (var (key, value) in plist.Entries)
        {
            Assert.True(XcPrivacyKeys.TopLevel.TryGetValue(key, out var type), key);
            Assert.Equal(type, value.TypeName);
        }

        Assert.All(((PlistArray)plist[XcPrivacyKeys.TrackingDomains]!).Items, d => Assert.IsType<PlistString>(d));
        foreach (var entry in ((PlistArray)plist[XcPrivacyKeys.CollectedDataTypes]!).Items.Cast<PlistDictionary>())
        {
            Assert.Equal(XcPrivacyKeys.CollectedDataTypeKeys.Keys.Order(StringComparer.Ordinal), entry.Entries.Select(e => e.Key).Order(StringComparer.Ordinal));
            Assert.Contains(((PlistString)entry[XcPrivacyKeys.CollectedDataType]!).Value, XcPrivacyKeys.DataTypes);
            Assert.All(((PlistArray)entry[XcPrivacyKeys.CollectedDataTypePurposes]!).Items, p => Assert.Contains(((PlistString)p).Value, XcPrivacyKeys.Purposes));
        }

        foreach (var entry in ((PlistArray)plist[XcPrivacyKeys.AccessedApiTypes]!).Items.Cast<PlistDictionary>())
        {
            Assert.Equal(XcPrivacyKeys.AccessedApiTypeKeys.Keys.Order(StringComparer.Ordinal), entry.Entries.Select(e => e.Key).Order(StringComparer.Ordinal));
            var category = ((PlistString)entry[XcPrivacyKeys.AccessedApiType]!).Value;
            Assert.Contains(category, RequiredReasonInfo.Categories);
            var reasons = ((PlistArray)entry[XcPrivacyKeys.AccessedApiTypeReasons]!).Items.Cast<PlistString>().ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.Contains(r.Value, RequiredReasonInfo.ReasonsOf(category)));
        }
    }

    /// <summary>Everything in <paramref name="expected"/> is in <paramref name="actual"/>: keys, strings, booleans, and array items in order.</summary>
    private static void AssertContains(PlistValue expected, PlistValue actual, string path)
    {
        switch (expected)
        {
            case PlistDictionary dictionary:
                var actualDictionary = Assert.IsType<PlistDictionary>(actual);
                foreach (var (key, value) in dictionary.Entries)
                {
                    Assert.True(actualDictionary[key] is not null, path + "." + key + " was lost");
                    AssertContains(value, actualDictionary[key]!, path + "." + key);
                }

                break;
            case PlistArray array:
                var actualArray = Assert.IsType<PlistArray>(actual);
                Assert.True(actualArray.Items.Count >= array.Items.Count, path + " lost items");
                for (var i = 0; i < array.Items.Count; i++)
                {
                    AssertContains(array.Items[i], actualArray.Items[i], path + "[" + i + "]");
                }

                break;
            case PlistBoolean { Value: true }:
                Assert.Equal(expected, actual);
                break;
            case PlistBoolean:
                Assert.IsType<PlistBoolean>(actual);
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }
}
