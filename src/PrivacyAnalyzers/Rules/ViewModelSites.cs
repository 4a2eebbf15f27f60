using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The entry point for view-model properties a form binds (Xamarin.Forms, MAUI, WPF: <c>Entry Text="{Binding Email}"</c>):
    /// a public, settable string property of a type that raises <c>INotifyPropertyChanged</c>, named by what it holds
    /// (<c>Email</c>, <c>Password</c>, <c>FullName</c>: <see cref="BindingNames.TryGetCategory"/>), is where the user types
    /// that data in, at name confidence, as a bound request member is in a server. When the form's markup is among the
    /// additional files (<see cref="XamlBindings"/>), a property a text field binds is a site whatever its type's base (a
    /// toolkit's <c>ObservableObject</c> that does not resolve), by the field's category; by name alone it is opt-in
    /// (<c>privacy_analyzers.view_model_names = true</c>): without the markup a property the app fills from its own
    /// server looks the same. Off in server projects (their models are <see cref="BoundModelSites"/>'s) and with
    /// <c>privacy_analyzers.bound_member_names = false</c>.
    /// </summary>
    internal sealed class ViewModelSites(PrivacyContext privacy, Lazy<XamlBindings> markup, SiteReporter reporter)
    {
        private const string Platform = "view models (data binding)";

        /// <summary>Per page class (<c>x:Class</c>), the names its code-behind mentions; empty when it has none in the compilation.</summary>
        private readonly ConcurrentDictionary<string, ImmutableHashSet<string>> pageNames = new ConcurrentDictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);

        public void Analyze(SymbolAnalysisContext context)
        {
            // Cheap first: a public instance property with a getter, as a binding reads.
            var property = (IPropertySymbol)context.Symbol;
            if (property.DeclaredAccessibility != Accessibility.Public || property.IsStatic || property.IsIndexer || property.GetMethod is null)
            {
                return;
            }

            var isTypedIn = property.Type.SpecialType == SpecialType.System_String
                && property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
            var named = BindingNames.TryGetCategory(property.Name, out var category);
            var bound = privacy.Options.AdditionalFiles.IsEmpty ? default : markup.Value.For(property.Name);
            if (bound.IsDefaultOrEmpty && !(isTypedIn && named))
            {
                return;
            }

            var location = property.Locations[0];
            var settings = privacy.Settings(location.SourceTree!);
            if (!settings.BoundMemberNames || privacy.Server.Is(settings.ServerProject))
            {
                return;
            }

            if (!bound.IsDefaultOrEmpty && ReportBound(context, property, bound, isTypedIn, location, settings))
            {
                return;
            }

            if (!isTypedIn || !named || !settings.ViewModelNames || !RaisesPropertyChanged(property.ContainingType))
            {
                return;
            }

            Report(context, property, category, property.Name, location, settings);
        }

        /// <summary>
        /// The sites of a property a text field of the markup binds (<see cref="XamlBindings"/>): the property itself when the
        /// field binds it (<c>{Binding Email}</c>: a settable string), or, for a path into its value
        /// (<c>{Binding CurrentUser.UserEmail}</c>), the property that holds the object the form edits, once per category.
        /// A binding whose markup names its data type (<c>x:DataType</c>) binds only that type's properties.
        /// </summary>
        private bool ReportBound(SymbolAnalysisContext context, IPropertySymbol property, ImmutableArray<XamlBindings.Binding> bindings, bool isTypedIn, Location location, AnalyzerSettings settings)
        {
            if (!IsViewModel(property.ContainingType))
            {
                return false;
            }

            var reported = false;
            List<string>? categories = null;
            foreach (var binding in bindings)
            {
                if ((binding.IsNested ? property.Type.SpecialType == SpecialType.System_String : !isTypedIn)
                    || (binding.DataType is { } dataType ? dataType != property.ContainingType.Name : !PageMayBind(binding.PageClass, property.ContainingType)))
                {
                    continue;
                }

                categories ??= new List<string>();
                if (categories.Contains(binding.Category))
                {
                    continue;
                }

                categories.Add(binding.Category);
                Report(context, property, binding.Category, binding.Path, location, settings);
                reported = true;
            }

            return reported;
        }

        private void Report(SymbolAnalysisContext context, IPropertySymbol property, string category, string boundPath, Location location, AnalyzerSettings settings)
        {
            var coverage = Coverage.Find(null, property, category, privacy.Annotations, settings);
            var site = new CollectionSite(
                category,
                property.ContainingType.Name + "." + property.Name,
                SiteKind.RequestBinding,
                boundPath: boundPath,
                platform: Platform,
                member: ScopeNames.MemberName(property),
                confidence: CollectionSite.NameConfidence);
            reporter.Report(context.ReportDiagnostic, location, site, coverage);
        }

        /// <summary>
        /// Without an <c>x:DataType</c>, which view model a page binds is set in its code-behind
        /// (<c>BindingContext = new LoginViewModel(Navigation)</c>, a field of that type, a constructor's parameter): a page
        /// whose code-behind sets its context binds only that type, so a profile page's label and an account page's entry
        /// that bind the same path are told apart, and a settings class the code-behind also uses is not the form. A page
        /// without code-behind here, or whose context is set elsewhere, binds any view model.
        /// </summary>
        private bool PageMayBind(string? pageClass, INamedTypeSymbol viewModel)
        {
            if (pageClass is null)
            {
                return true;
            }

            var names = pageNames.GetOrAdd(pageClass, NamesInCodeBehind);
            return names.IsEmpty || names.Contains(viewModel.Name);
        }

        /// <summary>
        /// The names a page's code-behind gives what it sets as its binding context (<c>BindingContext</c>, WPF's
        /// <c>DataContext</c>): the types it creates there, the names it assigns, and the declared types of the fields,
        /// properties, locals and parameters of those names (<c>BindingContext = viewModel</c> with
        /// <c>AccountViewModel viewModel</c>). Empty when the page has no code-behind here or sets no context itself.
        /// </summary>
        private ImmutableHashSet<string> NamesInCodeBehind(string pageClass)
        {
            if (privacy.Compilation.GetTypeByMetadataName(pageClass) is not { } page)
            {
                return ImmutableHashSet<string>.Empty;
            }

            var assigned = new HashSet<string>(StringComparer.Ordinal);
            var declarations = new List<SyntaxNode>();
            foreach (var reference in page.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                declarations.Add(syntax);
                foreach (var node in syntax.DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax assignment && IsContext(assignment.Left))
                    {
                        foreach (var part in assignment.Right.DescendantNodesAndSelf())
                        {
                            if (part is IdentifierNameSyntax identifier)
                            {
                                assigned.Add(identifier.Identifier.ValueText);
                            }
                        }
                    }
                }
            }

            if (assigned.Count == 0)
            {
                return ImmutableHashSet<string>.Empty;
            }

            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            names.UnionWith(assigned);
            foreach (var syntax in declarations)
            {
                foreach (var node in syntax.DescendantNodes())
                {
                    var (name, type) = node switch
                    {
                        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } variable => (variable.Identifier.ValueText, declaration.Type),
                        PropertyDeclarationSyntax property => (property.Identifier.ValueText, property.Type),
                        ParameterSyntax { Type: { } parameterType } parameter => (parameter.Identifier.ValueText, parameterType),
                        _ => (null, null),
                    };
                    if (name is not null && type is not null && assigned.Contains(name))
                    {
                        names.Add(LastName(type));
                    }
                }
            }

            return names.ToImmutable();
        }

        private static bool IsContext(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText is "BindingContext" or "DataContext",
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText is "BindingContext" or "DataContext",
            _ => false,
        };

        /// <summary><c>AccountViewModel</c> of <c>AccountViewModel</c>, <c>App.ViewModels.AccountViewModel</c> or <c>AccountViewModel?</c>.</summary>
        private static string LastName(TypeSyntax type) => type switch
        {
            NullableTypeSyntax nullable => LastName(nullable.ElementType),
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => type.ToString(),
        };

        /// <summary>
        /// Whether a type can be what a form binds: it raises <c>INotifyPropertyChanged</c>, derives from a base that did not
        /// resolve (a toolkit's <c>ObservableObject</c> or <c>BaseViewModel</c> in a folder scan), or is named as one
        /// (<c>…ViewModel</c>, <c>…PageModel</c>). A plain data class with the same member names (a DTO, an entity) is not.
        /// </summary>
        private static bool IsViewModel(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Class || RaisesPropertyChanged(type)
                || type.Name.EndsWith("ViewModel", StringComparison.Ordinal) || type.Name.EndsWith("PageModel", StringComparison.Ordinal))
            {
                return type.TypeKind == TypeKind.Class;
            }

            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (current.TypeKind == TypeKind.Error)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the type, or a base of it, implements <c>INotifyPropertyChanged</c>: a view model the UI binds.</summary>
        private static bool RaisesPropertyChanged(INamedTypeSymbol type)
        {
            foreach (var iface in type.AllInterfaces)
            {
                if (iface.Name == "INotifyPropertyChanged" && iface.ContainingNamespace is { Name: "ComponentModel", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
