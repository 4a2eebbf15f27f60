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
    /// The rules about collection sites and declarations, in one pass: PRIV001 (undeclared), PRIV003
    /// (not disclosed by the policy), PRIV004 (a declaration that covers no site), PRIV007 (the
    /// inventory, off by default), PRIV008 (may collect), and, on each declaration read,
    /// PRIV002 and PRIV006 (<see cref="DeclarationRules"/>). One pass, because the expensive parts,
    /// finding the sites and their coverage and reading the declarations, are shared by all of them.
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
            Descriptors.UnknownId);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Privacy is like security: data collected in generated code is still collected.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var sources = PolicyFiles.FindSources(context).Sources;
            var entries = sources.Entries.IsEmpty ? SourceCatalog.All : SourceCatalog.All.AddRange(sources.Entries);
            var types = new ReferencedTypes(context.Compilation);
            var index = SourceIndex.Create(types, entries);
            var fallback = NameFallback.Create(context.Options, entries);
            if (index.IsEmpty && fallback is null)
            {
                return;
            }

            var binding = new RequestBinding(types);
            var analysis = new SiteAnalysis(index, PolicyFiles.FindPolicy(context).Policy, binding.IsEmpty ? null : binding);
            context.RegisterOperationAction(analysis.AnalyzeOperation, SiteDetector.OperationKinds);
            if (!binding.IsEmpty)
            {
                context.RegisterSymbolAction(analysis.AnalyzeBoundSymbol, SymbolKind.Method, SymbolKind.Property);
            }

            if (fallback != null)
            {
                context.RegisterSyntaxNodeAction(c => analysis.AnalyzeUnbound(c, fallback), SyntaxKind.SimpleMemberAccessExpression, SyntaxKind.ObjectCreationExpression);
            }
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
            private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), (Location Location, string Category, string Reason)> declarations =
                new ConcurrentDictionary<(SyntaxTree, TextSpan), (Location, string, string)>();
            private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), byte> used = new ConcurrentDictionary<(SyntaxTree, TextSpan), byte>();

            private readonly RequestBinding? binding;

            public SiteAnalysis(SourceIndex index, PrivacyPolicy? policy, RequestBinding? binding)
            {
                this.index = index;
                this.policy = policy;
                this.binding = binding;
            }

            public void AnalyzeOperation(OperationAnalysisContext context)
            {
                if (!SiteDetector.TryGetSite(context.Operation, index, out var site, out var possible))
                {
                    if (possible != null)
                    {
                        ReportPossible(context, possible);
                    }
                    else if (binding != null && context.Operation is Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation && binding.IsEndpointMapping(invocation.TargetMethod))
                    {
                        AnalyzeEndpoint(context, invocation);
                    }

                    return;
                }

                var settings = AnalyzerSettings.For(context.Options, site.Operation.Syntax.SyntaxTree);
                var coverage = Coverage.Find(site.Operation, context.ContainingSymbol, site.Category, index.Annotations, settings);
                Report(context.ReportDiagnostic, site.Operation.Syntax.GetLocation(), site.Category, site.ApiName, site.Source.MemberId, site.Source.Platform, coverage, context.ContainingSymbol);
            }

            /// <summary>Name-only matches for members that did not bind (folder scans, unrestored projects).</summary>
            public void AnalyzeUnbound(SyntaxNodeAnalysisContext context, NameFallback fallback)
            {
                var source = context.Node switch
                {
                    MemberAccessExpressionSyntax access => fallback.Match(access, context.SemanticModel, context.CancellationToken),
                    ObjectCreationExpressionSyntax creation => fallback.Match(creation, context.SemanticModel, context.CancellationToken),
                    _ => null,
                };
                if (source?.Category is null)
                {
                    return;
                }

                // A member access that is itself invoked is reported at the invocation, as bound sites are.
                var node = context.Node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == context.Node ? invocation : context.Node;
                var settings = AnalyzerSettings.For(context.Options, node.SyntaxTree);
                var coverage = Coverage.Find(null, context.ContainingSymbol ?? context.SemanticModel.Compilation.Assembly, source.Category, index.Annotations, settings);
                Report(context.ReportDiagnostic, node.GetLocation(), source.Category, ApiName(source) + " (matched by name: references did not resolve)", source.MemberId, source.Platform, coverage, context.ContainingSymbol ?? context.SemanticModel.Compilation.Assembly, NameFallback.NameConfidence);
            }

            private static string ApiName(SourceEntry source)
            {
                var id = source.MemberId;
                var end = id.IndexOf('(');
                var path = end < 0 ? id.Substring(2) : id.Substring(2, end - 2);
                var member = path.Substring(path.LastIndexOf('.') + 1);
                var type = path.Substring(0, path.LastIndexOf('.'));
                return type.Substring(type.LastIndexOf('.') + 1) + "." + member;
            }

            /// <summary>Controller actions and bound Razor Pages properties: sites of the personal data they bind.</summary>
            public void AnalyzeBoundSymbol(SymbolAnalysisContext context)
            {
                switch (context.Symbol)
                {
                    case IMethodSymbol method when binding!.IsAction(method):
                        var fields = new System.Collections.Generic.List<BoundField>();
                        foreach (var parameter in method.Parameters)
                        {
                            if (!binding.IsService(parameter))
                            {
                                fields.Clear();
                                binding.Collect(parameter, parameter.Type, fields);
                                ReportBound(context.ReportDiagnostic, context.Options, fields, parameter, null, method);
                            }
                        }

                        break;
                    case IPropertySymbol property when binding!.IsBoundProperty(property):
                        var bound = new System.Collections.Generic.List<BoundField>();
                        binding.Collect(property, property.Type, bound);
                        ReportBound(context.ReportDiagnostic, context.Options, bound, property, null, property);
                        break;
                }
            }

            /// <summary><c>app.MapPost("/signup", (SignUpForm form) => …)</c>: the handler's parameters are bound from the request.</summary>
            private void AnalyzeEndpoint(OperationAnalysisContext context, Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation)
            {
                var fields = new System.Collections.Generic.List<BoundField>();
                foreach (var argument in invocation.Arguments)
                {
                    var value = argument.Value is Microsoft.CodeAnalysis.Operations.IConversionOperation conversion ? conversion.Operand : argument.Value;
                    if (value is not Microsoft.CodeAnalysis.Operations.IDelegateCreationOperation { Target: { } target })
                    {
                        continue;
                    }

                    var (handler, body) = target switch
                    {
                        Microsoft.CodeAnalysis.Operations.IAnonymousFunctionOperation lambda => (lambda.Symbol, (IOperation?)lambda.Body),
                        Microsoft.CodeAnalysis.Operations.IMethodReferenceOperation reference => (reference.Method, null),
                        _ => (null, null),
                    };
                    if (handler is null)
                    {
                        continue;
                    }

                    foreach (var parameter in handler.Parameters)
                    {
                        if (!binding!.IsService(parameter))
                        {
                            fields.Clear();
                            binding.Collect(parameter, parameter.Type, fields);
                            ReportBound(context.ReportDiagnostic, context.Options, fields, parameter, body, body is null ? handler : context.ContainingSymbol);
                        }
                    }
                }
            }

            private void ReportBound(System.Action<Diagnostic> report, AnalyzerOptions options, System.Collections.Generic.List<BoundField> fields, ISymbol bound, IOperation? inside, ISymbol scope)
            {
                if (fields.Count == 0 || bound.Locations.Length == 0 || !bound.Locations[0].IsInSource)
                {
                    return;
                }

                var location = bound.Locations[0];
                var settings = AnalyzerSettings.For(options, location.SourceTree!);
                var reported = new System.Collections.Generic.HashSet<string>();
                foreach (var field in fields)
                {
                    if (!reported.Add(field.Category))
                    {
                        continue;
                    }

                    var coverage = Coverage.Find(inside, scope, field.Category, index.Annotations, settings);
                    Report(report, location, field.Category, field.Path + " (bound from the request)", "binding:" + field.Path, Platforms.AspNetCore, coverage, scope);
                }
            }

            private void Report(System.Action<Diagnostic> report, Location location, string category, string apiName, string sourceId, string platform, in Coverage coverage, ISymbol containingSymbol, string? confidence = null)
            {
                if (coverage.State == CoverageState.InsideSource)
                {
                    return;
                }

                if (coverage.Declaration?.ApplicationSyntaxReference is { } declaration)
                {
                    used.TryAdd((declaration.SyntaxTree, declaration.Span), 0);
                }

                var categoryName = TaxonomyIndex.CategoryDisplayName(category);
                if (coverage.State == CoverageState.Undeclared)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(Descriptors.CategoryProperty, category);
                    report(Diagnostic.Create(
                        Descriptors.UndeclaredCollection,
                        location,
                        confidence is null ? properties : properties.Add(Descriptors.ConfidenceProperty, confidence),
                        apiName,
                        categoryName,
                        category,
                        ScopeNames.WhereToDeclare(coverage.Innermost)));
                }

                if (policy != null && !policy.Discloses(category))
                {
                    report(Diagnostic.Create(
                        Descriptors.CategoryNotDisclosed,
                        location,
                        PolicyProperties(category, coverage.Declaration),
                        apiName,
                        categoryName,
                        category));
                }

                report(Diagnostic.Create(
                    Descriptors.CollectionSite,
                    location,
                    additionalLocations: DeclarationLocation(coverage.Declaration),
                    properties: InventoryProperties(category, sourceId, platform, coverage, containingSymbol, confidence),
                    apiName,
                    categoryName,
                    category));
            }

            public void CollectDeclaration(SyntaxNodeAnalysisContext context)
            {
                var attribute = (AttributeSyntax)context.Node;
                var declaration = DeclarationSyntax.TryRead(attribute, context.SemanticModel, index.Annotations, context.CancellationToken);
                if (declaration is null)
                {
                    return;
                }

                DeclarationRules.Check(declaration, policy, context.ReportDiagnostic);
                var key = (attribute.SyntaxTree, attribute.Span);
                var settings = AnalyzerSettings.For(context.Options, attribute.SyntaxTree);
                var onAssembly = attribute.Parent is AttributeListSyntax { Target.Identifier.ValueText: "assembly" };
                var onType = attribute.Parent?.Parent is BaseTypeDeclarationSyntax;
                var reason = onAssembly && !settings.AllowAssemblyDeclarations ? ": assembly-level declarations are turned off (" + AnalyzerSettings.AssemblyDeclarationsKey + " = false)"
                    : onType && !settings.AllowTypeDeclarations ? ": type-level declarations are turned off (" + AnalyzerSettings.TypeDeclarationsKey + " = false)"
                    : string.Empty;
                declarations.TryAdd(key, (attribute.GetLocation(), declaration.Category.Id, reason));
            }

            public void ReportUnusedDeclarations(CompilationAnalysisContext context)
            {
                foreach (var pair in declarations)
                {
                    if (!used.ContainsKey(pair.Key))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnusedDeclaration, pair.Value.Location, pair.Value.Category, pair.Value.Reason));
                    }
                }
            }
        }

        private static void ReportPossible(OperationAnalysisContext context, SourceEntry source)
        {
            var rule = source.Argument!;
            var categories = new System.Collections.Generic.SortedSet<string>(rule.CategoriesByValue.Values, System.StringComparer.Ordinal);
            var common = TaxonomyIndex.CommonAncestor(categories);
            var operation = context.Operation;
            var member = operation switch
            {
                Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation => (ISymbol)invocation.TargetMethod,
                Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation property => property.Property,
                Microsoft.CodeAnalysis.Operations.IObjectCreationOperation creation => creation.Constructor!,
                _ => null,
            };
            var api = member is null ? source.MemberId : CollectionSite.NameOf(member, null);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PossibleCollection,
                operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty
                    .Add(Descriptors.CategoryProperty, common)
                    .Add(Descriptors.CategoriesProperty, string.Join(",", categories))
                    .Add(Descriptors.SourceProperty, source.MemberId),
                api,
                rule.ParameterName,
                string.Join(", ", categories)));
        }

        private static ImmutableDictionary<string, string?> PolicyProperties(string category, AttributeData? declaration)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(Descriptors.CategoryProperty, category);
            return declaration is null
                ? properties
                : properties.Add(Descriptors.PurposesProperty, string.Join(",", AnnotationTypes.Purposes(declaration)));
        }

        private static ImmutableDictionary<string, string?> InventoryProperties(string category, string sourceId, string platform, in Coverage coverage, ISymbol containingSymbol, string? confidence)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            if (confidence != null)
            {
                builder.Add(Descriptors.ConfidenceProperty, confidence);
            }

            builder.Add(Descriptors.CategoryProperty, category);
            builder.Add(Descriptors.SourceProperty, sourceId);
            builder.Add(Descriptors.PlatformProperty, platform);
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
