using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The rules about collection sites and declarations, in one pass, because the expensive parts
    /// (finding the sites and their coverage, reading the declarations) are shared by all of them.
    /// This class only registers and routes: each way of finding a site has its entry point
    /// (<see cref="OperationSites"/>, <see cref="BoundModelSites"/>, <see cref="NameMatchSites"/>,
    /// <see cref="DeclarationSites"/>), and each rule's decision and report its reporter
    /// (<c>Rules/Reporters/</c>: PRIV001, PRIV002, PRIV003, PRIV004, PRIV006, PRIV007, PRIV008).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CollectionSiteAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.UndeclaredCollection,
            Descriptors.CategoryNotDisclosed,
            Descriptors.UnusedDeclaration,
            Descriptors.CollectionSite,
            Descriptors.PossibleCollection,
            Descriptors.PurposeNotAllowed,
            Descriptors.UnknownId,
            Descriptors.DeprecatedId);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Privacy is like security: data collected in generated code is still collected.
            context.ConfigureGeneratedCodeAnalysis(AnalyzerInventory.GeneratedCodeAnalysis);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var privacy = PrivacyContext.GetOrCreate(context);
            if (privacy.IsEmpty)
            {
                // No catalog entry, no annotations, no fallback: nothing can be a site here.
                return;
            }

            var unused = new UnusedDeclarationReporter();
            var reporter = new SiteReporter(privacy.Policy, unused);
            var sites = new OperationSites(privacy, reporter);
            if (privacy.Binding is { } binding)
            {
                // One operation action routes to both entry points: a second registration for
                // invocations would cost the driver a second callback on every call in the code.
                var bound = new BoundModelSites(privacy, binding, reporter);
                context.RegisterOperationAction(
                    operation =>
                    {
                        sites.Analyze(operation);
                        if (operation.Operation.Kind == OperationKind.Invocation)
                        {
                            bound.AnalyzeEndpoint(operation);
                        }
                    },
                    SiteDetector.OperationKinds);
                context.RegisterSymbolAction(bound.AnalyzeSymbol, SymbolKind.Method, SymbolKind.Property);
            }
            else
            {
                context.RegisterOperationAction(sites.Analyze, SiteDetector.OperationKinds);
            }

            // Outside servers, the forms' view models: a property a text field binds, named by what it holds.
            var markup = XamlBindings.ReadLazily(context.Options);
            context.RegisterSymbolAction(new ViewModelSites(privacy, markup, reporter).Analyze, SymbolKind.Property);

            // Data a platform hands to an override (a push token, the map's user location): its first read is the site.
            context.RegisterSyntaxNodeAction(new CallbackSites(privacy, reporter).Analyze, SyntaxKind.MethodDeclaration);

            if (privacy.Fallback is { } fallback)
            {
                context.RegisterSyntaxNodeAction(new NameMatchSites(privacy, fallback, markup, reporter).Analyze, SyntaxKind.SimpleMemberAccessExpression, SyntaxKind.ObjectCreationExpression);
            }

            if (privacy.Annotations.SourcesPossible)
            {
                context.RegisterSyntaxNodeAction(new DeclarationSites(privacy, unused).Analyze, SyntaxKind.Attribute);
                context.RegisterCompilationEndAction(unused.Report);
            }
        }
    }
}
