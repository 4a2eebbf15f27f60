using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What the detector matched: the operation, the member it uses, the catalog entry and the category.
    /// The engine's own view of a site, with its symbols; rules turn it into the public
    /// <see cref="Contract.CollectionSite"/> they report.
    /// </summary>
    internal readonly struct SiteMatch
    {
        public SiteMatch(IOperation operation, ISymbol member, SourceEntry source, string category, string? argumentValue)
        {
            Operation = operation;
            Member = member;
            Source = source;
            Category = category;
            ArgumentValue = argumentValue;
        }

        public IOperation Operation { get; }

        public ISymbol Member { get; }

        public SourceEntry Source { get; }

        public string Category { get; }

        /// <summary>For value-aware sources, the constant argument that made the use personal.</summary>
        public string? ArgumentValue { get; }

        /// <summary>The member as a reader knows it: <c>NetworkInterface.GetPhysicalAddress</c>, <c>new AudioRecord</c>.</summary>
        public string ApiName => NameOf(Member, ArgumentValue);

        /// <summary>A member as a reader knows it, with the constant argument that made the use personal.</summary>
        public static string NameOf(ISymbol member, string? argumentValue)
        {
            var type = TypeName(member.ContainingType);
            if (member is IMethodSymbol { MethodKind: MethodKind.Constructor })
            {
                return "new " + type;
            }

            var value = argumentValue is null ? null : "\"" + argumentValue + "\"";
            if (member is IPropertySymbol { IsIndexer: true })
            {
                return type + "[" + (value ?? "…") + "]";
            }

            var name = type is null ? member.Name : type + "." + member.Name;
            return value is null ? name : name + "(" + value + ")";
        }

        /// <summary>A type as written in code: nested types with their containers (<c>Settings.Secure</c>).</summary>
        private static string? TypeName(INamedTypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            var name = type.Name;
            for (var outer = type.ContainingType; outer != null; outer = outer.ContainingType)
            {
                name = outer.Name + "." + name;
            }

            return name;
        }
    }
}
