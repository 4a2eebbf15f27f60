using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Xml;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The text fields a form's markup binds to view-model properties: <c>&lt;Entry Text="{Binding Email}" /&gt;</c>,
    /// <c>&lt;Entry IsPassword="True" Text="{Binding UserPassword}" /&gt;</c>, WPF's <c>&lt;TextBox Text="{Binding Phone}" /&gt;</c>.
    /// A property the user types into is where the app takes that data in; the markup is what tells it from a property
    /// the app fills from its own server and only shows (a <c>Label</c>'s text, a read-only field). Read from the XAML
    /// files among the additional files (the tool's folder mode hands them over; a MAUI build hands its XAML to source
    /// generators the same way), once per compilation, never from disk.
    /// The category comes from the field first (<c>IsPassword</c>, an email or telephone <c>Keyboard</c> or
    /// <c>InputScope</c>), then from the bound name (<see cref="BindingNames"/>); a name that says too little alone
    /// (<c>Name</c>) is its person's beside a field of the same form that names personal data.
    /// https://learn.microsoft.com/dotnet/api/microsoft.maui.controls.entry.ispassword,
    /// https://learn.microsoft.com/dotnet/api/microsoft.maui.keyboard,
    /// https://learn.microsoft.com/dotnet/maui/fundamentals/data-binding/binding-mode (Entry.Text binds two ways by default),
    /// https://learn.microsoft.com/windows/uwp/xaml-platform/x-bind-markup-extension (x:Bind is OneTime unless it says TwoWay)
    /// </summary>
    internal sealed class XamlBindings
    {
        /// <summary>Text input elements by local name (a toolkit's own and any control whose name holds one of these words).</summary>
        private static readonly ImmutableArray<string> InputWords = ImmutableArray.Create("Entry", "Editor", "TextBox", "PasswordBox", "TextField");

        private static readonly ImmutableArray<string> ConfirmationWords = ImmutableArray.Create("Confirm", "Repeat", "Retype", "Verify", "Again");

        private static readonly XamlBindings Empty = new XamlBindings(ImmutableDictionary<string, ImmutableArray<Binding>>.Empty, ImmutableHashSet<string>.Empty);

        /// <summary>The bindings, keyed by the name of the view-model property the path starts with.</summary>
        private readonly ImmutableDictionary<string, ImmutableArray<Binding>> byProperty;

        /// <summary>The names (<c>x:Name</c>) of text fields whose text the markup binds two ways.</summary>
        private readonly ImmutableHashSet<string> boundFields;

        private XamlBindings(ImmutableDictionary<string, ImmutableArray<Binding>> byProperty, ImmutableHashSet<string> boundFields)
        {
            this.byProperty = byProperty;
            this.boundFields = boundFields;
        }

        public bool IsEmpty => byProperty.IsEmpty && boundFields.IsEmpty;

        /// <summary>
        /// Whether the markup binds the text of the field named <paramref name="fieldName"/> to a view model: the code-behind's
        /// read of that field's text (<c>EntryEmail.Text</c>) is the value the binding already took in, not a site of its own.
        /// </summary>
        public bool IsBoundField(string fieldName) => boundFields.Contains(fieldName);

        /// <summary>The markup of a compilation, read on first use (from any thread) and then shared by the entry points.</summary>
        public static Lazy<XamlBindings> ReadLazily(AnalyzerOptions options)
            => new Lazy<XamlBindings>(() => Read(options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The text-field bindings whose path starts with a property named <paramref name="propertyName"/>.</summary>
        public ImmutableArray<Binding> For(string propertyName)
            => byProperty.TryGetValue(propertyName, out var bindings) ? bindings : ImmutableArray<Binding>.Empty;

        /// <summary>Whether an additional file is a XAML file (MAUI, Xamarin.Forms, WPF, UWP, WinUI; Avalonia's .axaml).</summary>
        public static bool IsXaml(string path)
            => path.EndsWith(".xaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".axaml", StringComparison.OrdinalIgnoreCase);

        /// <summary>Reads every XAML file among the additional files; a file that is not well-formed keeps what was read before the fault.</summary>
        public static XamlBindings Read(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            Dictionary<string, ImmutableArray<Binding>.Builder>? found = null;
            var fields = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var parsed = new List<Binding>();
            foreach (var file in options.AdditionalFiles)
            {
                if (!IsXaml(file.Path) || file.GetText(cancellationToken) is not { } text)
                {
                    continue;
                }

                parsed.Clear();
                Parse(text.ToString(), parsed, fields, cancellationToken);
                foreach (var binding in parsed)
                {
                    found ??= new Dictionary<string, ImmutableArray<Binding>.Builder>(StringComparer.Ordinal);
                    if (!found.TryGetValue(binding.Property, out var list))
                    {
                        list = ImmutableArray.CreateBuilder<Binding>();
                        found.Add(binding.Property, list);
                    }

                    list.Add(binding);
                }
            }

            if (found is null && fields.Count == 0)
            {
                return Empty;
            }

            var result = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Binding>>(StringComparer.Ordinal);
            foreach (var pair in found ?? new Dictionary<string, ImmutableArray<Binding>.Builder>(StringComparer.Ordinal))
            {
                result.Add(pair.Key, pair.Value.ToImmutable());
            }

            return new XamlBindings(result.ToImmutable(), fields.ToImmutable());
        }

        /// <summary>The text-field bindings of one XAML document that name what they hold, with their categories.</summary>
        internal static void Parse(string xaml, List<Binding> result, ImmutableHashSet<string>.Builder boundFields, CancellationToken cancellationToken)
        {
            var raw = new List<(string Path, string? DataType, string? FieldCategory, string? FieldName)>();
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            var dataTypes = new Stack<(int Depth, string? DataType)>();
            string? pageClass = null;
            try
            {
                // A declaration after a byte-order mark or a blank line is still the document's.
                using var reader = XmlReader.Create(new StringReader(xaml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n')), settings);
                while (reader.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    // The root's x:Class names the page's code-behind, which says which view model the page binds.
                    if (reader.Depth == 0)
                    {
                        pageClass = reader.GetAttribute("Class", "http://schemas.microsoft.com/winfx/2009/xaml")
                            ?? reader.GetAttribute("Class", "http://schemas.microsoft.com/winfx/2006/xaml");
                    }

                    while (dataTypes.Count > 0 && dataTypes.Peek().Depth >= reader.Depth)
                    {
                        dataTypes.Pop();
                    }

                    // x:DataType (compiled bindings) says which type an element's bindings read; a template's resets it.
                    var dataType = reader.GetAttribute("DataType", "http://schemas.microsoft.com/winfx/2009/xaml")
                        ?? reader.GetAttribute("DataType", "http://schemas.microsoft.com/winfx/2006/xaml");
                    var inherited = dataTypes.Count > 0 ? dataTypes.Peek().DataType : null;
                    var effective = dataType is null ? inherited : SimpleTypeName(dataType);
                    if (!reader.IsEmptyElement)
                    {
                        dataTypes.Push((reader.Depth, effective));
                    }

                    if (!IsTextInput(reader.LocalName) || IsTrue(reader.GetAttribute("IsReadOnly")) || IsFalse(reader.GetAttribute("IsEnabled")))
                    {
                        continue;
                    }

                    var value = reader.GetAttribute(reader.LocalName.EndsWith("PasswordBox", StringComparison.Ordinal) ? "Password" : "Text");
                    if (value is null || !TryReadPath(value, out var path) || IsConfirmation(LastSegment(path)))
                    {
                        continue;
                    }

                    var fieldName = reader.GetAttribute("Name", "http://schemas.microsoft.com/winfx/2009/xaml")
                        ?? reader.GetAttribute("Name", "http://schemas.microsoft.com/winfx/2006/xaml")
                        ?? reader.GetAttribute("Name");
                    raw.Add((path, effective, FieldCategory(reader), fieldName));
                }
            }
            catch (XmlException)
            {
                // Not well-formed (a half-typed file, a template with placeholders): what was read before the fault stands.
            }

            // The form's shape first, then the names that say too little alone, read beside it.
            var shape = default(BindingNames.PersonShape);
            var categories = new string?[raw.Count];
            for (var i = 0; i < raw.Count; i++)
            {
                var last = LastSegment(raw[i].Path);
                categories[i] = raw[i].FieldCategory ?? (BindingNames.TryGetCategory(last, out var category) ? category : null);
                if (categories[i] is { } known)
                {
                    shape = shape.With(known);
                }
            }

            for (var i = 0; i < raw.Count; i++)
            {
                var last = LastSegment(raw[i].Path);
                if (categories[i] is null && (shape.HasCredentials || shape.HasSignInName) && BindingNames.SaysTooLittleAlone(last)
                    && BindingNames.TryGetCategoryBeside(last, shape, out var beside))
                {
                    categories[i] = beside;
                }

                if (categories[i] is { } category)
                {
                    var dot = raw[i].Path.IndexOf('.');
                    result.Add(new Binding(dot < 0 ? raw[i].Path : raw[i].Path.Substring(0, dot), raw[i].Path, dot >= 0, raw[i].DataType, pageClass, category));

                    // Only a field whose binding is a site: its code-behind read is the same value again.
                    if (raw[i].FieldName is { Length: > 0 } fieldName)
                    {
                        boundFields.Add(fieldName);
                    }
                }
            }
        }

        /// <summary>
        /// A text input control: MAUI's and Xamarin.Forms' <c>Entry</c>, <c>EntryCell</c> and <c>Editor</c>, WPF's and UWP's
        /// <c>TextBox</c> and <c>PasswordBox</c>, and controls named after them (<c>BorderlessEntry</c>, a toolkit's
        /// <c>EntryLine</c>); never a property element (<c>Entry.Text</c>).
        /// </summary>
        private static bool IsTextInput(string localName)
        {
            if (localName.IndexOf('.') >= 0)
            {
                return false;
            }

            foreach (var word in InputWords)
            {
                if (localName.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the field itself says it takes: a password field, an email or telephone keyboard or input scope.</summary>
        private static string? FieldCategory(XmlReader reader)
        {
            if (IsTrue(reader.GetAttribute("IsPassword")) || reader.LocalName.EndsWith("PasswordBox", StringComparison.Ordinal))
            {
                return "user.authorization.credentials";
            }

            var keyboard = reader.GetAttribute("Keyboard") ?? reader.GetAttribute("InputScope");
            if (keyboard is null)
            {
                return null;
            }

            if (keyboard.IndexOf("Email", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return "user.contact.email";
            }

            return keyboard.IndexOf("Telephone", StringComparison.OrdinalIgnoreCase) >= 0 ? "user.contact.phone_number" : null;
        }

        /// <summary>
        /// The path of a binding that reads what the user types: <c>{Binding Email}</c>, <c>{Binding Path=Email, Mode=TwoWay}</c>,
        /// <c>{x:Bind ViewModel.Email, Mode=TwoWay}</c>. False for a one-way or one-time binding (the field only shows the
        /// value), a converter-free path the view model cannot own (an indexer, an attached property) or no binding at all.
        /// </summary>
        internal static bool TryReadPath(string value, out string path)
        {
            path = null!;
            var text = value.Trim();
            bool isBind;
            if (text.StartsWith("{Binding", StringComparison.Ordinal))
            {
                isBind = false;
            }
            else if (text.StartsWith("{x:Bind", StringComparison.Ordinal))
            {
                isBind = true;
            }
            else
            {
                return false;
            }

            if (!text.EndsWith("}", StringComparison.Ordinal))
            {
                return false;
            }

            var body = text.Substring(isBind ? 7 : 8, text.Length - (isBind ? 8 : 9));
            string? found = null;
            var twoWay = false;
            foreach (var part in body.Split(','))
            {
                var item = part.Trim();
                var equals = item.IndexOf('=');
                if (equals < 0)
                {
                    found ??= item;
                    continue;
                }

                var key = item.Substring(0, equals).Trim();
                var setting = item.Substring(equals + 1).Trim();
                if (key == "Path")
                {
                    found = setting;
                }
                else if (key == "Mode")
                {
                    if (setting is "OneWay" or "OneTime")
                    {
                        return false;
                    }

                    twoWay = setting is "TwoWay" or "OneWayToSource";
                }
            }

            if (isBind && !twoWay)
            {
                return false;
            }

            if (string.IsNullOrEmpty(found) || found!.IndexOfAny(new[] { '[', '(', '{', ' ', '/' }) >= 0 || found == ".")
            {
                return false;
            }

            path = found;
            return true;
        }

        /// <summary>
        /// A confirmation field (<c>PasswordConfirm</c>, <c>ConfirmEmail</c>, <c>RepeatPassword</c>): it takes in again what the
        /// form's other field took, compared locally; the first field is the site.
        /// </summary>
        private static bool IsConfirmation(string name)
        {
            foreach (var word in ConfirmationWords)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string LastSegment(string path) => path.Substring(path.LastIndexOf('.') + 1);

        /// <summary><c>vm:LoginViewModel</c> or <c>{x:Type vm:LoginViewModel}</c> as <c>LoginViewModel</c>.</summary>
        private static string SimpleTypeName(string dataType)
        {
            var name = dataType.Trim().TrimEnd('}');
            var start = Math.Max(Math.Max(name.LastIndexOf(':'), name.LastIndexOf('.')), name.LastIndexOf(' ')) + 1;
            return name.Substring(start);
        }

        private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "True", StringComparison.OrdinalIgnoreCase);

        private static bool IsFalse(string? value) => string.Equals(value?.Trim(), "False", StringComparison.OrdinalIgnoreCase);

        /// <summary>One text field's binding.</summary>
        /// <param name="Property">The view-model property the path starts with (<c>CurrentUser</c> of <c>CurrentUser.UserEmail</c>).</param>
        /// <param name="Path">The whole path, as written.</param>
        /// <param name="IsNested">Whether the path goes on into the property's value (<c>CurrentUser.UserEmail</c>).</param>
        /// <param name="DataType">The type the markup says its bindings read (<c>x:DataType</c>), or null.</param>
        /// <param name="PageClass">The page's code-behind class (the root's <c>x:Class</c>, a full metadata name), or null.</param>
        /// <param name="Category">What the field takes in.</param>
        internal readonly record struct Binding(string Property, string Path, bool IsNested, string? DataType, string? PageClass, string Category);
    }
}
