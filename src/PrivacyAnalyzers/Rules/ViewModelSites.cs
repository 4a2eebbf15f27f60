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
        /// whose code-behind is in the compilation binds only a type its code names, so a profile page's label and an
        /// account page's entry that bind the same path are told apart. A page without code-behind here binds any view model.
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

        private ImmutableHashSet<string> NamesInCodeBehind(string pageClass)
        {
            if (privacy.Compilation.GetTypeByMetadataName(pageClass) is not { } page)
            {
                return ImmutableHashSet<string>.Empty;
            }

            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var reference in page.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax().DescendantNodes())
                {
                    if (node is IdentifierNameSyntax identifier)
                    {
                        names.Add(identifier.Identifier.ValueText);
                    }
                }
            }

            return names.ToImmutable();
        }

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
