using System.Text.Json;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Folder mode hands the forms' XAML to the analyzers: a view-model property a text field binds is a site, by the field's
/// category, and a property of the same name that no field binds is not (the name-only rule stays opt-in).
/// </summary>
public sealed class XamlFolderModeTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "privacy-xaml-tests-" + Guid.NewGuid().ToString("N")[..10]);

    public XamlFolderModeTests()
    {
        Write("App/Views/LoginPage.xaml", """
            <?xml version="1.0" encoding="utf-8" ?>
            <ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui"
                         xmlns:x="http://schemas.microsoft.com/winfx/2009/xaml"
                         x:Class="App.Views.LoginPage">
                <StackLayout>
                    <Entry Keyboard="Email" Text="{Binding UserName}" />
                    <Entry IsPassword="True" Text="{Binding UserPassword}" />
                    <Label Text="{Binding Greeting}" />
                </StackLayout>
            </ContentPage>

            """);
        Write("App/Views/LoginPage.xaml.cs", """
            namespace App.Views
            {
                public partial class LoginPage
                {
                    public object? BindingContext { get; set; }

                    public LoginPage() => BindingContext = new App.ViewModels.LoginViewModel();
                }
            }

            """);
        Write("App/ViewModels/LoginViewModel.cs", """
            namespace App.ViewModels
            {
                public class LoginViewModel
                {
                    public string UserName { get; set; } = "";
                    public string UserPassword { get; set; } = "";
                    public string Greeting { get; set; } = "";
                }

                public class ContactViewModel
                {
                    public string Email { get; set; } = "";
                }
            }

            """);
    }

    [Fact]
    public async Task PropertiesTheFormsEntriesBindAreSites()
    {
        var run = await Tool.RunAsync("scan", Path.Combine(root, "App"), "--folder");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        var sites = json.RootElement.GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("sites").EnumerateArray().Select(s => (Category: c.GetProperty("id").GetString()!, Api: s.GetProperty("api").GetString()!)))
            .OrderBy(s => s.Api, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            new[] { ("user.authorization.credentials", "LoginViewModel.UserPassword"), ("user.contact.email", "LoginViewModel.UserName") },
            sites.OrderBy(s => s.Category, StringComparer.Ordinal).ToArray());
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
