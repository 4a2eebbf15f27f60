using Microsoft.CodeAnalysis;
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
    /// that data in, at name confidence, as a bound request member is in a server. Opt-in
    /// (<c>privacy_analyzers.view_model_names = true</c>): without the form's markup a property the app fills from its own
    /// server looks the same. Off in server projects (their models are <see cref="BoundModelSites"/>'s) and with
    /// <c>privacy_analyzers.bound_member_names = false</c>.
    /// </summary>
    internal sealed class ViewModelSites(PrivacyContext privacy, SiteReporter reporter)
    {
        private const string Platform = "view models (data binding)";

        public void Analyze(SymbolAnalysisContext context)
        {
            // Cheap first: the shape of a property a text field binds two ways.
            var property = (IPropertySymbol)context.Symbol;
            if (property.DeclaredAccessibility != Accessibility.Public || property.IsStatic || property.IsIndexer
                || property.Type.SpecialType != SpecialType.System_String
                || property.SetMethod is not { DeclaredAccessibility: Accessibility.Public }
                || !BindingNames.TryGetCategory(property.Name, out var category))
            {
                return;
            }

            if (!RaisesPropertyChanged(property.ContainingType))
            {
                return;
            }

            var location = property.Locations[0];
            var settings = privacy.Settings(location.SourceTree!);
            if (!settings.ViewModelNames || !settings.BoundMemberNames || privacy.Server.Is(settings.ServerProject))
            {
                return;
            }

            var coverage = Coverage.Find(null, property, category, privacy.Annotations, settings);
            var site = new CollectionSite(
                category,
                property.ContainingType.Name + "." + property.Name,
                SiteKind.RequestBinding,
                boundPath: property.Name,
                platform: Platform,
                member: ScopeNames.MemberName(property),
                confidence: CollectionSite.NameConfidence);
            reporter.Report(context.ReportDiagnostic, location, site, coverage);
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
