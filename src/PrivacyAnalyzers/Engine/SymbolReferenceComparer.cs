using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Compares symbols by reference. Within one compilation a definition (a member, a type, an
    /// assembly) is one object, so for definitions this is symbol identity at the cost of a pointer
    /// compare; constructed symbols must be turned into their definitions first.
    /// </summary>
    internal sealed class SymbolReferenceComparer : IEqualityComparer<ISymbol>, IEqualityComparer<IAssemblySymbol>, IEqualityComparer<INamedTypeSymbol>
    {
        public static readonly SymbolReferenceComparer Instance = new SymbolReferenceComparer();

        private SymbolReferenceComparer()
        {
        }

        public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);

        public bool Equals(IAssemblySymbol? x, IAssemblySymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(IAssemblySymbol obj) => RuntimeHelpers.GetHashCode(obj);

        public bool Equals(INamedTypeSymbol? x, INamedTypeSymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(INamedTypeSymbol obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
