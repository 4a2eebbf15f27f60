using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The classes an assembly declares, nested ones included, in one walk of its namespaces: the per-compilation
    /// searches (EF entities, bound request models) that must see every type of the compilation share it.
    /// </summary>
    internal static class OwnClasses
    {
        public static IEnumerable<INamedTypeSymbol> Of(IAssemblySymbol assembly)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        pending.Push(type);
                        if (type.TypeKind == TypeKind.Class)
                        {
                            yield return type;
                        }
                    }
                }
            }
        }
    }
}
