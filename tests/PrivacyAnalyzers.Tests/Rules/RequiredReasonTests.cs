using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// PRIV201–PRIV205: Apple's required-reason APIs in the .NET base library, .NET for iOS and MAUI, only on
/// Apple targets; declarations, wrong codes, contradicted reasons and commonly used SDKs.
/// </summary>
public sealed class RequiredReasonTests
{
    internal const string Ios = "build_property.TargetPlatformIdentifier = ios";

    /// <summary>What an iOS or MAUI app references: the framework, the annotations, .NET for iOS and MAUI Essentials.</summary>
    internal static ImmutableArray<MetadataReference> AppleReferences { get; } = TestReferences.Framework
        .Add(TestReferences.Annotations)
        .AddRange(TestReferences.PlatformStubFiles
            .Select((file, i) => (file, reference: TestReferences.PlatformStubs[i]))
            .Where(s => s.file is "Microsoft.iOS.dll" or "Microsoft.Maui.Essentials.dll")
            .Select(s => s.reference));

    private const string BaseLibraryUses = """
        using System;
        using System.IO;

        class Cache
        {
            DateTime Stamp(string path) => {|#0:File.GetLastWriteTimeUtc(path)|};

            long Size(FileInfo file) => {|#1:file.Length|};

            DateTime Touched(string path) => {|#2:new FileInfo(path).LastWriteTime|};

            long Uptime() => {|#3:Environment.TickCount64|};

            long Free(DriveInfo drive) => {|#4:drive.AvailableFreeSpace|};

            int NotAnApi(string text) => text.Length + Environment.ProcessorCount;
        }
        """;

    [Fact]
    public Task OffAppleTargetsNothingIsReported() => TestBuilder.Create()
        .WithReferences(AppleReferences)
        .WithSource(BaseLibraryUses.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("{|#3:", "").Replace("{|#4:", "").Replace("|}", ""))
        .WithEditorConfig("build_property.TargetPlatformIdentifier = android")
        .ShouldReport()
        .ValidateAsync();

    [Fact]
    public async Task BaseLibraryUsesAreReportedWithTheirFullCategory()
    {
        var builder = TestBuilder.Create()
            .WithReferences(AppleReferences)
            .WithSource(BaseLibraryUses)
            .WithEditorConfig(Ios)
            .ShouldReport(
                Expect.Message(RuleIds.RequiredReasonUndeclared, "File.GetLastWriteTimeUtc", RequiredReasonApis.FileTimestamp, "FileTimestamp", "'Cache.Stamp' or an enclosing type").WithLocation(0),
                Expect.Diagnostic(RuleIds.RequiredReasonUndeclared).WithLocation(1),
                Expect.Diagnostic(RuleIds.RequiredReasonUndeclared).WithLocation(2),
                Expect.Message(RuleIds.RequiredReasonUndeclared, "Environment.TickCount64", RequiredReasonApis.SystemBootTime, "SystemBootTime", "'Cache.Uptime' or an enclosing type").WithLocation(3),
                Expect.Diagnostic(RuleIds.RequiredReasonUndeclared).WithLocation(4));
        await builder.ValidateAsync();

        var categories = (await builder.GetDiagnosticsAsync())
            .Where(d => d.Id == RuleIds.RequiredReasonUndeclared)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => SiteCodec.Category(d.Properties))
            .ToList();
        Assert.Equal(
            [RequiredReasonApis.FileTimestamp, RequiredReasonApis.FileTimestamp, RequiredReasonApis.FileTimestamp, RequiredReasonApis.SystemBootTime, RequiredReasonApis.DiskSpace],
            categories);
    }

    [Theory]
    [InlineData("ios")]
    [InlineData("maccatalyst")]
    [InlineData("macos")]
    [InlineData("tvos")]
    [InlineData("iOS")]
    public Task EveryAppleTargetIsChecked(string platform) => TestBuilder.Create()
        .WithReferences(AppleReferences)
        .WithSource("class C { long Up() => {|#0:System.Environment.TickCount64|}; }")
        .WithEditorConfig("build_property.TargetPlatformIdentifier = " + platform)
        .ShouldReport(Expect.Diagnostic(RuleIds.RequiredReasonUndeclared).WithLocation(0))
        .ValidateAsync();

    [Fact]
    public async Task DotnetForIosUsesAreReportedOncePerUse()
    {
        const string source = """
            using Foundation;
            using UIKit;

            class Device
            {
                object? Attributes(string path) => {|#0:NSFileManager.DefaultManager.GetAttributes(path)|};

                ulong? Free(string path) => {|#1:NSFileManager.DefaultManager.GetFileSystemAttributes(path)|}?.FreeSize;

                NSString Created() => {|#2:NSUrl.CreationDateKey|};

                NSString Capacity() => {|#3:NSUrl.VolumeAvailableCapacityForImportantUsageKey|};

                double Uptime() => {|#4:NSProcessInfo.ProcessInfo.SystemUptime|};

                int Keyboards() => {|#5:UITextInputMode.ActiveInputModes|}.Length;

                // One use: the defaults object and the call on it are the same access.
                void Remember(string name) => {|#6:NSUserDefaults.StandardUserDefaults.SetString(name, "name")|};

                bool FileThere(string path) => NSFileManager.DefaultManager.FileExists(path);
            }
            """;

        var builder = TestBuilder.Create().WithReferences(AppleReferences).WithSource(source).WithEditorConfig(Ios)
            .ShouldReport(Enumerable.Range(0, 7).Select(i => Expect.Diagnostic(RuleIds.RequiredReasonUndeclared).WithLocation(i)));
        await builder.ValidateAsync();

        var categories = (await builder.GetDiagnosticsAsync())
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => SiteCodec.Category(d.Properties)!["NSPrivacyAccessedAPICategory".Length..])
            .ToList();
        Assert.Equal(["FileTimestamp", "DiskSpace", "FileTimestamp", "DiskSpace", "SystemBootTime", "ActiveKeyboards", "UserDefaults"], categories);
    }

    [Fact]
    public Task MauiPreferencesAndFileSystemAreReported() => TestBuilder.Create()
        .WithReferences(AppleReferences)
        .WithSource("""
            using System.Threading.Tasks;
            using Microsoft.Maui.Storage;

            class Settings
            {
                string? Theme() => {|#0:Preferences.Default.Get<string?>("theme", null)|};

                void Save(bool on) => {|#1:Preferences.Set("notifications", on)|};

                Task<bool> HasSeed() => {|#2:FileSystem.AppPackageFileExistsAsync("seed.json")|};

                string Folder() => FileSystem.AppDataDirectory;
            }
            """)
        .WithEditorConfig(Ios)
        .ShouldReport(
            Expect.Message(RuleIds.RequiredReasonUndeclared, "IPreferences.Get", RequiredReasonApis.UserDefaults, "UserDefaults", "'Settings.Theme' or an enclosing type").WithLocation(0),
            Expect.Message(RuleIds.RequiredReasonUndeclared, "Preferences.Set", RequiredReasonApis.UserDefaults, "UserDefaults", "'Settings.Save' or an enclosing type").WithLocation(1),
            Expect.Message(RuleIds.RequiredReasonUndeclared, "FileSystem.AppPackageFileExistsAsync", RequiredReasonApis.FileTimestamp, "FileTimestamp", "'Settings.HasSeed' or an enclosing type").WithLocation(2))
        .ValidateAsync();

    [Fact]
    public Task DeclarationsOnTheMemberTheTypeTheAssemblyOrALambdaCover() => TestBuilder.Create()
        .WithReferences(AppleReferences)
        .WithSource("""
            using System;
            using System.IO;
            using Foundation;
            using PrivacyAnalyzers;

            [assembly: UsesRequiredReasonApi(RequiredReasonApis.SystemBootTime, "35F9.1")]

            [UsesRequiredReasonApi(RequiredReasonApis.UserDefaults, "CA92.1")]
            class Covered
            {
                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1", "3B52.1")]
                DateTime Stamp(string path) => File.GetLastWriteTimeUtc(path);

                [UsesRequiredReasonApi(RequiredReasonApis.DiskSpace, new[] { "E174.1" })]
                long Free { get => new DriveInfo("/").AvailableFreeSpace; }

                long Up() => Environment.TickCount64;

                string? Name() => NSUserDefaults.StandardUserDefaults.StringForKey("name");

                Func<string, DateTime> Lambda() => [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1")] (string p) => File.GetCreationTime(p);
            }
            """)
        .WithEditorConfig(Ios)
        .ShouldReport()
        .ValidateAsync();

    [Fact]
    public Task ADeclarationOfAnotherCategoryDoesNotCover() => TestBuilder.Create()
        .WithReferences(AppleReferences)
        .WithSource("""
            using System;
            using System.IO;
            using PrivacyAnalyzers;

            class C
            {
                [UsesRequiredReasonApi(RequiredReasonApis.DiskSpace, "E174.1")]
                DateTime Stamp(string path) => {|#0:File.GetLastWriteTime(path)|};
            }
            """)
        .WithEditorConfig(Ios)
        .ShouldReport(Expect.Diagnostic(RuleIds.RequiredReasonUndeclared).WithLocation(0))
        .ValidateAsync();

    [Fact]
    public async Task WrongCodesAndUnknownCategoriesAreReportedAtTheArgument()
    {
        var builder = TestBuilder.Create()
            .WithReferences(AppleReferences)
            .WithSource("""
                using System;
                using System.IO;
                using PrivacyAnalyzers;

                class C
                {
                    [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1", {|#0:"CA92.1"|})]
                    DateTime Stamp(string path) => File.GetLastWriteTime(path);

                    [UsesRequiredReasonApi({|#1:"NSPrivacyAccessedAPICategoryTimestamps"|}, "C617.1")]
                    void Unknown() { }

                    [{|#2:UsesRequiredReasonApi(RequiredReasonApis.SystemBootTime)|}]
                    long Up() => Environment.TickCount64;
                }
                """)
            .WithEditorConfig(Ios)
            .ShouldReport(
                Expect.Message(RuleIds.RequiredReasonWrongCode, "'CA92.1' is not a reason code of NSPrivacyAccessedAPICategoryFileTimestamp", "DDA9.1, C617.1, 3B52.1 or 0A2A.1").WithLocation(0),
                Expect.Message(RuleIds.RequiredReasonWrongCode, "'NSPrivacyAccessedAPICategoryTimestamps' is not a required-reason API category", "RequiredReasonApis.FileTimestamp, RequiredReasonApis.SystemBootTime, RequiredReasonApis.DiskSpace, RequiredReasonApis.ActiveKeyboards, RequiredReasonApis.UserDefaults").WithLocation(1),
                Expect.Message(RuleIds.RequiredReasonWrongCode, "no reason code is declared for NSPrivacyAccessedAPICategorySystemBootTime", "35F9.1, 8FFB.1 or 3D61.1").WithLocation(2));
        await builder.ValidateAsync();

        var wrong = (await builder.GetDiagnosticsAsync()).Where(d => d.Id == RuleIds.RequiredReasonWrongCode).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(RequiredReasonApis.FileTimestamp, SiteCodec.Category(wrong[0].Properties));
        Assert.Equal("CA92.1", SiteCodec.Reason(wrong[0].Properties));
    }

    [Fact]
    public Task ContradictedReasonsAreReportedWhereTheCodeShowsThem() => TestBuilder.Create()
        .WithReferences(AppleReferences)
        .WithSource("""
            using System;
            using System.IO;
            using Foundation;
            using Microsoft.Maui.Storage;
            using PrivacyAnalyzers;

            [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1")]
            [UsesRequiredReasonApi(RequiredReasonApis.UserDefaults, "CA92.1")]
            class C
            {
                DateTime Hosts() => {|#0:File.GetLastWriteTime("/etc/hosts")|};

                DateTime Other() => {|#1:new FileInfo("/var/mobile/Library/Preferences/x.plist").LastWriteTimeUtc|};

                DateTime Mine(string path) => File.GetLastWriteTime(Path.Combine(FileSystem.AppDataDirectory, "cache"));

                string? Shared() => {|#2:new NSUserDefaults("group.com.example.shared", NSUserDefaultsType.SuiteName).StringForKey("token")|};

                string? Prefs() => {|#3:Preferences.Get("token", null, "group.com.example.shared")|};

                string? Own() => Preferences.Get("token", null, "settings");

                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1", "3B52.1")]
                DateTime Picked() => File.GetLastWriteTime("/private/var/mobile/picked.pdf");
            }
            """)
        .WithEditorConfig(Ios)
        .ShouldReport(
            Expect.Message(RuleIds.RequiredReasonContradicted, "File.GetLastWriteTime", "C617.1", "Read timestamps, size or metadata of files inside the app, app group or CloudKit container", "'/etc/hosts' is a path outside the app container").WithLocation(0),
            Expect.Diagnostic(RuleIds.RequiredReasonContradicted).WithLocation(1),
            Expect.Message(RuleIds.RequiredReasonContradicted, "NSUserDefaults.StringForKey", "CA92.1", "Read and write defaults only this app can access", "'group.com.example.shared' is an App Group's suite, shared with other apps").WithLocation(2),
            Expect.Diagnostic(RuleIds.RequiredReasonContradicted).WithLocation(3))
        .ValidateAsync();

    [Fact]
    public Task ACommonlyUsedSdkBindingIsNamedWithItsPackage() => TestBuilder.Create()
        .WithReferences(AppleReferences.AddRange(TestReferences.PlatformStubFiles
            .Select((file, i) => (file, reference: TestReferences.PlatformStubs[i]))
            .Where(s => s.file == "Firebase.Analytics.dll")
            .Select(s => s.reference)))
        .WithSource("class C { }")
        .WithEditorConfig(Ios)
        .ShouldReport(Expect.Message(
            RuleIds.CommonlyUsedSdk,
            "Firebase.Analytics",
            "Xamarin.Firebase.iOS.Analytics",
            "FirebaseCore, FirebaseInstallations, GoogleUtilities, nanopb",
            "Firebase ships PrivacyInfo.xcprivacy from iOS SDK 10.22.0 (https://firebase.google.com/support/release-notes/ios): a binding of an older SDK has none"))
        .ValidateAsync();

    [Fact]
    public async Task TheDeclarationInventoryCarriesCategoryAndReasons()
    {
        var diagnostics = await TestBuilder.Create()
            .WithReferences(AppleReferences)
            .WithSource("""
                using PrivacyAnalyzers;

                [assembly: UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1", "3B52.1")]
                """)
            .WithEditorConfig(Ios)
            .WithRuleEnabled(RuleIds.RequiredReasonDeclaration)
            .GetDiagnosticsAsync();

        var declaration = Assert.Single(diagnostics, d => d.Id == RuleIds.RequiredReasonDeclaration);
        Assert.Equal(RequiredReasonApis.FileTimestamp, SiteCodec.Category(declaration.Properties));
        Assert.Equal(["C617.1", "3B52.1"], SiteCodec.Reasons(declaration.Properties).ToArray());
    }

    [Fact]
    public async Task TheFixOffersOneActionPerReasonTitledWithItsMeaning()
    {
        var actions = await TestBuilder.Create()
            .WithReferences(AppleReferences)
            .WithSource("class C { long Up() => System.Environment.TickCount64; }")
            .WithEditorConfig(Ios)
            .GetCodeActionsAsync(new RequiredReasonFixer());

        var group = Assert.Single(actions);
        Assert.Equal("Declare a reason for SystemBootTime on 'Up'", group.Title);
        Assert.Equal(
            [
                "Measure time elapsed between events in the app, or compute timers (35F9.1)",
                "Compute absolute timestamps of events in the app (UIKit, AVFAudio) (8FFB.1)",
                "Include the boot time in an optional bug report the user chooses to send (3D61.1)",
            ],
            CodeActionTree.Nested(group).Select(a => a.Title));
    }

    [Fact]
    public Task TheFixDeclaresTheChosenReasonOnTheMember() => TestBuilder.Create()
        .WithReferences(AppleReferences)
        .WithSource("""
            using System;
            using System.IO;

            class Cache
            {
                DateTime Stamp(string path) => {|#0:File.GetLastWriteTimeUtc(path)|};

                DateTime Both(string path) => {|#1:File.GetCreationTimeUtc(path)|} > {|#2:File.GetLastWriteTimeUtc(path)|} ? DateTime.MinValue : DateTime.MaxValue;
            }
            """)
        .WithEditorConfig(Ios)
        .ShouldReport(Enumerable.Range(0, 3).Select(i => Expect.Diagnostic(RuleIds.RequiredReasonUndeclared).WithLocation(i)))
        .WithCodeFix<RequiredReasonFixer>()
        .WithEquivalenceKey("PRIV201|FileTimestamp|C617.1")
        .ShouldFixTo("""
            using System;
            using System.IO;
            using PrivacyAnalyzers;

            class Cache
            {
                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1")]
                DateTime Stamp(string path) => File.GetLastWriteTimeUtc(path);

                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1")]
                DateTime Both(string path) => File.GetCreationTimeUtc(path) > File.GetLastWriteTimeUtc(path) ? DateTime.MinValue : DateTime.MaxValue;
            }
            """)
        .WithIterations(incremental: 2, fixAll: 1)
        .ValidateAsync();

    [Fact]
    public Task TheWrongCodeFixPutsInACodeOfTheCategory() => TestBuilder.Create()
        .WithReferences(AppleReferences)
        .WithSource("""
            using System;
            using System.IO;
            using PrivacyAnalyzers;

            class C
            {
                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, {|#0:"CA92.1"|})]
                DateTime Stamp(string path) => File.GetLastWriteTime(path);
            }
            """)
        .WithEditorConfig(Ios)
        .ShouldReport(Expect.Diagnostic(RuleIds.RequiredReasonWrongCode).WithLocation(0))
        .WithCodeFix<RequiredReasonCodeFixer>()
        .WithEquivalenceKey("PRIV202|C617.1")
        .ShouldFixTo("""
            using System;
            using System.IO;
            using PrivacyAnalyzers;

            class C
            {
                [UsesRequiredReasonApi(RequiredReasonApis.FileTimestamp, "C617.1")]
                DateTime Stamp(string path) => File.GetLastWriteTime(path);
            }
            """)
        .ValidateAsync();
}
