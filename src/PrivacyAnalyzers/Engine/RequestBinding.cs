using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Data collected through ASP.NET Core request binding: a controller action parameter, a
    /// minimal-API handler parameter or a Razor Pages <c>[BindProperty]</c> whose type (or itself)
    /// carries members marked as personal: Identity's <c>[PersonalData]</c> and
    /// <c>[ProtectedPersonalData]</c>, DataAnnotations' <c>[EmailAddress]</c>, <c>[Phone]</c>,
    /// <c>[CreditCard]</c> and <c>[DataType]</c>, or a Microsoft.Extensions.Compliance
    /// <c>DataClassificationAttribute</c>. Types are resolved once per compilation; the personal
    /// members of each bound type are computed once and cached.
    /// </summary>
    internal sealed class RequestBinding
    {
        private const string BindPropertyName = "BindPropertyAttribute";
        private const string BindPropertiesName = "BindPropertiesAttribute";

        /// <summary>How deep bound types are searched for personal members (a form with an Address).</summary>
        private const int MaxDepth = 3;

        private readonly PersonalDataAttributes personal;
        private readonly INamedTypeSymbol? controllerBase;
        private readonly INamedTypeSymbol? controllerAttribute;
        private readonly INamedTypeSymbol? nonAction;
        private readonly INamedTypeSymbol? nonController;
        private readonly INamedTypeSymbol? httpMethod;
        private readonly INamedTypeSymbol? fromServices;
        private readonly INamedTypeSymbol? fromRoute;
        private readonly INamedTypeSymbol? route;
        private readonly INamedTypeSymbol? pageModel;
        private readonly INamedTypeSymbol? pageBase;
        private readonly INamedTypeSymbol? bindProperty;
        private readonly INamedTypeSymbol? bindProperties;
        private readonly INamedTypeSymbol? endpointRouteBuilderExtensions;
        private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<BoundField>> fieldsByType =
            new ConcurrentDictionary<ITypeSymbol, ImmutableArray<BoundField>>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> controllers = new ConcurrentDictionary<INamedTypeSymbol, bool>(concurrencyLevel: 4, capacity: 256, SymbolReferenceComparer.Instance);
        private readonly Func<INamedTypeSymbol, bool> isController;

        public RequestBinding(ReferencedTypes types)
        {
            isController = IsController;
            const string Mvc = "Microsoft.AspNetCore.Mvc.Core";
            personal = new PersonalDataAttributes(types);
            controllerBase = types.Get("Microsoft.AspNetCore.Mvc.ControllerBase", Mvc);
            controllerAttribute = types.Get("Microsoft.AspNetCore.Mvc.ControllerAttribute", Mvc);
            nonAction = types.Get("Microsoft.AspNetCore.Mvc.NonActionAttribute", Mvc);
            nonController = types.Get("Microsoft.AspNetCore.Mvc.NonControllerAttribute", Mvc);
            httpMethod = types.Get("Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute", Mvc);
            fromServices = types.Get("Microsoft.AspNetCore.Mvc.FromServicesAttribute", Mvc);
            fromRoute = types.Get("Microsoft.AspNetCore.Mvc.FromRouteAttribute", Mvc);
            route = types.Get("Microsoft.AspNetCore.Mvc.RouteAttribute", Mvc);
            pageModel = types.Get("Microsoft.AspNetCore.Mvc.RazorPages.PageModel", "Microsoft.AspNetCore.Mvc.RazorPages");
            pageBase = types.Get("Microsoft.AspNetCore.Mvc.RazorPages.PageBase", "Microsoft.AspNetCore.Mvc.RazorPages");
            bindProperty = types.Get("Microsoft.AspNetCore.Mvc.BindPropertyAttribute", Mvc);
            bindProperties = types.Get("Microsoft.AspNetCore.Mvc.BindPropertiesAttribute", Mvc);
            endpointRouteBuilderExtensions = types.Get("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions", "Microsoft.AspNetCore.Routing");
        }

        /// <summary>Whether the compilation can bind requests to annotated types at all.</summary>
        public bool IsEmpty => (controllerBase is null && endpointRouteBuilderExtensions is null && bindProperty is null)
            || personal.IsEmpty;

        /// <summary>Whether a method is an MVC action: public, in a controller, not marked <c>[NonAction]</c>.</summary>
        public bool IsAction(IMethodSymbol method)
        {
            if (method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public
                || method.IsStatic || method.IsAbstract || method.IsGenericMethod || method.ContainingType is not { IsAbstract: false } type)
            {
                return false;
            }

            return (controllers.GetOrAdd(type.OriginalDefinition, isController) || IsRoutedOnUnresolvedBase(method, type) || IsRoutedOnConventionalController(method, type))
                && !Has(method, nonAction);
        }

        /// <summary>
        /// <c>[HttpPost] Create([FromBody] Command command)</c> on a public class named <c>…Controller</c> with no base: ASP.NET
        /// Core's convention makes it a controller (ControllerFeatureProvider: public, not abstract, not generic, named with the
        /// suffix, not [NonController]). Only its routed methods count, so a Unity <c>PlayerController</c> stays a game class.
        /// https://learn.microsoft.com/aspnet/core/mvc/controllers/actions#what-is-a-controller
        /// </summary>
        private bool IsRoutedOnConventionalController(IMethodSymbol method, INamedTypeSymbol type)
            => httpMethod is not null
                && type.DeclaredAccessibility == Accessibility.Public && !type.IsGenericType
                && type.Name.EndsWith("Controller", StringComparison.OrdinalIgnoreCase)
                && !Has(type, nonController)
                && Has(method, httpMethod);

        /// <summary>
        /// <c>[HttpPost] HandleAsync(AuthenticateRequest request)</c> on a type whose base did not resolve (a folder scan
        /// of Ardalis.ApiEndpoints' <c>EndpointBaseAsync</c>, which derives from <c>ControllerBase</c>): the route
        /// attribute says it is an action. https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.mvc.routing.httpmethodattribute
        /// </summary>
        private bool IsRoutedOnUnresolvedBase(IMethodSymbol method, INamedTypeSymbol type)
        {
            if (httpMethod is null || type.BaseType is not { } baseType || baseType.TypeKind != TypeKind.Error && !HasErrorBase(baseType))
            {
                return false;
            }

            return Has(method, httpMethod);
        }

        private static bool HasErrorBase(INamedTypeSymbol type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (current.TypeKind == TypeKind.Error)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsController(INamedTypeSymbol type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, controllerBase) || Has(current, controllerAttribute))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a property is bound from the request by Razor Pages or MVC: <c>[BindProperty]</c> (or <c>[BindProperties]</c>)
        /// on a page or a controller, on a request that posts it (<see cref="BindsOnAnyRequest"/>).
        /// </summary>
        public bool IsBoundProperty(IPropertySymbol property)
        {
            if (property.IsStatic || property.SetMethod == null)
            {
                return false;
            }

            AttributeData? attribute = null;
            if (bindProperty != null && AttributeNames.DeclarationsMayApply(property, BindPropertyName))
            {
                attribute = Find(property, bindProperty);
            }

            if (attribute is null && bindProperties != null && property.ContainingType is { } type && AttributeNames.DeclarationsMayApply(type, BindPropertiesName))
            {
                attribute = Find(type, bindProperties);
            }

            return attribute != null && !IsModelOnly(property.ContainingType) && BindsOnAnyRequest(attribute, property.ContainingType, out var posting)
                && (!posting || PageHandlerUse.Of(property).UsesValue);
        }

        /// <summary>
        /// Whether a <c>[BindProperty]</c> binds on some request the type handles. Without <c>SupportsGet = true</c> it binds on
        /// POST, PUT, PATCH and DELETE only, so on a page whose handlers are all <c>OnGet…</c> (an order page filled from the
        /// database for display) it binds nothing: no one posts to it. A page with no handler method at all, and a controller,
        /// keep their bound properties (the verbs they serve are not written as handler names).
        /// https://learn.microsoft.com/aspnet/core/mvc/models/model-binding#bindproperty-attribute
        /// https://learn.microsoft.com/aspnet/core/razor-pages/#writing-a-basic-form (handler methods: On{Verb}[Handler][Async])
        /// <paramref name="posting"/> says the answer came from a posting handler (<c>OnPost…</c>), whose use of the property
        /// then decides (<see cref="PageHandlerUse"/>).
        /// </summary>
        private static bool BindsOnAnyRequest(AttributeData attribute, INamedTypeSymbol? type, out bool posting)
        {
            posting = false;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "SupportsGet" && named.Value.Value is true)
                {
                    return true;
                }
            }

            var handlers = false;
            for (var current = type; current != null && !IsFrameworkType(current); current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method && PageHandlerVerb(method.Name) is { } verb)
                    {
                        if (!IsReadVerb(verb))
                        {
                            posting = true;
                            return true;
                        }

                        handlers = true;
                    }
                }
            }

            return !handlers;
        }

        /// <summary>
        /// The HTTP verb a Razor Pages handler method's name gives (<c>OnPostDeleteAsync</c>: <c>Post</c>), or null when the
        /// name is not a handler's. https://learn.microsoft.com/aspnet/core/razor-pages/#multiple-handlers-per-page
        /// </summary>
        internal static string? PageHandlerVerb(string name)
        {
            if (name.Length < 5 || !name.StartsWith("On", StringComparison.Ordinal))
            {
                return null;
            }

            foreach (var verb in PageVerbs)
            {
                if (string.CompareOrdinal(name, 2, verb, 0, verb.Length) == 0
                    && (name.Length == 2 + verb.Length || char.IsUpper(name[2 + verb.Length])))
                {
                    return verb;
                }
            }

            return null;
        }

        private static readonly ImmutableArray<string> PageVerbs = ImmutableArray.Create("Get", "Post", "Put", "Patch", "Delete", "Head", "Options");

        /// <summary>GET and HEAD read a page; their parameters are the link's query and route values, not a posted form.</summary>
        private static bool IsReadVerb(string verb) => verb is "Get" or "Head" or "Options";

        /// <summary>
        /// Whether a method is a Razor Pages handler that takes posted input: <c>OnPost(RegisterViewModel input)</c>,
        /// <c>OnPutAsync</c>, on a page (a <c>PageModel</c>, or a type whose base does not resolve in a folder scan). A GET
        /// handler's parameters are the link's route id and query (<c>OnGet(int id)</c>, an emailed confirmation code): the
        /// page they show is not personal input.
        /// </summary>
        public bool IsPostingPageHandler(IMethodSymbol method)
        {
            if (method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public || method.IsStatic
                || method.IsGenericMethod || method.Parameters.Length == 0 || PageHandlerVerb(method.Name) is not { } verb || IsReadVerb(verb)
                || method.ContainingType is not { IsAbstract: false } type || (pageModel is null && pageBase is null))
            {
                return false;
            }

            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, pageModel) || SymbolEqualityComparer.Default.Equals(current, pageBase))
                {
                    return true;
                }

                // A folder scan where the page's base does not resolve: Razor Pages name a page's class …Model.
                if (current.TypeKind == TypeKind.Error)
                {
                    return type.Name.EndsWith("Model", StringComparison.Ordinal);
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a type is a model and not a page or a controller: Razor Pages and MVC bind the properties of the page and
        /// the controller only, so a <c>[BindProperty]</c> on a member of a page's <c>InputModel</c> (Identity's scaffolded
        /// LoginWithRecoveryCode has one) binds nothing of its own; the page's <c>Input</c> is the site.
        /// https://learn.microsoft.com/aspnet/core/mvc/models/model-binding#bindproperty-attribute
        /// A type whose base does not resolve (a folder scan) may be either, and keeps its bound properties.
        /// </summary>
        private bool IsModelOnly(INamedTypeSymbol? type)
        {
            if (type is null || (pageModel is null && pageBase is null && controllerBase is null))
            {
                return false;
            }

            for (var current = type; current != null; current = current.BaseType)
            {
                if (current.TypeKind == TypeKind.Error
                    || SymbolEqualityComparer.Default.Equals(current, pageModel) || SymbolEqualityComparer.Default.Equals(current, pageBase)
                    || SymbolEqualityComparer.Default.Equals(current, controllerBase) || Has(current, controllerAttribute))
                {
                    return false;
                }
            }

            // A class named …Controller with no base is a controller by convention (IsRoutedOnConventionalController).
            return type.ContainingType is not null || !type.Name.EndsWith("Controller", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether an invocation maps a minimal-API endpoint (<c>app.MapPost(…, handler)</c>).</summary>
        public bool IsEndpointMapping(IMethodSymbol method)
            => method.Name.StartsWith("Map", StringComparison.Ordinal)
                && SymbolEqualityComparer.Default.Equals((method.ReducedFrom ?? method).ContainingType, endpointRouteBuilderExtensions);

        public bool IsService(IParameterSymbol parameter) => Has(parameter, fromServices);

        /// <summary>
        /// The personal data a bound parameter or property brings in: its own attributes, then its type's members.
        /// <paramref name="routePattern"/> is a minimal API's route (<c>MapGet("/profiles/{username}", …)</c>), null for MVC,
        /// whose routes are the action's and its controller's attributes.
        /// </summary>
        public void Collect(ISymbol bound, ITypeSymbol type, List<BoundField> fields, string? routePattern = null)
        {
            if (CategoryOf(bound) is { } own)
            {
                fields.Add(new BoundField(own, bound.Name));
            }
            else if (type.SpecialType == SpecialType.System_String && BindingNames.TryGetCategory(bound.Name, out var named)
                && !IsRouteValue(bound, routePattern))
            {
                // A minimal API's (string email) or an action's string phoneNumber: named by what it holds.
                fields.Add(new BoundField(named, bound.Name, ByName: true));
            }
            else if (IsUploadedFile(type) && (BindingNames.NamesProfilePicture(bound.Name) || bound.ContainingSymbol is IMethodSymbol { } action && BindingNames.NamesProfilePicture(action.Name)))
            {
                // UploadAvatar(IFormFile file), [BindProperty] IFormFile ProfilePhoto: the user's picture, uploaded.
                fields.Add(new BoundField(BindingNames.ProfilePicture, bound.Name, ByName: true));
            }

            var members = FieldsOf(type);
            if (bound is IPropertySymbol property && !members.IsEmpty && IsPagePostedTo(property))
            {
                // Members the page sets itself on a posting request (Booking.TheUser = loggedInUser), and inherited members it never
                // reads when it reads only members, are not the form's input (PageHandlerUse).
                var use = PageHandlerUse.Of(property);
                foreach (var field in members)
                {
                    // A page that posts without using the property binds it on GET (SupportsGet): its members stay.
                    if (!use.UsesValue || use.Keeps(MemberUnder(field.Path), field.Inherited))
                    {
                        fields.Add(field);
                    }
                }

                return;
            }

            fields.AddRange(members);
        }

        /// <summary>Whether a bound property's page has a posting handler (<c>OnPost…</c>), whose code then says what it takes in.</summary>
        private static bool IsPagePostedTo(IPropertySymbol property)
        {
            foreach (var member in property.ContainingType.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method && PageHandlerVerb(method.Name) is { } verb && !IsReadVerb(verb))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first member of a bound path (<c>Booking.TheUser.Email</c>: <c>TheUser</c>), or the empty string.</summary>
        private static string MemberUnder(string path)
        {
            var first = path.IndexOf('.');
            if (first < 0)
            {
                return string.Empty;
            }

            var second = path.IndexOf('.', first + 1);
            return second < 0 ? path.Substring(first + 1) : path.Substring(first + 1, second - first - 1);
        }

        /// <summary>
        /// Whether a parameter takes a route value (<c>[HttpGet("{username}")] Get(string username)</c>, <c>[FromRoute]</c>):
        /// a key that names the resource the request acts on (the profile viewed, the member followed), typed by no one
        /// into a form. Its name says whose key it is, not that the caller gives data about themselves, so a name alone
        /// does not make it a site; an annotation still does.
        /// https://learn.microsoft.com/aspnet/core/mvc/controllers/routing#route-templates
        /// </summary>
        private bool IsRouteValue(ISymbol bound, string? routePattern)
        {
            if (bound is not IParameterSymbol parameter)
            {
                return false;
            }

            if (Has(parameter, fromRoute) || (routePattern != null && NamesRouteParameter(routePattern, parameter.Name)))
            {
                return true;
            }

            return parameter.ContainingSymbol is IMethodSymbol method
                && (RoutesName(method, parameter.Name) || (method.ContainingType is { } type && RoutesName(type, parameter.Name)));
        }

        /// <summary>Whether a <c>[Route]</c> or <c>[Http*]</c> template on <paramref name="symbol"/> has the parameter <paramref name="name"/>.</summary>
        private bool RoutesName(ISymbol symbol, string name)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type
                    && (PersonalDataAttributes.InheritsFrom(type, httpMethod) || PersonalDataAttributes.InheritsFrom(type, route))
                    && attribute.ConstructorArguments.Length > 0
                    && attribute.ConstructorArguments[0].Value is string template
                    && NamesRouteParameter(template, name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a route template has the parameter <paramref name="name"/>: <c>{name}</c>, <c>{name:int}</c>, <c>{name?}</c>,
        /// <c>{name=default}</c> or a catch-all <c>{*name}</c>. Route parameter names ignore case.
        /// </summary>
        internal static bool NamesRouteParameter(string template, string name)
        {
            for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
            {
                var start = open + 1;
                while (start < template.Length && template[start] == '*')
                {
                    start++;
                }

                var end = start + name.Length;
                if (end < template.Length
                    && string.Compare(template, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && template[end] is '}' or ':' or '?' or '=')
                {
                    return true;
                }
            }

            return false;
        }

        private ImmutableArray<BoundField> FieldsOf(ITypeSymbol type)
            => fieldsByType.GetOrAdd(type, t => Compute(t, MaxDepth, t.Name));

        private ImmutableArray<BoundField> Compute(ITypeSymbol type, int depth, string path)
        {
            if (depth == 0 || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
                || IsFrameworkType(type))
            {
                return ImmutableArray<BoundField>.Empty;
            }

            var fields = ImmutableArray.CreateBuilder<BoundField>();
            var specific = 0;
            List<IPropertySymbol>? vague = null;
            BindingNames.PersonShape shape = default;
            HashSet<string>? seen = null;
            foreach (var property in BindableProperties(type))
            {
                if (type.BaseType is { SpecialType: not SpecialType.System_Object } && !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(property.Name))
                {
                    // Hidden or overridden by a member of a derived type, seen first.
                    continue;
                }

                if (!SymbolEqualityComparer.Default.Equals(property.ContainingType, type) && IsFrameworkType(property.ContainingType))
                {
                    // A member inherited from the framework (Identity's IdentityUser under an app's AppUser form) binds what its
                    // own annotation names specifically ([ProtectedPersonalData] Email, UserName, PhoneNumber); its bookkeeping
                    // (Id, EmailConfirmed, PasswordHash, SecurityStamp) is not typed into a form. Only on the bound type itself:
                    // an account held by another type (a scoped CurrentUser service's User) is the store's, loaded, not posted.
                    if (depth == MaxDepth && CategoryOf(property) is { } inherited && inherited != "user")
                    {
                        fields.Add(new BoundField(inherited, path + "." + property.Name, Inherited: true));
                        shape = shape.With(inherited);
                        specific++;
                    }

                    continue;
                }

                if (CategoryOf(property) is { } category)
                {
                    fields.Add(new BoundField(category, path + "." + property.Name));
                    shape = shape.With(category);
                    specific++;
                }
                else if (IsScalar(property.Type) && BindingNames.TryGetCategory(property.Name, out var named))
                {
                    fields.Add(new BoundField(named, path + "." + property.Name, ByName: true));
                    shape = shape.With(named);
                    specific++;
                }
                else if (IsScalar(property.Type) && BindingNames.SaysTooLittleAlone(property.Name))
                {
                    (vague ??= new List<IPropertySymbol>()).Add(property);
                }
                else if (property.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } nested && !SymbolEqualityComparer.Default.Equals(nested, type)
                    && !PointsBackTo(nested, type))
                {
                    fields.AddRange(Compute(nested, depth - 1, path + "." + property.Name));
                }
            }

            // A name that says too little alone (Name, City, Image) says what it holds beside a member that names
            // personal data: UserData { Username, Email, Bio, Image }, an address { Street, City, ZipCode }. On a
            // product or a media library, with no such member, it stays silent.
            if (vague != null && specific > 0)
            {
                foreach (var property in vague)
                {
                    if (BindingNames.TryGetCategoryBeside(property.Name, shape, out var beside))
                    {
                        fields.Add(new BoundField(beside, path + "." + property.Name, ByName: true));
                    }
                }
            }

            return fields.ToImmutable();
        }

        /// <summary>
        /// The public instance properties a bound type's members come from: its own, then those of its bases (the app's
        /// <c>AppUsers : IdentityUser</c> binds the inherited <c>Email</c> too), up to <c>object</c>.
        /// </summary>
        private static IEnumerable<IPropertySymbol> BindableProperties(ITypeSymbol type)
        {
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsIndexer: false } property)
                    {
                        yield return property;
                    }
                }
            }
        }

        /// <summary>
        /// Whether a member's type refers back to the type that holds it (<c>CartItem.Cart</c> where <c>Cart</c> has a
        /// <c>List&lt;CartItem&gt;</c>; <c>Order.Cart</c> where <c>Cart</c> has a <c>List&lt;Order&gt;</c>): an entity's
        /// navigation property, the other end of a relationship the database fills, not a part of the form the request
        /// posts. A form's own parts (an <c>Address</c> of a sign-up form) do not know the form.
        /// https://learn.microsoft.com/ef/core/modeling/relationships/navigations
        /// </summary>
        private static bool PointsBackTo(INamedTypeSymbol nested, ITypeSymbol holder)
        {
            foreach (var member in nested.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false } property)
                {
                    continue;
                }

                var type = property.Type is IArrayTypeSymbol array ? array.ElementType : property.Type;
                if (SymbolEqualityComparer.Default.Equals(type, holder))
                {
                    return true;
                }

                if (type is INamedTypeSymbol { IsGenericType: true } generic)
                {
                    foreach (var argument in generic.TypeArguments)
                    {
                        if (SymbolEqualityComparer.Default.Equals(argument, holder))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// A type of the framework's own (<c>System.*</c>, <c>Microsoft.*</c> from a reference), whose members are not
        /// the request's data. A type declared in source is the app's own whatever its namespace: eShopOnWeb's view
        /// models live in <c>Microsoft.eShopWeb.*</c>.
        /// </summary>
        private static bool IsFrameworkType(ITypeSymbol type)
        {
            if (RootNamespace(type) is not ("System" or "Microsoft"))
            {
                return false;
            }

            foreach (var location in type.Locations)
            {
                if (location.IsInSource)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The category a member's attributes give it, or null when it is not marked personal.</summary>
        private string? CategoryOf(ISymbol member)
        {
            var attributes = member.GetAttributes();
            if (member is IPropertySymbol property)
            {
                // Positional record members carry [property: …]; [param: …] stays on the parameter.
                attributes = attributes.AddRange(PrimaryConstructorParameterAttributes(property));
            }

            return personal.CategoryOf(member, attributes);
        }

        private static IEnumerable<AttributeData> PrimaryConstructorParameterAttributes(IPropertySymbol property)
        {
            if (property.ContainingType is not { IsRecord: true } record)
            {
                yield break;
            }

            foreach (var constructor in record.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name && SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type))
                    {
                        foreach (var attribute in parameter.GetAttributes())
                        {
                            yield return attribute;
                        }

                        yield break;
                    }
                }
            }
        }

        /// <summary>
        /// An uploaded file (<c>IFormFile</c>, what a multipart form's file input binds to).
        /// https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.iformfile
        /// </summary>
        private static bool IsUploadedFile(ITypeSymbol type)
            => type is INamedTypeSymbol { Name: "IFormFile", ContainingNamespace: { Name: "Http", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } } };

        /// <summary>A value a form field or JSON member binds to directly: a string, a number, a date.</summary>
        private static bool IsScalar(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type.SpecialType is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_DateTime
                || type.Name is "DateOnly" or "DateTimeOffset";
        }

        private static string? RootNamespace(ITypeSymbol type)
        {
            var ns = type.ContainingNamespace;
            while (ns is { ContainingNamespace.IsGlobalNamespace: false })
            {
                ns = ns.ContainingNamespace;
            }

            return ns is { IsGlobalNamespace: false } ? ns.Name : null;
        }


        private static AttributeData? Find(ISymbol symbol, INamedTypeSymbol attributeType)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && PersonalDataAttributes.InheritsFrom(type, attributeType))
                {
                    return attribute;
                }
            }

            return null;
        }

        private static bool Has(ISymbol symbol, INamedTypeSymbol? attributeType)
        {
            if (attributeType is null)
            {
                return false;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (PersonalDataAttributes.InheritsFrom(attribute.AttributeClass!, attributeType))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A personal member reached through binding: its category and its path (<c>SignUpForm.Email</c>).</summary>
    /// <param name="Category">The category the member holds.</param>
    /// <param name="Path">The bound type and member path.</param>
    /// <param name="ByName">True when only the member's name says what it holds (no annotation): a lower confidence.</param>
    /// <param name="Inherited">True for a member the bound type inherits from the framework (<c>IdentityUser.PhoneNumber</c>).</param>
    internal readonly record struct BoundField(string Category, string Path, bool ByName = false, bool Inherited = false);
}
