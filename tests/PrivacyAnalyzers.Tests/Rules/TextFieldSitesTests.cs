using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// In folder mode (privacy_analyzers.name_fallback = true), a form's text field whose name says what the user types
/// (txtEmail.Text, PhoneTextBox.Text, passwordBox.Password) is a site where its text is read, at name confidence; the
/// field's type did not resolve (WinForms without the desktop workload) or the field is the markup's (an x:Name that
/// a folder scan never sees declared).
/// </summary>
public sealed class TextFieldSitesTests
{
    [Fact]
    public async Task ReadsOfFieldsNamedForWhatTheUserTypesAreSites()
    {
        const string source = """
            using System;
            using System.Windows.Forms;

            partial class SignUpForm
            {
                private TextBox txtEmail;
                private TextBox PhoneTextBox;
                private TextBox tb_first_name;
                private PasswordBox passwordBox;

                void OnSave(object sender, EventArgs e)
                {
                    Accounts.Register({|#0:txtEmail.Text|}, {|#1:this.PhoneTextBox.Text|}, {|#2:tb_first_name.Text|});
                    Accounts.SignIn({|#3:passwordBox.Password|});

                    // Declared by the XAML page, not in C#: a folder scan sees no declaration at all.
                    Accounts.Register({|#4:emailEntry.Text|}, {|#5:lastNameEditor.Text|}, "");
                }
            }
            """;

        var sites = Sites(await RunAsync(source, fallback: true));

        Assert.Equal(
            new[] { "user.contact.email", "user.contact.phone_number", "user.name.first", "user.authorization.credentials", "user.contact.email", "user.name.last" },
            sites.Select(s => s.Category));
        Assert.All(sites, s => Assert.Equal("name", s.Confidence));
        Assert.Equal("txtEmail.Text (typed into a text field)", sites[0].Api);
    }

    [Fact]
    public async Task WritesOtherControlsAndNamesThatSayNothingAreNot()
    {
        const string source = """
            using System;
            using System.Windows.Forms;

            class Contact
            {
                public string Email { get; set; } = "";
            }

            partial class EditForm
            {
                private TextBox txtEmail;
                private TextBox txtNotes;
                private TextBox txtName;
                private Label lblEmail;
                private string emailText = "";

                void Fill(Contact stored, Contact email)
                {
                    // The app fills its own fields from its own data.
                    txtEmail.Text = stored.Email;
                    this.txtEmail.Text = "";

                    // A label, a note, a bare name, a string, a value of the app's own type, the field's name.
                    var shown = lblEmail.Text + txtNotes.Text + txtName.Text + emailText.Length + email.Email;
                    var label = EmailLabel.Text + nameof(txtEmail.Text);
                }
            }
            """;

        Assert.Empty(Sites(await RunAsync(source, fallback: true)));
    }

    [Fact]
    public async Task OnlyInFolderMode()
    {
        const string source = """
            using System.Windows.Forms;

            partial class LoginForm
            {
                private TextBox txtEmail;
                string Email() => txtEmail.Text;
            }
            """;

        Assert.Empty(Sites(await RunAsync(source, fallback: false)));
    }

    [Theory]
    [InlineData("txtEmail", "Text", "user.contact.email")]
    [InlineData("txt_phone", "Text", "user.contact.phone_number")]
    [InlineData("EmailTextBox", "Text", "user.contact.email")]
    [InlineData("phoneEntry", "Text", "user.contact.phone_number")]
    [InlineData("etPassword", "Text", "user.authorization.credentials")]
    [InlineData("zip_code_field", "Text", "user.contact.address.postal_code")]
    [InlineData("pwdBox", "Password", "user.authorization.credentials")]
    [InlineData("email", "Text", null)]
    [InlineData("textual", "Text", null)]
    [InlineData("txtSearch", "Text", null)]
    [InlineData("CityTextBox", "Text", null)]
    [InlineData("settings", "Password", null)]
    public void ControlNamesSayWhatTheyTakeIn(string control, string member, string? category)
    {
        var found = ControlNames.TryGetCategory(control, member, out var actual);
        Assert.Equal(category != null, found);
        if (category != null)
        {
            Assert.Equal(category, actual);
        }
    }

    private static List<PrivacyAnalyzers.Contract.CollectionSite> Sites(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id == RuleIds.UndeclaredCollection)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => PrivacyAnalyzers.Contract.SiteCodec.ReadSite(d.Properties)!)
            .ToList();

    private static Task<ImmutableArray<Diagnostic>> RunAsync(string source, bool fallback)
    {
        // Only the framework: System.Windows.Forms' TextBox does not resolve, as in a folder scan without the desktop workload.
        var test = TestBuilder.Create().WithSource(source).WithReferences(TestReferences.Framework.Add(TestReferences.Annotations));
        return (fallback ? test.WithEditorConfig("privacy_analyzers.name_fallback = true") : test).GetDiagnosticsAsync();
    }
}
