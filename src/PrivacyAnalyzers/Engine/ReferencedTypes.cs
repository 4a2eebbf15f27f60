using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Well-known types looked up in the assembly that defines them. <c>Compilation.GetTypeByMetadataName</c>
    /// searches every reference, and in a fresh compilation its first calls make the compiler read the
    /// type tables of them all (hundreds with the shared frameworks), inside our compilation-start
    /// action. Asking the one assembly, found by name, costs only that assembly; a type written in the
    /// compilation's own source (a stub, a polyfill) is found as before.
    /// </summary>
    internal sealed class ReferencedTypes
    {
        private readonly Dictionary<string, IAssemblySymbol> assemblies = new Dictionary<string, IAssemblySymbol>(StringComparer.Ordinal);

        public ReferencedTypes(Compilation compilation)
        {
            Compilation = compilation;
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!assemblies.ContainsKey(assembly.Identity.Name))
                {
                    assemblies.Add(assembly.Identity.Name, assembly);
                }
            }
        }

        /// <summary>The compilation whose references these are.</summary>
        public Compilation Compilation { get; }

        /// <summary>Whether an assembly of that name is referenced.</summary>
        public bool References(string assemblyName) => assemblies.ContainsKey(assemblyName);

        /// <summary>
        /// The type, from this compilation's source or from the first named assembly that has it. When a
        /// named assembly is referenced but none has the type (it moved, behind a type forward), every
        /// reference is searched; when none is referenced, the type is absent and the answer is null.
        /// </summary>
        public INamedTypeSymbol? Get(string metadataName, params string[] assemblyNames)
        {
            // The source lookup walks the compilation's namespaces and splits the name each time: asked only when a
            // type of that simple name is declared in source at all (the declaration table's names, computed once).
            if (DeclaredInSource(metadataName) && Compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own)
            {
                return own;
            }

            var referenced = false;
            foreach (var name in assemblyNames)
            {
                if (assemblies.TryGetValue(name, out var assembly))
                {
                    referenced = true;

                    // A facade (System.ComponentModel.Annotations in the shared framework) forwards the type: follow
                    // its forwarder rather than search every reference.
                    if ((assembly.GetTypeByMetadataName(metadataName) ?? assembly.ResolveForwardedType(metadataName)) is { } type)
                    {
                        return type;
                    }
                }
            }

            return referenced ? Compilation.GetTypeByMetadataName(metadataName) : null;
        }

        /// <summary>Whether this compilation's source declares a type with the simple name of <paramref name="metadataName"/>.</summary>
        private bool DeclaredInSource(string metadataName)
        {
            var start = metadataName.LastIndexOf('.') + 1;
            var end = metadataName.IndexOf('`', start);
            var simple = end < 0 ? metadataName.Substring(start) : metadataName.Substring(start, end - start);
            return Compilation.Assembly.TypeNames.Contains(simple);
        }
    }
}
