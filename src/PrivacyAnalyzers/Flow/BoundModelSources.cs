using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Bound request models as flow sources: the members of the types bound by the compilation's actions (and by
    /// pages' and controllers' <c>[BindProperty]</c> properties) that the site detector's bound-model rule
    /// (<see cref="RequestBinding"/>, reported by <c>BoundModelSites</c>) finds personal, at that rule's confidence:
    /// an annotated member at full confidence, a member named for what it holds (<c>FullName</c>,
    /// <c>DateOfBirth</c>) at name confidence, and only while <c>privacy_analyzers.bound_member_names</c> is on.
    /// A member is a source wherever it is read, as an annotated member is: an action that hands its request to
    /// a service (<c>accounts.Register(request)</c>) still hands over what the request carries.
    /// A name that says what it holds only beside personal data (a <c>City</c> next to an <c>Email</c>) is a
    /// site of the form, but not what a value read from it is (a destination's city in a prompt is not the
    /// guest's address), so such members do not start a flow.
    /// Minimal-API handlers (<c>app.MapPost("/x", (string email, ILogger&lt;P&gt; log) =&gt; …)</c>, or a method group) bind
    /// their parameters as the site rule's <c>AnalyzeEndpoint</c> does; a lambda's parameters are kept by their declaration's
    /// location (each semantic model makes its own lambda symbols), a method's by symbol.
    /// The bound members are found once per compilation, on first need, with one walk over its own types and one over
    /// the syntax of the files that may map an endpoint.
    /// </summary>
    internal sealed class BoundModelSources
    {
        private readonly PrivacyContext privacy;
        private readonly RequestBinding? binding;

        private readonly INamedTypeSymbol? endpoints;

        // Bound members (properties) and bound scalar parameters, by symbol, with the site each is; and the bound
        // parameters of minimal-API lambdas, by the location of their declaration.
        private Found? bound;

        public BoundModelSources(PrivacyContext privacy)
        {
            this.privacy = privacy;
            binding = privacy.Binding;
            endpoints = binding is null ? null : privacy.Types.Get("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions", "Microsoft.AspNetCore.Routing");
        }

        /// <summary>Whether the compilation binds no request models at all.</summary>
        public bool IsEmpty => binding is null;

        /// <summary>
        /// Whether some minimal-API handler lambda of the compilation has a parameter bound from the request: only then can
        /// a lambda's parameter without an attribute be a source (the flow pre-check skips them otherwise).
        /// </summary>
        public bool BindsLambdaParameters => binding != null && Members().LambdaParameters.Count > 0;

        /// <summary>Whether a property is a bound model's personal member (cheap checks first).</summary>
        public bool Contains(ISymbol member)
            => binding != null && member is IPropertySymbol or IParameterSymbol && Lookup(member) != null;

        /// <summary>Whether one of a method's own parameters is bound from the request and personal (an action's <c>string email</c>).</summary>
        public bool BindsParameterOf(IMethodSymbol method)
        {
            if (binding is null || method.Parameters.IsEmpty)
            {
                return false;
            }

            var members = Members().Symbols;
            foreach (var parameter in method.Parameters)
            {
                if (members.ContainsKey(parameter.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The site a bound model's member (<c>request.FullName</c>) or a bound parameter is, read in <paramref name="owner"/>, or null.</summary>
        public CollectionSite? SiteOf(ISymbol member, ISymbol? owner)
        {
            if (binding is null || member is not (IPropertySymbol or IParameterSymbol) || Lookup(member) is not { } site)
            {
                return null;
            }

            return owner is null ? site : new CollectionSite(
                site.Category,
                site.Api,
                SiteKind.RequestBinding,
                boundPath: site.BoundPath,
                platform: Platforms.AspNetCore,
                member: ScopeNames.MemberName(owner),
                confidence: site.Confidence);
        }

        /// <summary>The site a bound member or parameter is (a lambda's parameter by its declaration), or null.</summary>
        private CollectionSite? Lookup(ISymbol member)
        {
            var found = Members();
            if (found.Symbols.TryGetValue(member.OriginalDefinition, out var site))
            {
                return site;
            }

            return found.LambdaParameters.Count > 0
                && member is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction }, Locations: { Length: > 0 } locations }
                && found.LambdaParameters.TryGetValue(locations[0], out var parameterSite) ? parameterSite : null;
        }

        private Found Members()
        {
            var known = Volatile.Read(ref bound);
            if (known is null)
            {
                Interlocked.CompareExchange(ref bound, Find(), null);
                known = Volatile.Read(ref bound)!;
            }

            return known;
        }

        private Found Find()
        {
            var found = new Found();
            var fields = new List<BoundField>();
            foreach (var type in OwnClasses.Of(privacy.Compilation.Assembly))
            {
                AddBoundBy(type, fields, found);
            }

            if (endpoints != null)
            {
                foreach (var tree in privacy.Compilation.SyntaxTrees)
                {
                    AddEndpointHandlers(tree, fields, found);
                }
            }

            return found;
        }

        /// <summary>
        /// The handlers a file maps (<c>app.MapPost(pattern, handler)</c>, <c>group.MapGet(…)</c>): a text check first
        /// (an endpoint mapping is written <c>.Map…</c>), then the invocations named <c>Map…</c>, then the symbol
        /// (<see cref="RequestBinding.IsEndpointMapping"/>), as the site rule's <c>BoundModelSites.AnalyzeEndpoint</c>.
        /// </summary>
        private void AddEndpointHandlers(SyntaxTree tree, List<BoundField> fields, Found found)
        {
            if (!tree.TryGetText(out var text))
            {
                text = tree.GetText();
            }

            if (text.ToString().IndexOf(".Map", StringComparison.Ordinal) < 0)
            {
                return;
            }

            SemanticModel? model = null;
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } } invocation
                    || !name.StartsWith("Map", StringComparison.Ordinal))
                {
                    continue;
                }

#pragma warning disable RS1030 // Once per compilation, for the files that map endpoints: which parameters a handler binds.
                model ??= privacy.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (model.GetOperation(invocation) is IInvocationOperation mapping && binding!.IsEndpointMapping(mapping.TargetMethod))
                {
                    AddHandler(mapping, fields, found);
                }
            }
        }

        /// <summary>A mapped handler's parameters bound from the request (a lambda's, or a method group's).</summary>
        private void AddHandler(IInvocationOperation mapping, List<BoundField> fields, Found found)
        {
            string? pattern = null;
            foreach (var argument in mapping.Arguments)
            {
                if (argument.Parameter?.Name == "pattern")
                {
                    pattern = SiteDetector.ConstantString(argument.Value);
                }
            }

            foreach (var argument in mapping.Arguments)
            {
                var value = argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value;
                var handler = value is IDelegateCreationOperation { Target: { } target } ? target switch
                {
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    IMethodReferenceOperation reference => reference.Method.OriginalDefinition,
                    _ => null,
                } : null;
                if (handler is null)
                {
                    continue;
                }

                foreach (var parameter in handler.Parameters)
                {
                    if (!binding!.IsService(parameter) && !IsInjected(parameter.Type))
                    {
                        Add(parameter, parameter.Type, fields, found, pattern);
                    }
                }
            }
        }

        /// <summary>
        /// A handler parameter minimal APIs do not read from the request: an interface (a service: a logger, a store), or
        /// one of the framework's own types (<c>HttpContext</c>, <c>CancellationToken</c>, <c>ClaimsPrincipal</c>, a stream).
        /// The app's own types (even in a <c>Microsoft.*</c> namespace, as Microsoft's samples are) are its request models.
        /// https://learn.microsoft.com/aspnet/core/fundamentals/minimal-apis/parameter-binding#special-types
        /// </summary>
        private bool IsInjected(ITypeSymbol type)
        {
            if (type.TypeKind is TypeKind.Interface or TypeKind.Delegate or TypeKind.TypeParameter)
            {
                return true;
            }

            if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, privacy.Compilation.Assembly))
            {
                return false;
            }

            var root = type.ContainingNamespace;
            while (root?.ContainingNamespace is { IsGlobalNamespace: false } outer)
            {
                root = outer;
            }

            if (root?.Name == "Microsoft")
            {
                return true;
            }

            var ns = type.ContainingNamespace;
            return IsNamespace(ns, "System", "Threading") || IsNamespace(ns, "System", "Security", "Claims")
                || IsNamespace(ns, "System", "IO") || IsNamespace(ns, "System", "IO", "Pipelines");
        }

        private static bool IsNamespace(INamespaceSymbol? ns, params string[] names)
        {
            for (var i = names.Length - 1; i >= 0; i--, ns = ns.ContainingNamespace)
            {
                if (ns is null || ns.Name != names[i])
                {
                    return false;
                }
            }

            return ns is { IsGlobalNamespace: true };
        }

        /// <summary>What one type binds: its actions' parameters, its <c>[BindProperty]</c> properties.</summary>
        private void AddBoundBy(INamedTypeSymbol type, List<BoundField> fields, Found found)
        {
            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IMethodSymbol method when binding!.IsAction(method) || binding.IsPostingPageHandler(method):
                        // The site rule's entry points (BoundModelSites): an action, or a page's handler of posted input.
                        foreach (var parameter in method.Parameters)
                        {
                            if (!binding.IsService(parameter))
                            {
                                Add(parameter, parameter.Type, fields, found);
                            }
                        }

                        break;
                    case IPropertySymbol property when binding!.IsBoundProperty(property):
                        Add(property, property.Type, fields, found);
                        break;
                }
            }
        }

        /// <summary>The personal members one bound parameter or property brings in, each resolved from its path to its symbol.</summary>
        private void Add(ISymbol bound, ITypeSymbol type, List<BoundField> fields, Found found, string? routePattern = null)
        {
            fields.Clear();
            binding!.Collect(bound, type, fields, routePattern);
            if (fields.Count == 0 || bound.Locations.Length == 0 || bound.Locations[0].SourceTree is not { } tree)
            {
                return;
            }

            var names = privacy.Settings(tree).BoundMemberNames;
            foreach (var field in fields)
            {
                var segments = field.Path.Split('.');
                if (field.ByName && (!names || (!BindingNames.TryGetCategory(segments[segments.Length - 1], out _) && !IsNameOfItsPerson(field))))
                {
                    // Off by option, or a name that says what it holds only beside other personal members.
                    continue;
                }

                var site = new CollectionSite(
                    field.Category,
                    field.Path,
                    SiteKind.RequestBinding,
                    boundPath: field.Path,
                    platform: Platforms.AspNetCore,
                    confidence: field.ByName ? CollectionSite.NameConfidence : null);
                if (segments.Length == 1 && bound is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } })
                {
                    // A minimal API's lambda parameter (`(string email) => …`): by where it is declared.
                    if (!found.LambdaParameters.ContainsKey(bound.Locations[0]))
                    {
                        found.LambdaParameters.Add(bound.Locations[0], site);
                    }

                    continue;
                }

                // A path of one segment is the bound parameter itself (an action's `string phoneNumber`);
                // a bound property by itself is read through its page, whose handlers see it as a member.
                var symbol = segments.Length == 1 ? (bound is IParameterSymbol ? bound.OriginalDefinition : null) : Resolve(type, segments);
                if (symbol is null || found.Symbols.ContainsKey(symbol))
                {
                    continue;
                }

                found.Symbols.Add(symbol, site);
            }
        }

        /// <summary>
        /// A <c>Name</c> beside the personal members of its type (an emergency contact's <c>Name</c> beside its
        /// <c>Phone</c>, a profile's beside its email) names the person they belong to, whatever it is later put in:
        /// unlike a <c>City</c> beside an email, which may be anyone's destination, a name on a person's record is theirs.
        /// </summary>
        private static bool IsNameOfItsPerson(BoundField field)
            => field.Category is "user.name" or "user.account.username";

        /// <summary>The property a bound path names (<c>BookingRequest.Contact.Phone</c>: the type's name, then members), or null.</summary>
        private static ISymbol? Resolve(ITypeSymbol type, string[] segments)
        {
            IPropertySymbol? current = null;
            var holder = type;
            for (var i = 1; i < segments.Length; i++)
            {
                current = null;
                foreach (var member in holder.GetMembers(segments[i]))
                {
                    if (member is IPropertySymbol { IsStatic: false } property)
                    {
                        current = property;
                        break;
                    }
                }

                if (current is null)
                {
                    return null;
                }

                holder = current.Type;
            }

            return current?.OriginalDefinition;
        }

        /// <summary>What the compilation binds: members and parameters by symbol, minimal-API lambda parameters by declaration.</summary>
        private sealed class Found
        {
            public Dictionary<ISymbol, CollectionSite> Symbols { get; } = new Dictionary<ISymbol, CollectionSite>(SymbolReferenceComparer.Instance);

            public Dictionary<Location, CollectionSite> LambdaParameters { get; } = new Dictionary<Location, CollectionSite>();
        }
    }
}
