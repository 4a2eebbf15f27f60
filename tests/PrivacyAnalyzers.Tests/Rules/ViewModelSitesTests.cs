using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// A form's view model (Xamarin.Forms, MAUI, WPF): a public, settable string property of a type that raises
/// INotifyPropertyChanged, named by what it holds, is where the user types that data in (name confidence).
/// </summary>
public sealed class ViewModelSitesTests
{
    private const string Source = """
        using System.ComponentModel;

        abstract class ViewModelBase : INotifyPropertyChanged
        {
            public event PropertyChangedEventHandler? PropertyChanged;
        }

        class RegisterViewModel : ViewModelBase
        {
            public string {|#0:Email|} { get; set; } = "";
            public string {|#1:Password|} { private get; set; } = "";
            public string {|#2:FullName|} { get; set; } = "";

            // Silent: a confirmation says nothing new, read-only and non-string members are not typed in, a generic name.
            public string PasswordConfirm { private get; set; } = "";
            public string Title => "Register";
            public int Phone { get; set; }
            public string Name { get; set; } = "";
        }

        // Not a view model: a plain data class with the same names.
        class Contact
        {
            public string Email { get; set; } = "";
        }
        """;

    private const string OptIn = "privacy_analyzers.view_model_names = true";

    private static readonly string Plain = Source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("|}", "");

    [Fact]
    public async Task NamedStringPropertiesOfAViewModelAreSites()
    {
        await TestBuilder.Create()
            .WithSource(Source)
            .WithEditorConfig(OptIn)
            .ShouldReportSites((0, "user.contact.email"), (1, "user.authorization.credentials"), (2, "user.name"))
            .ValidateAsync();

        var sites = (await TestBuilder.Create().WithSource(Plain).WithEditorConfig(OptIn).GetDiagnosticsAsync()).Where(d => d.Id == RuleIds.UndeclaredCollection).ToList();
        Assert.Equal(3, sites.Count);
        Assert.All(sites, d => Assert.Equal("name", d.Properties["confidence"]));
    }

    [Fact]
    public async Task TheBoundMemberNamesOptionTurnsThemOff()
    {
        var diagnostics = await TestBuilder.Create()
            .WithSource(Plain)
            .WithEditorConfig(OptIn, "privacy_analyzers.bound_member_names = false")
            .GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    [Fact]
    public async Task ViewModelsAreNotSitesUnlessTheOptionIsOn()
    {
        var diagnostics = await TestBuilder.Create().WithSource(Plain).GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }
}
