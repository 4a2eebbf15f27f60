using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// How real code reads what the catalog knows, where the catalog's ids alone cannot tell:
    /// <list type="bullet">
    /// <item>shapes no catalog id names: a claim picked by a LINQ lambda (<c>Claims.First(c => c.Type == ClaimTypes.Email)</c>),
    /// a header read through the dictionary members <c>IHeaderDictionary</c> inherits (<c>TryGetValue</c>, <c>ContainsKey</c>);</item>
    /// <item>catalogued members whose use decides what they yield: a cookie by its name (an identifier, a consent
    /// record, app state), a session by what is read from it (its id, or a value under a key that names personal data),
    /// and writes that collect nothing (<c>Response.Cookies.Delete</c>, <c>Session.SetString</c>).</item>
    /// </list>
    /// The value tables are the catalog's own (the claim types of <c>FindFirst</c>, the header names of the header
    /// indexer), reached through <see cref="SourceIndex.Entry"/>, so one
    /// table answers every shape. Everything here runs after a cheap name check, on the few operations left.
    /// </summary>
    internal static class UseShapes
    {
        /// <summary>The claim-types table's owner. https://learn.microsoft.com/dotnet/api/system.security.claims.claimsprincipal.findfirst</summary>
        private const string ClaimTableOwner = "M:System.Security.Claims.ClaimsPrincipal.FindFirst(System.String)";

        /// <summary>The personal-headers table's owner. https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.http.iheaderdictionary.item</summary>
        private const string HeaderTableOwner = "P:Microsoft.AspNetCore.Http.IHeaderDictionary.Item(System.String)";

        private const string RequestCookies = "P:Microsoft.AspNetCore.Http.HttpRequest.Cookies";
        private const string ResponseCookies = "P:Microsoft.AspNetCore.Http.HttpResponse.Cookies";

        /// <summary>
        /// A site of a shape no catalog id names, or false. Called for operations the catalog did not match, so
        /// the first test is the invoked method's name.
        /// </summary>
        public static bool TryMatch(IOperation operation, SourceIndex index, out SiteMatch site)
        {
            site = default;
            if (operation is not IInvocationOperation invocation)
            {
                return false;
            }

            // Most calls end here: no shape's method name is shorter than 3 or longer than 15 characters, or
            // starts with another letter (First, Single, Last, Where, Any, Count, TryGetValue, ContainsKey).
            var name = invocation.TargetMethod.Name;
            if (name.Length < 3 || name.Length > 15 || name[0] is not ('T' or 'C' or 'F' or 'S' or 'L' or 'W' or 'A'))
            {
                return false;
            }

            switch (name)
            {
                case "TryGetValue":
                case "ContainsKey":
                    return TryHeaderDictionaryRead(invocation, index, out site);
                case "First":
                case "FirstOrDefault":
                case "Single":
                case "SingleOrDefault":
                case "Last":
                case "LastOrDefault":
                case "Where":
                case "Any":
                case "Count":
                    return TryClaimQuery(invocation, index, out site);
                case "ToList":
                case "ToArray":
                case "Select":
                    return TryAllClaims(invocation, index, out site);
                default:
                    return false;
            }
        }

        /// <summary>
        /// What a matched catalogued member yields in this use: its category, another category, or null when the
        /// use collects nothing. Cookies and Identity's lookups by a value (<see cref="StoreLookups"/>) depend on their use; every
        /// other match is unchanged.
        /// </summary>
        public static string? Refine(in SiteMatch match, SourceIndex index, in AnalyzerSettings settings)
        {
            var id = match.Source.MemberId;
            if (id == RequestCookies || id == ResponseCookies)
            {
                return CookieUse(match.Operation, match.Category, settings.AppStateCookies);
            }

            if (StoreLookups.IsLookup(id) && StoreLookups.ObtainsNothing(match.Operation))
            {
                return null;
            }

            if (ExternalPrincipal.IsIdentityName(id) && ExternalPrincipal.ReadsExternalName(match.Operation))
            {
                return ExternalPrincipal.NameCategory;
            }

            return match.Category;
        }

        /// <summary><c>Request.Headers.TryGetValue("User-Agent", out …)</c>, <c>Headers.ContainsKey(HeaderNames.Referer)</c>.</summary>
        private static bool TryHeaderDictionaryRead(IInvocationOperation invocation, SourceIndex index, out SiteMatch site)
        {
            site = default;
            var method = invocation.TargetMethod;
            if (method.ContainingType is not { Name: "IDictionary", Arity: 2 } dictionary
                || !IsIn(dictionary.ContainingNamespace, "System", "Collections", "Generic")
                || invocation.Instance?.Type is not { } receiver
                || !IsHeaderDictionary(receiver)
                || index.Entry(HeaderTableOwner) is not { Argument: { } rule } entry)
            {
                return false;
            }

            var category = SiteDetector.CategoryFromArgument(rule, invocation.Arguments, out var value);
            if (category is null)
            {
                return false;
            }

            site = new SiteMatch(invocation, method, entry, category, value);
            return true;
        }

        /// <summary><c>User.Claims.FirstOrDefault(c => c.Type == ClaimTypes.Email)</c>, and the same over any claims.</summary>
        private static bool TryClaimQuery(IInvocationOperation invocation, SourceIndex index, out SiteMatch site)
        {
            site = default;
            var method = invocation.TargetMethod;
            if (method.ContainingType is not { Name: "Enumerable" } enumerable
                || !IsIn(enumerable.ContainingNamespace, "System", "Linq")
                || method.TypeArguments.Length != 1
                || !IsClaim(method.TypeArguments[0]))
            {
                return false;
            }

            foreach (var argument in invocation.Arguments)
            {
                var value = argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value;
                if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                    && ComparedClaimType(lambda.Body) is { } type
                    && index.Entry(ClaimTableOwner) is { Argument: { } rule } entry)
                {
                    if (!rule.CategoriesByValue.TryGetValue(type, out var category))
                    {
                        return false;
                    }

                    site = new SiteMatch(invocation, method, entry, category, type);
                    return true;
                }

                if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation helperLambda }
                    && method.Name is not ("Any" or "Count")
                    && ComparesClaimTypeWithHelperParameter(helperLambda.Body)
                    && index.Entry(ClaimTableOwner) is { } helperEntry)
                {
                    // Jellyfin's GetClaimValue(in ClaimsPrincipal user, string name): the helper every claim read goes through.
                    site = new SiteMatch(invocation, method, helperEntry, "user", null);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a lambda compares a claim's <c>Type</c> with a string parameter of a method that takes the principal
        /// (Jellyfin's <c>static string? GetClaimValue(in ClaimsPrincipal user, string name) => user.Claims.FirstOrDefault(c =>
        /// c.Type.Equals(name))?.Value</c>): a helper that reads whichever claim its callers name, their user's data
        /// (<c>user</c>). A run-time type anywhere else stays silent.
        /// </summary>
        private static bool ComparesClaimTypeWithHelperParameter(IOperation body)
        {
            foreach (var descendant in body.DescendantsAndSelf())
            {
                IOperation? left = null, right = null;
                switch (descendant)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } binary:
                        (left, right) = (binary.LeftOperand, binary.RightOperand);
                        break;
                    case IInvocationOperation { TargetMethod.Name: "Equals" } call:
                        left = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                        right = call.Instance != null ? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null) : (call.Arguments.Length > 1 ? call.Arguments[1].Value : null);
                        break;
                }

                if (left != null && right != null
                    && ((IsClaimType(left) && IsPrincipalHelperParameter(right)) || (IsClaimType(right) && IsPrincipalHelperParameter(left))))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPrincipalHelperParameter(IOperation operation)
        {
            if (Unwrap(operation) is not IParameterReferenceOperation { Parameter: { Type.SpecialType: SpecialType.System_String, ContainingSymbol: IMethodSymbol helper } })
            {
                return false;
            }

            foreach (var parameter in helper.Parameters)
            {
                if (IsType(parameter.Type, "ClaimsPrincipal", "System", "Security", "Claims") || IsType(parameter.Type, "ClaimsIdentity", "System", "Security", "Claims"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Every claim of a principal copied or projected to its values: <c>externalUser.Claims.ToList()</c>,
        /// <c>principal.Claims.Select(c => $"{c.Type}: {c.Value}")</c> (IdentityServer's Quickstart logs and provisions them).
        /// All of the user's claims are personal data (<c>user</c>); a projection to the types alone reads none of it.
        /// </summary>
        private static bool TryAllClaims(IInvocationOperation invocation, SourceIndex index, out SiteMatch site)
        {
            site = default;
            var method = invocation.TargetMethod;
            // The source (`….Claims`) before the type arguments: every Select, ToList and ToArray of the code comes here, and
            // a constructed method's TypeArguments builds an array of public symbols on each call.
            if (method.ContainingType is not { Name: "Enumerable" } enumerable
                || !IsIn(enumerable.ContainingNamespace, "System", "Linq")
                || invocation.Arguments.Length == 0
                || Unwrap(invocation.Arguments[0].Value) is not IPropertyReferenceOperation { Property: { Name: "Claims" } claims }
                || method.TypeArguments.Length == 0
                || !IsClaim(method.TypeArguments[0])
                || !IsType(claims.ContainingType, "ClaimsPrincipal", "System", "Security", "Claims") && !IsType(claims.ContainingType, "ClaimsIdentity", "System", "Security", "Claims")
                || index.Entry(ClaimTableOwner) is not { } entry)
            {
                return false;
            }

            if (method.Name == "Select" && !ProjectsClaimValues(invocation))
            {
                return false;
            }

            site = new SiteMatch(invocation, method, entry, "user", null);
            return true;
        }

        private static bool ProjectsClaimValues(IInvocationOperation invocation)
        {
            for (var i = 1; i < invocation.Arguments.Length; i++)
            {
                var value = invocation.Arguments[i].Value is IConversionOperation conversion ? conversion.Operand : invocation.Arguments[i].Value;
                if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
                {
                    foreach (var descendant in lambda.Body.DescendantsAndSelf())
                    {
                        if (descendant is IPropertyReferenceOperation { Property: { Name: "Value" } property } && IsClaim(property.ContainingType))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>The constant a lambda compares a claim's <c>Type</c> with (<c>==</c>, <c>Equals</c>, <c>string.Equals</c>), or null.</summary>
        private static string? ComparedClaimType(IOperation body)
        {
            foreach (var descendant in body.DescendantsAndSelf())
            {
                switch (descendant)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } binary:
                        if (ClaimTypeAndConstant(binary.LeftOperand, binary.RightOperand) is { } found)
                        {
                            return found;
                        }

                        break;
                    case IInvocationOperation { TargetMethod.Name: "Equals" } call:
                        var left = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                        var right = call.Instance != null ? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null) : (call.Arguments.Length > 1 ? call.Arguments[1].Value : null);
                        if (left != null && right != null && ClaimTypeAndConstant(left, right) is { } equal)
                        {
                            return equal;
                        }

                        break;
                }
            }

            return null;
        }

        private static string? ClaimTypeAndConstant(IOperation a, IOperation b)
        {
            if (IsClaimType(a) && SiteDetector.ConstantString(Unwrap(b)) is { } right)
            {
                return right;
            }

            return IsClaimType(b) && SiteDetector.ConstantString(Unwrap(a)) is { } left ? left : null;
        }

        private static bool IsClaimType(IOperation operation)
            => Unwrap(operation) is IPropertyReferenceOperation { Property: { Name: "Type" } property } && IsClaim(property.ContainingType);

        private static IOperation Unwrap(IOperation operation)
            => operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;

        /// <summary>
        /// A cookie is what its name shows: consent records and app state (theme, language, preview mode) are not
        /// identifiers; deleting a cookie collects nothing; a name that names personal data or the site's account is that
        /// datum (<see cref="CookieNames.PersonalCategory"/>). A name that shows nothing, or is not a constant, keeps the
        /// member's category (a cookie identifier).
        /// </summary>
        private static string? CookieUse(IOperation cookies, string category, bool appStateCookies)
        {
            ImmutableArray<IArgumentOperation> arguments;
            switch (cookies.Parent)
            {
                case IInvocationOperation { TargetMethod.Name: "Delete" } delete when delete.Instance == cookies:
                    return null;
                case IInvocationOperation call when call.Instance == cookies:
                    arguments = call.Arguments;
                    break;
                case IPropertyReferenceOperation { Arguments.Length: 1 } indexer when indexer.Instance == cookies:
                    arguments = indexer.Arguments;
                    break;
                default:
                    return category;
            }

            var name = arguments.Length > 0 ? SiteDetector.ConstantString(arguments[0].Value) : null;
            return name is null ? category : CookieNames.Classify(name) switch
            {
                CookieKind.Consent => CookieNames.NotAnIdentifier,
                CookieKind.AppState => appStateCookies ? CookieNames.NotAnIdentifier : null,
                _ => CookieNames.PersonalCategory(name) ?? category,
            };
        }

        private static bool IsHeaderDictionary(ITypeSymbol type)
        {
            if (IsType(type, "IHeaderDictionary", "Microsoft", "AspNetCore", "Http"))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (IsType(implemented, "IHeaderDictionary", "Microsoft", "AspNetCore", "Http"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsClaim(ITypeSymbol? type) => type != null && IsType(type, "Claim", "System", "Security", "Claims");

        private static bool IsType(ITypeSymbol type, string name, params string[] ns) => type.Name == name && IsIn(type.ContainingNamespace, ns);

        private static bool IsIn(INamespaceSymbol? ns, params string[] parts)
        {
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                if (ns is null || ns.Name != parts[i])
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns is { IsGlobalNamespace: true };
        }
    }
}
