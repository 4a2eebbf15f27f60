using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Recognises the PrivacyAnalyzers attributes on symbols. The attribute types are resolved once
    /// per compilation; when they cannot be (not referenced yet, or defined twice), attributes are
    /// recognised by namespace and name so that a half-configured project still works.
    /// </summary>
    internal sealed class AnnotationTypes
    {
        public const string Namespace = "PrivacyAnalyzers";
        public const string AssemblyName = "PrivacyAnalyzers.Annotations";
        public const string CollectsPersonalDataName = "CollectsPersonalDataAttribute";
        public const string PersonalDataSourceName = "PersonalDataSourceAttribute";

        private readonly INamedTypeSymbol? collectsPersonalData;
        private readonly INamedTypeSymbol? personalDataSource;

        public AnnotationTypes(ReferencedTypes types)
        {
            // The package's annotations assembly, or a copy of the attributes in this project's source.
            // A copy in some other assembly is looked for across all references, which only a project
            // without the annotations assembly pays.
            collectsPersonalData = Find(types, Namespace + "." + CollectsPersonalDataName);
            personalDataSource = Find(types, Namespace + "." + PersonalDataSourceName);
        }

        private static INamedTypeSymbol? Find(ReferencedTypes types, string metadataName)
            => types.References(AssemblyName) ? types.Get(metadataName, AssemblyName) : types.Compilation.GetTypeByMetadataName(metadataName);

        /// <summary>Whether a user's own member may be marked as a source in this compilation.</summary>
        public bool SourcesPossible => personalDataSource != null;

        public bool IsCollectsPersonalData(INamedTypeSymbol? attributeClass)
            => Is(attributeClass, collectsPersonalData, CollectsPersonalDataName);

        public bool IsPersonalDataSource(INamedTypeSymbol? attributeClass)
            => Is(attributeClass, personalDataSource, PersonalDataSourceName);

        /// <summary>The category of a <c>[PersonalDataSource]</c> on <paramref name="symbol"/>, if any.</summary>
        public string? SourceCategory(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (IsPersonalDataSource(attribute.AttributeClass))
                {
                    // Sites are emitted with fideslang ids only: a former id is read as its replacement.
                    return FirstStringArgument(attribute) is { } category ? Taxonomy.TaxonomyIndex.Canonical(category, Taxonomy.IdKind.Category) : null;
                }
            }

            return null;
        }

        public static string? FirstStringArgument(AttributeData attribute)
            => attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string value ? value : null;

        /// <summary>The purpose ids of a <c>[CollectsPersonalData]</c>: its <c>params</c> array, or loose trailing strings.</summary>
        public static System.Collections.Generic.IEnumerable<string> Purposes(AttributeData attribute)
        {
            var arguments = attribute.ConstructorArguments;
            for (var i = 1; i < arguments.Length; i++)
            {
                if (arguments[i].Kind == TypedConstantKind.Array)
                {
                    foreach (var element in arguments[i].Values)
                    {
                        if (element.Value is string purpose)
                        {
                            // A former id is read, and reported to the tools, as its fideslang id.
                            yield return Taxonomy.TaxonomyIndex.Canonical(purpose, Taxonomy.IdKind.Purpose);
                        }
                    }
                }
                else if (arguments[i].Value is string purpose)
                {
                    yield return purpose;
                }
            }
        }

        private static bool Is(INamedTypeSymbol? candidate, INamedTypeSymbol? resolved, string name)
        {
            if (candidate is null)
            {
                return false;
            }

            if (resolved != null && SymbolEqualityComparer.Default.Equals(candidate, resolved))
            {
                return true;
            }

            return candidate.Name == name
                && candidate.ContainingNamespace is { Name: Namespace } ns
                && ns.ContainingNamespace is { IsGlobalNamespace: true };
        }
    }
}
