using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.RequiredReasons
{
    /// <summary>
    /// Finds the <c>[UsesRequiredReasonApi]</c> that covers a use, with the coverage rules of
    /// <c>[CollectsPersonalData]</c>: lambdas and local functions around the operation, the member (and
    /// the property of an accessor), the enclosing types, then the assembly; the innermost wins. Only
    /// called for matched uses, so reading attributes is off the hot path.
    /// </summary>
    internal static class RequiredReasonCoverage
    {
        public static AttributeData? Find(IOperation operation, ISymbol containingSymbol, string category, INamedTypeSymbol attributeType)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                var function = current switch
                {
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    ILocalFunctionOperation local => local.Symbol,
                    _ => null,
                };

                if (function != null && Declared(function, category, attributeType) is { } onFunction)
                {
                    return onFunction;
                }
            }

            for (var scope = containingSymbol; scope != null; scope = scope.ContainingSymbol)
            {
                if (scope.Kind is SymbolKind.Namespace or SymbolKind.NetModule or SymbolKind.Assembly)
                {
                    break;
                }

                if (Declared(scope, category, attributeType) is { } found)
                {
                    return found;
                }

                if (scope is IMethodSymbol { AssociatedSymbol: { } property } && Declared(property, category, attributeType) is { } onProperty)
                {
                    return onProperty;
                }
            }

            return Declared(containingSymbol.ContainingAssembly, category, attributeType);
        }

        /// <summary>The category a declaration names, or null when its first argument is not a constant string.</summary>
        public static string? CategoryOf(AttributeData attribute)
            => attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string category ? category : null;

        /// <summary>Whether a declaration lists <paramref name="code"/> among its reasons.</summary>
        public static bool HasReason(AttributeData attribute, string code)
        {
            if (attribute.ConstructorArguments.Length < 2 || attribute.ConstructorArguments[1].Kind != TypedConstantKind.Array)
            {
                return false;
            }

            foreach (var reason in attribute.ConstructorArguments[1].Values)
            {
                if (reason.Value is string text && string.Equals(text, code, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many reasons a declaration lists.</summary>
        public static int ReasonCount(AttributeData attribute)
            => attribute.ConstructorArguments.Length < 2 || attribute.ConstructorArguments[1].Kind != TypedConstantKind.Array
                ? 0
                : attribute.ConstructorArguments[1].Values.Length;

        private static AttributeData? Declared(ISymbol? scope, string category, INamedTypeSymbol attributeType)
        {
            if (scope is null)
            {
                return null;
            }

            foreach (var attribute in scope.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                    && string.Equals(CategoryOf(attribute), category, StringComparison.Ordinal))
                {
                    return attribute;
                }
            }

            return null;
        }
    }
}
