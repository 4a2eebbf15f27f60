using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Text fields whose control name says what the user types into them (<c>txtEmail.Text</c>, <c>PhoneTextBox.Text</c>,
    /// <c>passwordBox.Password</c>): reading the field's text is where a desktop or mobile form takes that data in, at
    /// name confidence, as a bound request member is in a server (<see cref="BindingNames"/> gives the category).
    /// The name needs a control's affix (<c>txt</c>, <c>tb</c>, <c>TextBox</c>, <c>Entry</c>, <c>Editor</c>, …) around a
    /// name that says what it holds: a bare <c>email.Text</c> is not a field. The receiver is a field the form's markup
    /// or designer declares: it does not bind at all (a XAML <c>x:Name</c> in a folder scan), its type did not resolve
    /// (a WinForms <c>TextBox</c> without the desktop workload), or its type is a text input (<see cref="InputTypes"/>).
    /// Writes (<c>txtEmail.Text = stored.Email</c>: the app fills the field) are not sites.
    /// </summary>
    internal static class ControlNames
    {
        /// <summary>The platform such sites name: they belong to no catalogued API.</summary>
        public const string Platform = "UI text fields (by control name)";

        /// <summary>The members that give what the user typed: every toolkit's <c>Text</c>, WPF and UWP's <c>PasswordBox.Password</c>.</summary>
        public static bool IsTextMember(string memberName) => memberName is "Text" or "Password";

        /// <summary>
        /// Prefixes of a control's name (Hungarian notation of WinForms and WPF code): <c>txtEmail</c>, <c>tb_phone</c>.
        /// A prefix counts only before a capital or an underscore, so <c>textual</c> or <c>tbsp</c> are not fields.
        /// </summary>
        private static readonly ImmutableArray<string> Prefixes = ImmutableArray.Create("txt", "tbx", "tb", "edt", "et", "entry", "input");

        /// <summary>
        /// Suffixes of a control's name, longest first: <c>EmailTextBox</c>, <c>phoneEntry</c>, <c>bioEditor</c>, <c>PasswordBox</c>.
        /// https://learn.microsoft.com/dotnet/api/system.windows.forms.textbox,
        /// https://learn.microsoft.com/dotnet/api/system.windows.controls.passwordbox,
        /// https://learn.microsoft.com/dotnet/api/microsoft.maui.controls.entry
        /// </summary>
        private static readonly ImmutableArray<string> Suffixes = ImmutableArray.Create(
            "TextBox", "Textbox", "TextField", "EditText", "TextEdit", "Entry", "Editor", "Field", "Input", "Edit", "Box", "Txt", "Tb");

        /// <summary>
        /// Text input controls of the UI toolkits, by type name (WinForms and WPF <c>TextBox</c>, <c>MaskedTextBox</c>,
        /// <c>PasswordBox</c>, MAUI and Xamarin.Forms <c>Entry</c> and <c>Editor</c>, Android <c>EditText</c>, iOS
        /// <c>UITextField</c>): a resolved receiver of another type is not a text field.
        /// https://learn.microsoft.com/dotnet/api/system.windows.forms.maskedtextbox,
        /// https://learn.microsoft.com/dotnet/api/microsoft.maui.controls.editor,
        /// https://learn.microsoft.com/dotnet/api/android.widget.edittext,
        /// https://learn.microsoft.com/dotnet/api/uikit.uitextfield
        /// </summary>
        private static readonly ImmutableHashSet<string> InputTypes = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "TextBox", "TextBoxBase", "MaskedTextBox", "RichTextBox", "PasswordBox", "Entry", "Editor", "InputView", "EditText", "UITextField", "UITextView");

        /// <summary>
        /// The category the control read by <paramref name="access"/> (<c>txtEmail.Text</c>) takes in, or false. Call after
        /// the cheap check (<see cref="IsTextMember"/>).
        /// </summary>
        public static bool TryMatch(MemberAccessExpressionSyntax access, SemanticModel model, CancellationToken cancellationToken, out string category)
        {
            category = null!;
            var receiver = access.Expression switch
            {
                IdentifierNameSyntax identifier => identifier,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax identifier } => identifier,
                _ => null,
            };
            if (receiver is null || IsWrite(access) || !TryGetCategory(receiver.Identifier.ValueText, access.Name.Identifier.ValueText, out category))
            {
                return false;
            }

            var symbol = model.GetSymbolInfo(access.Expression, cancellationToken).Symbol;
            var type = symbol switch
            {
                null => null,
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };
            if (symbol != null && type is null)
            {
                return false; // A type, a method, a namespace: not a field.
            }

            return type is null || type.TypeKind == TypeKind.Error || IsInputType(type);
        }

        /// <summary>
        /// The category a control's name says it takes in (<c>txtEmail</c>, <c>PhoneTextBox</c>): the name without its
        /// affix, read as a bound member's name (<see cref="BindingNames.TryGetCategory"/>). A password box's
        /// <c>Password</c> is a credential whatever the box is called.
        /// </summary>
        internal static bool TryGetCategory(string controlName, string memberName, out string category)
        {
            if (memberName == "Password")
            {
                category = "user.authorization.credentials";
                return controlName.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0 || controlName.EndsWith("Box", StringComparison.OrdinalIgnoreCase);
            }

            var rest = WithoutAffix(controlName);
            if (rest is null || rest.Length == 0)
            {
                category = null!;
                return false;
            }

            return BindingNames.TryGetCategory(rest, out category);
        }

        /// <summary>The name inside a control's prefix or suffix, or null when it has neither.</summary>
        private static string? WithoutAffix(string name)
        {
            foreach (var prefix in Prefixes)
            {
                if (name.Length > prefix.Length + 1 && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                    && (char.IsUpper(name[prefix.Length]) || name[prefix.Length] == '_'))
                {
                    return name.Substring(prefix.Length).TrimStart('_');
                }
            }

            foreach (var suffix in Suffixes)
            {
                if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return name.Substring(0, name.Length - suffix.Length).TrimEnd('_');
                }

                // snake case: email_textbox, phone_entry.
                if (name.Length > suffix.Length + 1 && name[name.Length - suffix.Length - 1] == '_'
                    && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return name.Substring(0, name.Length - suffix.Length - 1);
                }
            }

            return null;
        }

        private static bool IsInputType(ITypeSymbol type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (InputTypes.Contains(current.Name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Assigning the field's text is the app filling it in; <c>nameof(…)</c> reads nothing.</summary>
        private static bool IsWrite(MemberAccessExpressionSyntax access)
            => access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access
                || access.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } };
    }
}
