using System.Text.Json;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Folder mode on mobile code with nothing restored and no workloads: catalogued platform APIs resolve against the
/// reference shapes shipped with the tool, platform code under #if is analysed once per platform symbol set, and
/// what could not be analysed is said at the top of every format, never certified as "collects nothing".
/// Small synthetic folders, written per test class into a temporary folder.
/// </summary>
public sealed class MobileFolderModeTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "privacy-mobile-tests-" + Guid.NewGuid().ToString("N")[..10]);

    public MobileFolderModeTests()
    {
        Write("MauiApp/MauiApp.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net9.0-android;net9.0-ios</TargetFrameworks>
                <UseMaui>true</UseMaui>
              </PropertyGroup>
            </Project>

            """);

        // No usings for the Essentials: a MAUI project gets them as implicit global usings.
        Write("MauiApp/MainPage.cs", """
            using Microsoft.Maui.Controls;

            namespace MauiApp;

            public partial class MainPage : ContentPage
            {
                async void OnLoaded(object sender, TouchEventArgs e)
                {
                    var here = await Geolocation.Default.GetLocationAsync();
                    var contact = await Contacts.Default.PickContactAsync();
                    var photo = await MediaPicker.Default.CapturePhotoAsync();
                    var text = await Clipboard.Default.GetTextAsync();
                    var device = DeviceInfo.Name;

                    // Generic names of the UI: never sites.
                    await Shell.Current.GoToAsync("details");
                    var touched = e.Location;
                }
            }

            """);

        Write("MauiApp/Platforms/DeviceId.cs", """
            namespace MauiApp;

            public static class DeviceId
            {
            #if ANDROID
                public static string? Read(Android.Content.ContentResolver resolver)
                    => Android.Provider.Settings.Secure.GetString(resolver, Android.Provider.Settings.Secure.AndroidId);
            #elif TIZEN
                public static string? Read() => Android.OS.Build.Serial;
            #endif
            }

            """);

        // UI code only: nothing catalogued, and MAUI's references do not resolve.
        Write("UiOnly/AboutPage.cs", """
            using Microsoft.Maui.Controls;

            namespace UiOnly;

            public class AboutPage : ContentPage
            {
                public AboutPage() => Title = "About";
            }

            """);

        // A Xamarin.Forms-era app: the media and geolocator plugins, Essentials' file picker, and a Unity game's
        // Firebase sign-in and push token; none of it restored.
        Write("XamarinApp/ProfilePage.cs", """
            using System;
            using System.Threading.Tasks;
            using Plugin.Geolocator;
            using Plugin.Media;
            using Xamarin.Forms;

            namespace XamarinApp
            {
                public class ProfilePage : ContentPage
                {
                    async Task Fill()
                    {
                        var photo = await CrossMedia.Current.TakePhotoAsync(new Plugin.Media.Abstractions.StoreCameraMediaOptions { Directory = "Profile" });
                        var here = await CrossGeolocator.Current.GetPositionAsync(TimeSpan.FromSeconds(10));
                        var receipt = await Xamarin.Essentials.FilePicker.PickAsync();
                    }
                }
            }

            """);
        Write("XamarinApp/SignIn.cs", """
            using Firebase.Auth;
            using Firebase.Messaging;

            public class SignIn
            {
                public void Start(FirebaseAuth auth)
                {
                    var mail = auth.CurrentUser.Email;
                    FirebaseMessaging.TokenReceived += (sender, e) => { };
                }
            }

            """);

        // A Xamarin app of 2016: the device-info plugin's id and Azure Mobile Apps' sign-in.
        Write("XamarinApp/Provisioning.cs", """
            using System.Threading.Tasks;
            using Microsoft.WindowsAzure.MobileServices;
            using Plugin.DeviceInfo;

            public class Provisioning
            {
                public string DeviceId() => CrossDeviceInfo.Current.Id;

                public Task<MobileServiceUser> SignIn(IMobileServiceClient client) => client.LoginAsync(MobileServiceAuthenticationProvider.Facebook);
            }

            """);

        // A WinForms app without the desktop workload: a login form's text boxes (declared by the designer) and a
        // licence bound to the machine through WMI.
        Write("DesktopApp/LoginForm.Designer.cs", """
            partial class LoginForm
            {
                private System.Windows.Forms.TextBox txtUserName;
                private System.Windows.Forms.TextBox txtPassword;
                private System.Windows.Forms.TextBox txtLicenceKey;
            }

            """);
        Write("DesktopApp/LoginForm.cs", """
            using System;
            using System.Management;
            using System.Windows.Forms;

            public partial class LoginForm : Form
            {
                void OnLogin(object sender, EventArgs e)
                {
                    Accounts.Check(txtUserName.Text, txtPassword.Text, txtLicenceKey.Text);
                }

                string Mac()
                {
                    foreach (ManagementObject adapter in new ManagementClass("Win32_NetworkAdapterConfiguration").GetInstances())
                    {
                        if ((bool)adapter["IPEnabled"])
                        {
                            return adapter["MacAddress"].ToString();
                        }
                    }

                    return "";
                }
            }

            """);

        Write("BrokenProject/BrokenProject.csproj", "this is not a project file <Project>\n");
        Write("BrokenProject/Program.cs", """
            using Microsoft.AspNetCore.Http;

            public static class Visitor
            {
                public static object? Ip(HttpContext context) => context.Connection.RemoteIpAddress;
            }

            """);
    }

    private string Maui => Path.Combine(root, "MauiApp");

    private string UiOnly => Path.Combine(root, "UiOnly");

    [Fact]
    public async Task FindsLocationContactsMediaClipboardAndDeviceSitesThroughReferenceShapes()
    {
        var run = await Tool.RunAsync("scan", Maui, "--folder");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        var scan = json.RootElement.GetProperty("scan");
        Assert.Equal("folder", scan.GetProperty("kind").GetString());

        var sites = json.RootElement.GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("sites").EnumerateArray().Select(s => (Category: c.GetProperty("id").GetString()!, Api: s.GetProperty("api").GetString()!, Confidence: s.GetProperty("confidence").GetString(), File: s.GetProperty("file").GetString()!)))
            .ToList();
        var main = sites.Where(s => s.File.EndsWith("MainPage.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[] { "user.contact", "user.content.private", "user.content.self_image", "user.device", "user.location.precise" },
            main.Select(s => s.Category).Distinct().OrderBy(c => c, StringComparer.Ordinal));
        Assert.All(main, s => Assert.Equal("reference-shape", s.Confidence));
        Assert.DoesNotContain(sites, s => s.Api.Contains("UserPrincipal", StringComparison.Ordinal) || s.Api.Contains("CLLocationManager", StringComparison.Ordinal));

        // MAUI's own UI did not resolve: the manifest says so, and that its catalogued APIs went through shapes.
        var gap = Assert.Single(scan.GetProperty("notAnalysed").EnumerateArray(), g => g.GetProperty("platform").GetString() == ".NET MAUI");
        Assert.True(gap.GetProperty("referenceShapes").GetBoolean());
    }

    [Fact]
    public async Task XamarinPluginsAndFirebaseResolveThroughTheirShapes()
    {
        var run = await Tool.RunAsync("scan", Path.Combine(root, "XamarinApp"), "--folder");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        var sites = json.RootElement.GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("sites").EnumerateArray().Select(s => (Category: c.GetProperty("id").GetString()!, Api: s.GetProperty("api").GetString()!, Confidence: s.GetProperty("confidence").GetString())))
            .OrderBy(s => s.Api, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            new[]
            {
                ("user.content.private", "FilePicker.PickAsync"),
                ("user.device.device_id", "FirebaseMessaging.TokenReceived"),
                ("user.contact.email", "FirebaseUser.Email"),
                ("user.device.device_id", "IDeviceInfo.Id"),
                ("user.location.precise", "IGeolocator.GetPositionAsync"),
                ("user.content.self_image", "IMedia.TakePhotoAsync"),
                ("user.unique_id", "MobileServiceClientExtensions.LoginAsync"),
            },
            sites.Select(s => (s.Category, s.Api)));
        Assert.All(sites, s => Assert.Equal("reference-shape", s.Confidence));
    }

    [Fact]
    public async Task DesktopFormFieldsAreReadByNameAndWmiIdentifiersWhereTheyAreRead()
    {
        var run = await Tool.RunAsync("scan", Path.Combine(root, "DesktopApp"), "--folder");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        var sites = json.RootElement.GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("sites").EnumerateArray().Select(s => (Category: c.GetProperty("id").GetString()!, Line: s.GetProperty("line").GetInt32(), Confidence: s.GetProperty("confidence").GetString()!)))
            .OrderBy(s => s.Line).ThenBy(s => s.Category, StringComparer.Ordinal)
            .ToList();

        // The login line's user name and password (not the licence key), and the MAC address where it is read (not the
        // class's instances two lines up).
        Assert.Equal(
            new[] { ("user.account.username", 9, "name"), ("user.authorization.credentials", 9, "name"), ("user.device.device_id", 18, "reference-shape") },
            sites.Select(s => (s.Category, s.Line, s.Confidence)));
    }

    [Fact]
    public async Task PlatformCodeUnderIfIsAnalysedWithThePlatformsSymbolsAndWhatNoPassSawIsReported()
    {
        var run = await Tool.RunAsync("scan", Maui, "--folder");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);

        var androidId = json.RootElement.GetProperty("categories").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == "user.device.device_id")
            .GetProperty("sites").EnumerateArray()
            .Single(s => s.GetProperty("file").GetString()!.EndsWith("DeviceId.cs", StringComparison.Ordinal));
        Assert.Equal(7, androidId.GetProperty("line").GetInt32());
        Assert.Equal(new[] { "ANDROID" }, androidId.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()));

        // #elif TIZEN: no platform set makes it active, and it names Build.Serial.
        var region = Assert.Single(json.RootElement.GetProperty("scan").GetProperty("inactiveCode").EnumerateArray());
        Assert.Equal(9, region.GetProperty("line").GetInt32());
        Assert.Equal(new[] { "Build.Serial" }, region.GetProperty("apis").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task MarkdownSaysWhatWasNotAnalysedAtTheTop()
    {
        var run = await Tool.RunAsync("scan", UiOnly, "--format", "markdown");
        Assert.True(run.ExitCode == 0, run.ToString());
        var text = run.StandardOutput;
        var notAnalysed = text.IndexOf("**Not analysed:**", StringComparison.Ordinal);
        Assert.True(notAnalysed > 0, text);
        Assert.Contains(".NET MAUI", text[notAnalysed..], StringComparison.Ordinal);
        Assert.True(notAnalysed < text.IndexOf("No personal data collection was found in the code that was analysed", StringComparison.Ordinal), text);
        Assert.DoesNotContain("No personal data collection was found.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xcprivacy")]
    [InlineData("play-data-safety")]
    [InlineData("fides")]
    public async Task StoreFormatsRefuseACollectsNothingFileForCodeTheyCouldNotSee(string format)
    {
        var refused = await Tool.RunAsync("scan", UiOnly, "--format", format);
        Assert.True(refused.ExitCode == ExitCodes.IncompleteCoverage, refused.ToString());
        Assert.Equal(string.Empty, refused.StandardOutput);
        Assert.Contains("Refusing to write", refused.StandardError, StringComparison.Ordinal);
        Assert.Contains("--allow-partial", refused.StandardError, StringComparison.Ordinal);

        var allowed = await Tool.RunAsync("scan", UiOnly, "--format", format, "--allow-partial");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains("Partial results", allowed.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderRefusesToo()
    {
        var manifest = Path.Combine(root, "ui.json");
        var scan = await Tool.RunAsync("scan", UiOnly, "--output", manifest);
        Assert.True(scan.ExitCode == 0, scan.ToString());

        var refused = await Tool.RunAsync("render", manifest, "--format", "xcprivacy");
        Assert.True(refused.ExitCode == ExitCodes.IncompleteCoverage, refused.ToString());
        var allowed = await Tool.RunAsync("render", manifest, "--format", "xcprivacy", "--allow-partial");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
    }

    [Fact]
    public async Task CheckExitsWithItsOwnCodeForIncompleteCoverage()
    {
        var run = await Tool.RunAsync("check", UiOnly);
        Assert.True(run.ExitCode == ExitCodes.IncompleteCoverage, run.ToString());
        Assert.Contains("incomplete coverage", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProjectThatDoesNotLoadSaysFolderModeExistsAndCanFallBackToIt()
    {
        var project = Path.Combine(root, "BrokenProject", "BrokenProject.csproj");
        var failed = await Tool.RunAsync("scan", project);
        Assert.True(failed.ExitCode == ExitCodes.UsageOrLoadError, failed.ToString());
        Assert.Contains("--folder", failed.StandardError, StringComparison.Ordinal);
        Assert.Contains("--fallback-to-folder", failed.StandardError, StringComparison.Ordinal);

        var fallback = await Tool.RunAsync("scan", project, "--fallback-to-folder");
        Assert.True(fallback.ExitCode == 0, fallback.ToString());
        using var json = JsonDocument.Parse(fallback.StandardOutput);
        Assert.Equal("folder", json.RootElement.GetProperty("scan").GetProperty("kind").GetString());
        Assert.Contains(json.RootElement.GetProperty("categories").EnumerateArray(), c => c.GetProperty("id").GetString() == "user.device.ip_address");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
