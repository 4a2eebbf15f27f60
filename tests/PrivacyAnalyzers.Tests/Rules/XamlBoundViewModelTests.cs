using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// A form's markup among the additional files (MAUI, Xamarin.Forms, WPF XAML): a view-model property a text field binds
/// (<c>&lt;Entry Text="{Binding Email}"/&gt;</c>) is where the user types that data in, without the name-only opt-in; the
/// field says the category first (<c>IsPassword</c>, an email keyboard), then the bound name. Labels, one-way and
/// read-only fields, names that say nothing and other types' members stay silent.
/// </summary>
public sealed class XamlBoundViewModelTests
{
    private const string LoginPage = """
        <?xml version="1.0" encoding="utf-8" ?>
        <ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui"
                     xmlns:x="http://schemas.microsoft.com/winfx/2009/xaml"
                     x:Class="App.Views.LoginPage">
            <StackLayout>
                <Entry Placeholder="Username" Keyboard="Email" Text="{Binding UserName}" />
                <Entry IsPassword="True" Text="{Binding UserPassword, Mode=TwoWay}" />
                <Label Text="{Binding Message}" />
                <Button Command="{Binding LoginCommand}" />
            </StackLayout>
        </ContentPage>
        """;

    private const string RegisterPage = """
        <ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui" xmlns:x="http://schemas.microsoft.com/winfx/2009/xaml">
            <StackLayout>
                <Entry Text="{Binding Name}" />
                <Entry Text="{Binding Path=PhoneNumber}" />
                <Entry Text="{Binding Email}" />
                <Entry IsPassword="True" Text="{Binding Password}" />
                <Entry IsPassword="True" Text="{Binding PasswordConfirm}" />
                <Entry IsPassword="True" Text="{Binding ConfirmPassword}" />
            </StackLayout>
        </ContentPage>
        """;

    private const string AccountPage = """
        <ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui" xmlns:x="http://schemas.microsoft.com/winfx/2009/xaml">
            <StackLayout>
                <Entry Text="{Binding CurrentUser.UserEmail, Mode=TwoWay}" />
                <Entry Text="{Binding CurrentUser.UserPhoneNumber,Mode=TwoWay}" />
                <Entry Text="{Binding CurrentUser.UserEmail}" />
            </StackLayout>
        </ContentPage>
        """;

    [Fact]
    public async Task PropertiesATextFieldBindsAreSitesByTheFieldThenTheName()
    {
        await TestBuilder.Create()
            .WithSource("""
                using System.ComponentModel;

                namespace App.ViewModels
                {
                    class LoginViewModel : INotifyPropertyChanged
                    {
                        public event PropertyChangedEventHandler? PropertyChanged;
                        public string {|#0:UserName|} { get; set; } = "";
                        public string {|#1:UserPassword|} { get; set; } = "";
                        public string Message { get; set; } = "";
                    }

                    // No INotifyPropertyChanged of its own (a toolkit base in real code), but named as a view model.
                    class RegisterViewModel
                    {
                        public string {|#2:Name|} { get; set; } = "";
                        public string {|#3:PhoneNumber|} { get; set; } = "";
                        public string {|#4:Email|} { get; set; } = "";
                        public string {|#5:Password|} { get; set; } = "";

                        // Silent: a confirmation takes in again what the password field took.
                        public string PasswordConfirm { private get; set; } = "";
                        public string ConfirmPassword { private get; set; } = "";
                    }

                    class DbUser
                    {
                        public string UserEmail { get; set; } = "";
                        public string UserPhoneNumber { get; set; } = "";
                    }

                    // The form edits the object the property holds: one site per category, at the property.
                    class AccountViewModel : INotifyPropertyChanged
                    {
                        public event PropertyChangedEventHandler? PropertyChanged;
                        public DbUser {|#6:CurrentUser|} { get; set; } = new DbUser();
                    }
                }
                """)
            .WithAdditionalFile("/0/Views/LoginPage.xaml", LoginPage)
            .WithAdditionalFile("/0/Views/RegisterPage.xaml", RegisterPage)
            .WithAdditionalFile("/0/Views/AccountPage.xaml", AccountPage)
            .ShouldReportSites(
                (0, "user.contact.email"),
                (1, "user.authorization.credentials"),
                (2, "user.name"),
                (3, "user.contact.phone_number"),
                (4, "user.contact.email"),
                (5, "user.authorization.credentials"),
                (6, "user.contact.email"),
                (6, "user.contact.phone_number"))
            .ValidateAsync();
    }

    [Fact]
    public async Task ShownReadOnlyOneWayAndUnnamedFieldsAndOtherTypesAreSilent()
    {
        const string page = """
            <Window xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation"
                    xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml"
                    xmlns:vm="clr-namespace:App">
                <StackPanel>
                    <TextBlock Text="{Binding Email}" />
                    <TextBox Text="{Binding Phone, Mode=OneWay}" />
                    <TextBox IsReadOnly="True" Text="{Binding FullName}" />
                    <TextBox Text="{Binding SearchText}" />
                    <TextBox Text="{x:Bind ContactEmail}" />
                    <StackPanel x:DataType="vm:OtherViewModel">
                        <TextBox Text="{Binding HomeAddress}" />
                    </StackPanel>
                    <TextBox Text="{Binding Name}" />
                </StackPanel>
            </Window>
            """;
        var diagnostics = await TestBuilder.Create()
            .WithSource("""
                namespace App
                {
                    class ProfileViewModel
                    {
                        public string Email { get; set; } = "";
                        public string Phone { get; set; } = "";
                        public string FullName { get; set; } = "";
                        public string SearchText { get; set; } = "";
                        public string ContactEmail { get; set; } = "";
                        public string HomeAddress { get; set; } = "";
                        public string Name { get; set; } = "";
                    }

                    // A plain data class with a bound name: not what a form binds.
                    class ContactDto
                    {
                        public string SearchText { get; set; } = "";
                    }
                }
                """)
            .WithAdditionalFile("/0/Views/ProfileWindow.xaml", page)
            .GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    [Fact]
    public async Task MarkupThatIsNotWellFormedKeepsWhatWasReadAndNeverThrows()
    {
        await TestBuilder.Create()
            .WithSource("""
                class LoginViewModel
                {
                    public string {|#0:Email|} { get; set; } = "";
                    public string Password { get; set; } = "";
                }
                """)
            .WithAdditionalFile("/0/LoginPage.xaml", """
                <ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui">
                    <Entry Text="{Binding Email}" />
                    <Entry IsPassword="True" Text="{Binding Password}"
                """)
            .ShouldReportSites((0, "user.contact.email"))
            .ValidateAsync();
    }

    [Fact]
    public async Task TheBoundMemberNamesOptionTurnsThemOff()
    {
        var diagnostics = await TestBuilder.Create()
            .WithSource("class LoginViewModel { public string Email { get; set; } = \"\"; }")
            .WithAdditionalFile("/0/LoginPage.xaml", LoginPage.Replace("UserName", "Email"))
            .WithEditorConfig("privacy_analyzers.bound_member_names = false")
            .GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    [Fact]
    public async Task ACodeBehindReadOfABoundFieldIsTheBindingsValueNotASiteOfItsOwn()
    {
        // The page's code-behind reads the e-mail Entry the markup binds to the view model (a Gravatar preview): the
        // binding took the value in. An unbound field with the same kind of name is still a site of its own.
        const string page = """
            <ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui" xmlns:x="http://schemas.microsoft.com/winfx/2009/xaml"
                         xmlns:toolkit="clr-namespace:App.Controls">
                <StackLayout>
                    <toolkit:EntryLine Text="{Binding Email}" Keyboard="Email" x:Name="EntryEmail" />
                    <Entry x:Name="phoneEntry" />
                </StackLayout>
            </ContentPage>
            """;
        var diagnostics = await TestBuilder.Create()
            .WithSource("""
                using System;

                class LoginViewModel
                {
                    public string Email { get; set; } = "";
                }

                partial class LoginPage
                {
                    void OnChanged(object sender, EventArgs e)
                    {
                        Preview(EntryEmail.Text);
                        Preview(phoneEntry.Text);
                    }

                    static void Preview(string text) { }
                }
                """)
            .WithReferences(TestReferences.Framework.Add(TestReferences.Annotations))
            .WithAdditionalFile("/0/LoginPage.xaml", page)
            .WithEditorConfig("privacy_analyzers.name_fallback = true")
            .GetDiagnosticsAsync();
        var sites = diagnostics.Where(d => d.Id == RuleIds.UndeclaredCollection)
            .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line, Site: PrivacyAnalyzers.Contract.SiteCodec.ReadSite(d.Properties)!))
            .OrderBy(s => s.Line)
            .ToList();
        Assert.Collection(
            sites,
            s => Assert.Equal(("LoginViewModel.Email", "user.contact.email"), (s.Site.Api, s.Site.Category)),
            s => Assert.Equal(("phoneEntry.Text (typed into a text field)", "user.contact.phone_number"), (s.Site.Api, s.Site.Category)));
    }

    [Fact]
    public async Task APageBindsOnlyTheViewModelItsCodeBehindNames()
    {
        // Two view models with the same property: the account page's code-behind sets one as its binding context, so the
        // profile view model (shown on a page of labels) and the settings the code-behind reads are not what the account
        // form's entries edit.
        const string accountPage = """
            <ContentPage xmlns="http://schemas.microsoft.com/dotnet/2021/maui" xmlns:x="http://schemas.microsoft.com/winfx/2009/xaml"
                         x:Class="App.Views.AccountPage">
                <Entry Text="{Binding CurrentUser.UserEmail, Mode=TwoWay}" />
            </ContentPage>
            """;
        await TestBuilder.Create()
            .WithSource("""
                namespace App.ViewModels
                {
                    class DbUser { public string UserEmail { get; set; } = ""; }

                    class AccountViewModel { public DbUser {|#0:CurrentUser|} { get; set; } = new DbUser(); }

                    class ProfileViewModel { public DbUser CurrentUser { get; set; } = new DbUser(); }

                    // The app's settings, which the page's code-behind also reads: not its binding context.
                    class SettingsViewModel
                    {
                        public static SettingsViewModel Current { get; } = new SettingsViewModel();
                        public DbUser CurrentUser { get; set; } = new DbUser();
                    }
                }

                namespace App.Views
                {
                    using App.ViewModels;

                    partial class AccountPage
                    {
                        private readonly AccountViewModel viewModel = new AccountViewModel();
                        object? BindingContext { get; set; }
                        AccountPage()
                        {
                            BindingContext = viewModel;
                            Remembered = SettingsViewModel.Current.CurrentUser.UserEmail;
                        }

                        string Remembered { get; set; }
                    }
                }
                """)
            .WithAdditionalFile("/0/Views/AccountPage.xaml", accountPage)
            .ShouldReportSites((0, "user.contact.email"))
            .ValidateAsync();
    }
}
