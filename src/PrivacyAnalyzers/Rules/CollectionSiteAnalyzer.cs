using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The rules about collection sites, in one pass over the operations: PRIV001 (undeclared),
    /// PRIV003 (not disclosed by the policy), PRIV004 (a declaration that covers no site) and PRIV007
    /// (the inventory, off by default). One pass, because the expensive part, finding the sites and
    /// their coverage, is the same for all four.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CollectionSiteAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.UndeclaredCollection,
            Descriptors.CategoryNotDisclosed,
            Descriptors.UnusedDeclaration,
            Descriptors.CollectionSite);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Privacy is like security: data collected in generated code is still collected.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var sources = PolicyFiles.FindSources(context);
            var index = SourceIndex.Create(context.Compilation, sources.Entries.IsEmpty ? SourceCatalog.All : SourceCatalog.All.AddRange(sources.Entries));
            if (index.IsEmpty)
            {
                return;
            }

            var analysis = new SiteAnalysis(index, PolicyFiles.FindPolicy(context).Policy);
            context.RegisterOperationAction(analysis.AnalyzeOperation, SiteDetector.OperationKinds);
            if (index.Annotations.SourcesPossible)
            {
                context.RegisterSyntaxNodeAction(analysis.CollectDeclaration, SyntaxKind.Attribute);
                context.RegisterCompilationEndAction(analysis.ReportUnusedDeclarations);
            }
        }

        /// <summary>The state of one compilation's analysis; dies with it.</summary>
        private sealed class SiteAnalysis
        {
            private readonly SourceIndex index;
            private readonly PrivacyPolicy? policy;
            private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), Location> declarations = new ConcurrentDictionary<(SyntaxTree, TextSpan), Location>();
            private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), string> unusedReasons = new ConcurrentDictionary<(SyntaxTree, TextSpan), string>();
            private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), byte> used = new ConcurrentDictionary<(SyntaxTree, TextSpan), byte>();

            public SiteAnalysis(SourceIndex index, PrivacyPolicy? policy)
            {
                this.index = index;
                this.policy = policy;
            }

            public void AnalyzeOperation(OperationAnalysisContext context)
            {
                if (!SiteDetector.TryGetSite(context.Operation, index, out var site))
                {
                    return;
                }

                var settings = AnalyzerSettings.For(context.Options, site.Operation.Syntax.SyntaxTree);
                var coverage = Coverage.Find(site.Operation, context.ContainingSymbol, site.Category, index.Annotations, settings);
                if (coverage.State == CoverageState.InsideSource)
                {
                    return;
                }

                if (coverage.Declaration?.ApplicationSyntaxReference is { } declaration)
                {
                    used.TryAdd((declaration.SyntaxTree, declaration.Span), 0);
                }

                var location = site.Operation.Syntax.GetLocation();
                var categoryName = TaxonomyIndex.CategoryDisplayName(site.Category);
                if (coverage.State == CoverageState.Undeclared)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.UndeclaredCollection,
                        location,
                        ImmutableDictionary<string, string?>.Empty.Add(Descriptors.CategoryProperty, site.Category),
                        site.ApiName,
                        categoryName,
                        site.Category,
                        ScopeNames.WhereToDeclare(coverage.Innermost)));
                }

                if (policy != null && !policy.Discloses(site.Category))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.CategoryNotDisclosed,
                        location,
                        PolicyProperties(site.Category, coverage.Declaration),
                        site.ApiName,
                        categoryName,
                        site.Category));
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.CollectionSite,
                    location,
                    additionalLocations: DeclarationLocation(coverage.Declaration),
                    properties: InventoryProperties(site, coverage, context.ContainingSymbol),
                    site.ApiName,
                    categoryName,
                    site.Category));
            }

            public void CollectDeclaration(SyntaxNodeAnalysisContext context)
            {
                var attribute = (AttributeSyntax)context.Node;
                var declaration = DeclarationSyntax.TryRead(attribute, context.SemanticModel, index.Annotations, context.CancellationToken);
                if (declaration is null)
                {
                    return;
                }

                var key = (attribute.SyntaxTree, attribute.Span);
                declarations.TryAdd(key, attribute.GetLocation());
                var settings = AnalyzerSettings.For(context.Options, attribute.SyntaxTree);
                var onAssembly = attribute.Parent is AttributeListSyntax { Target.Identifier.ValueText: "assembly" };
                var onType = attribute.Parent?.Parent is BaseTypeDeclarationSyntax;
                var reason = onAssembly && !settings.AllowAssemblyDeclarations ? ": assembly-level declarations are turned off (" + AnalyzerSettings.AssemblyDeclarationsKey + " = false)"
                    : onType && !settings.AllowTypeDeclarations ? ": type-level declarations are turned off (" + AnalyzerSettings.TypeDeclarationsKey + " = false)"
                    : string.Empty;
                unusedReasons.TryAdd(key, declaration.Category.Id + "\u0000" + reason);
            }

            public void ReportUnusedDeclarations(CompilationAnalysisContext context)
            {
                foreach (var pair in declarations)
                {
                    if (used.ContainsKey(pair.Key) || !unusedReasons.TryGetValue(pair.Key, out var text))
                    {
                        continue;
                    }

                    var separator = text.IndexOf('\u0000');
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.UnusedDeclaration,
                        pair.Value,
                        text.Substring(0, separator),
                        text.Substring(separator + 1)));
                }
            }
        }

        private static ImmutableDictionary<string, string?> PolicyProperties(string category, AttributeData? declaration)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(Descriptors.CategoryProperty, category);
            return declaration is null
                ? properties
                : properties.Add(Descriptors.PurposesProperty, string.Join(",", AnnotationTypes.Purposes(declaration)));
        }

        private static ImmutableDictionary<string, string?> InventoryProperties(in CollectionSite site, in Coverage coverage, ISymbol containingSymbol)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder.Add(Descriptors.CategoryProperty, site.Category);
            builder.Add(Descriptors.SourceProperty, site.Source.MemberId);
            builder.Add(Descriptors.PlatformProperty, site.Source.Platform);
            builder.Add(Descriptors.MemberProperty, ScopeNames.MemberName(containingSymbol));
            if (coverage.Declaration is { } declaration)
            {
                builder.Add(Descriptors.DeclaredCategoryProperty, AnnotationTypes.FirstStringArgument(declaration));
                builder.Add(Descriptors.PurposesProperty, string.Join(",", AnnotationTypes.Purposes(declaration)));
            }

            return builder.ToImmutable();
        }

        private static Location[]? DeclarationLocation(AttributeData? declaration)
            => declaration?.ApplicationSyntaxReference is { } reference
                ? new[] { Location.Create(reference.SyntaxTree, reference.Span) }
                : null;
    }
}
