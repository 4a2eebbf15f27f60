using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// ASP.NET Core Identity's lookups of an account by a value (<c>UserManager.FindByEmailAsync(email)</c>,
    /// <c>FindByNameAsync(name)</c>): the catalog reports them because the value they look up is the user's. Where that
    /// value comes from decides whether the lookup obtains it:
    /// <list type="bullet">
    /// <item>from the request a page or an action binds (<c>FindByEmailAsync(Input.Email)</c> on a <c>[BindProperty]</c>,
    /// a handler's <c>string email</c>): the binding is the site, and the lookup only uses what it brought;</item>
    /// <item>from a constant (<c>var admin = "admin@example.com"</c>), the app's configuration (<c>_config["AdminEmail"]</c>)
    /// or a seeding method's parameter: seed or test data, no one's (docs/accuracy.md, "Labelling rules").</item>
    /// <item>from the caller (<c>GetByUsernameAsync(string username) => userManager.FindByNameAsync(username)</c>, a token
    /// service's <c>GetTokenAsync(string userName)</c>): the caller obtained the value (a bound form, a claim), and the lookup
    /// propagates it to the app's own store.</item>
    /// </list>
    /// Any other value (a token's claim, a field) keeps the site. Runs only on matched lookups.
    /// </summary>
    internal static class StoreLookups
    {
        /// <summary>https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.usermanager-1.findbyemailasync</summary>
        private const string FindByEmail = "M:Microsoft.AspNetCore.Identity.UserManager`1.FindByEmailAsync";

        /// <summary>https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.identity.usermanager-1.findbynameasync</summary>
        private const string FindByName = "M:Microsoft.AspNetCore.Identity.UserManager`1.FindByNameAsync";

        public static bool IsLookup(string memberId) => memberId == FindByEmail || memberId == FindByName;

        /// <summary>Whether a matched lookup (<see cref="IsLookup"/>) looks up a value obtained elsewhere or no one's.</summary>
        public static bool ObtainsNothing(IOperation operation)
        {
            if (operation is not IInvocationOperation { Arguments.Length: > 0 } invocation)
            {
                return false;
            }

            var value = invocation.Arguments[0].Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return IsConstant(value) || IsBoundByRequest(value) || IsSeedParameter(value) || IsConfigured(value) || IsPassedIn(value);
        }

        /// <summary>
        /// A value of the app's configuration (<c>FindByNameAsync(_config["AdminEmail"])</c> in a seeder, <c>GetValue&lt;string&gt;</c>,
        /// a section's <c>Value</c>): the app's own settings, as a literal is, no one's data a request brought.
        /// https://learn.microsoft.com/dotnet/api/microsoft.extensions.configuration.iconfiguration.item
        /// </summary>
        private static bool IsConfigured(IOperation value)
            => value switch
            {
                IPropertyReferenceOperation { Property: { } property } => (property.IsIndexer || property.Name == "Value") && IsConfigurationType(property.ContainingType),
                IInvocationOperation { TargetMethod: { } method } => (method.ReducedFrom ?? method).ContainingType is { } type
                    && type.Name is "ConfigurationBinder" or "ConfigurationExtensions" && IsConfigurationNamespace(type.ContainingNamespace),
                _ => false,
            };

        private static bool IsConfigurationType(INamedTypeSymbol type)
        {
            if (type.Name is "IConfiguration" or "IConfigurationSection" or "IConfigurationRoot" && IsConfigurationNamespace(type.ContainingNamespace))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented.Name == "IConfiguration" && IsConfigurationNamespace(implemented.ContainingNamespace))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsConfigurationNamespace(INamespaceSymbol? ns)
            => ns is { Name: "Configuration", ContainingNamespace: { Name: "Extensions", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } };

        /// <summary>
        /// A parameter of a seeding method (<c>SeedData.SeedUser(services, userName, password)</c>, called with the configured
        /// admin's name): the app's own first accounts, as a literal is. Seeding is named so by convention (EF Core's
        /// "data seeding", <c>HasData</c>; https://learn.microsoft.com/ef/core/modeling/data-seeding).
        /// </summary>
        private static bool IsSeedParameter(IOperation value)
            => value is IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol method }
                && (NamesSeeding(method.Name) || (method.ContainingType is { } type && NamesSeeding(type.Name)));

        private static bool NamesSeeding(string name) => name.IndexOf("Seed", System.StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>A parameter of the method that looks up: the value was obtained where the caller got it (<see cref="StoreLookups"/>).</summary>
        private static bool IsPassedIn(IOperation value) => value is IParameterReferenceOperation;

        private static bool IsConstant(IOperation value)
        {
            // A literal, not null: default(string) names no account, and says nothing of where a value would come from.
            if (value.ConstantValue is { HasValue: true, Value: string })
            {
                return true;
            }

            // string admin = "admin@example.com"; … FindByNameAsync(admin): a local that only ever holds a literal.
            if (value is not ILocalReferenceOperation { Local: { } local } || local.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            return local.IsConst
                || (local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax }
                    && !IsAssignedAgain(local, value));
        }

        /// <summary>Whether the local is assigned after its declaration anywhere in the body that reads it.</summary>
        private static bool IsAssignedAgain(ILocalSymbol local, IOperation read)
        {
            var root = read;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            foreach (var descendant in root.Descendants())
            {
                if (descendant is IAssignmentOperation { Target: ILocalReferenceOperation target } && SymbolEqualityComparer.Default.Equals(target.Local, local))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>Input.Email</c> where <c>Input</c> is a <c>[BindProperty]</c> (or on a <c>[BindProperties]</c> page), or a
        /// parameter of a Razor Pages handler (<c>OnGetAsync(string email)</c>) or of a controller's public method.
        /// </summary>
        private static bool IsBoundByRequest(IOperation value)
        {
            switch (value)
            {
                case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol method }:
                    return method.DeclaredAccessibility == Accessibility.Public && !method.IsStatic && method.ContainingType is { } type
                        && ((method.Name.StartsWith("On", System.StringComparison.Ordinal) && DerivesFrom(type, "PageModel", "RazorPages"))
                            || DerivesFrom(type, "ControllerBase", "Mvc"));
                case IPropertyReferenceOperation property:
                    for (IOperation? current = property; current is IPropertyReferenceOperation reference; current = reference.Instance)
                    {
                        if (reference.Instance is IInstanceReferenceOperation && IsBoundProperty(reference.Property))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private static bool IsBoundProperty(IPropertySymbol property)
            => HasMvcAttribute(property, "BindPropertyAttribute") || HasMvcAttribute(property.ContainingType, "BindPropertiesAttribute");

        private static bool HasMvcAttribute(ISymbol symbol, string name)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && type.Name == name && IsMvcNamespace(type.ContainingNamespace, null))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> derives from Microsoft.AspNetCore.Mvc[.<paramref name="last"/>].<paramref name="name"/>.</summary>
        private static bool DerivesFrom(INamedTypeSymbol type, string name, string last)
        {
            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (current.Name == name && IsMvcNamespace(current.ContainingNamespace, last == "Mvc" ? null : last))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Microsoft.AspNetCore.Mvc, or Microsoft.AspNetCore.Mvc.<paramref name="child"/>.</summary>
        private static bool IsMvcNamespace(INamespaceSymbol? ns, string? child)
        {
            if (child != null)
            {
                if (ns?.Name != child)
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns is { Name: "Mvc", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } };
        }
    }
}
