using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The sources of one compilation: catalog entries resolved to symbols once, at compilation
    /// start, plus the user's own <c>[PersonalDataSource]</c> members. Lookups on the hot path are a
    /// name check and a dictionary hit; the slower questions (is this an override, an interface
    /// implementation, an annotated member?) are answered once per distinct symbol and cached.
    /// </summary>
    internal sealed class SourceIndex
    {
        private static readonly SourceEntry NoMatch = SourceEntry.Member("", "", "");

        private readonly Dictionary<ISymbol, SourceEntry> bySymbol;
        private readonly HashSet<string> names;
        private readonly HashSet<INamedTypeSymbol> interfaces;
        private readonly AnnotationTypes annotations;
        private readonly ConcurrentDictionary<ISymbol, SourceEntry> cache;
        private readonly Func<ISymbol, SourceEntry> resolve;
        private readonly HashSet<IAssemblySymbol> annotatedAssemblies;

        private SourceIndex(
            Dictionary<ISymbol, SourceEntry> bySymbol,
            HashSet<string> names,
            HashSet<INamedTypeSymbol> interfaces,
            AnnotationTypes annotations,
            HashSet<IAssemblySymbol> annotatedAssemblies)
        {
            this.bySymbol = bySymbol;
            this.names = names;
            this.interfaces = interfaces;
            this.annotations = annotations;
            this.annotatedAssemblies = annotatedAssemblies;
            cache = new ConcurrentDictionary<ISymbol, SourceEntry>(SymbolEqualityComparer.Default);
            resolve = Resolve;
        }

        /// <summary>Whether anything in this compilation could be a source; when not, analysis stops early.</summary>
        public bool IsEmpty => bySymbol.Count == 0 && !annotations.SourcesPossible;

        public AnnotationTypes Annotations => annotations;

        public static SourceIndex Create(Compilation compilation, ImmutableArray<SourceEntry> entries)
        {
            var bySymbol = new Dictionary<ISymbol, SourceEntry>(SymbolEqualityComparer.Default);
            var names = new HashSet<string>(StringComparer.Ordinal);
            var interfaces = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var resolved = new List<ISymbol>();
            foreach (var entry in entries)
            {
                resolved.Clear();
                MemberIdResolver.Resolve(compilation, entry.MemberId, resolved);
                foreach (var symbol in resolved)
                {
                    var definition = symbol.OriginalDefinition;
                    if (!bySymbol.ContainsKey(definition))
                    {
                        bySymbol.Add(definition, entry);
                    }

                    names.Add(definition.Name);
                    if (definition.ContainingType is { TypeKind: TypeKind.Interface } iface)
                    {
                        interfaces.Add(iface);
                    }
                }
            }

            var annotations = new AnnotationTypes(compilation);
            return new SourceIndex(bySymbol, names, interfaces, annotations, AnnotatedAssemblies(compilation, annotations));
        }

        /// <summary>
        /// The assemblies whose members can carry <c>[PersonalDataSource]</c>: this one, and those
        /// that reference the annotations. Members of every other assembly (the framework, most
        /// packages) are looked up by name only.
        /// </summary>
        private static HashSet<IAssemblySymbol> AnnotatedAssemblies(Compilation compilation, AnnotationTypes annotations)
        {
            var assemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
            if (!annotations.SourcesPossible)
            {
                return assemblies;
            }

            assemblies.Add(compilation.Assembly);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                foreach (var module in assembly.Modules)
                {
                    foreach (var reference in module.ReferencedAssemblies)
                    {
                        if (reference.Name == AnnotationTypes.AssemblyName)
                        {
                            assemblies.Add(assembly);
                        }
                    }
                }
            }

            return assemblies;
        }

        /// <summary>
        /// The source a referenced member is, or null. <paramref name="symbol"/> is the member an
        /// operation invokes, reads, subscribes to or constructs.
        /// </summary>
        public SourceEntry? Find(ISymbol symbol)
        {
            // Cheap first: most members are not named like any source, and live in an assembly that
            // cannot carry [PersonalDataSource] (the framework, packages that do not use the annotations).
            if (!names.Contains(symbol.Name)
                && (annotatedAssemblies.Count == 0 || symbol.ContainingAssembly is not { } assembly || !annotatedAssemblies.Contains(assembly)))
            {
                return null;
            }

            var match = cache.GetOrAdd(symbol, resolve);
            return ReferenceEquals(match, NoMatch) ? null : match;
        }

        private SourceEntry Resolve(ISymbol symbol)
        {
            var definition = Definition(symbol);
            if (names.Contains(definition.Name))
            {
                for (var current = definition; current != null; current = Overridden(current))
                {
                    if (bySymbol.TryGetValue(current.OriginalDefinition, out var entry))
                    {
                        return entry;
                    }
                }

                var viaInterface = FindThroughInterface(definition);
                if (viaInterface != null)
                {
                    return viaInterface;
                }
            }

            if (annotations.SourcesPossible && MayHaveAttributes(definition))
            {
                var category = annotations.SourceCategory(definition);
                if (category != null)
                {
                    return SourceEntry.Member(DocumentationCommentId.CreateDeclarationId(definition) ?? definition.Name, category, Platforms.UserCode);
                }
            }

            return NoMatch;
        }

        private SourceEntry? FindThroughInterface(ISymbol member)
        {
            var type = member.ContainingType;
            if (type is null || interfaces.Count == 0 || member.IsStatic)
            {
                return null;
            }

            foreach (var iface in type.AllInterfaces)
            {
                if (!interfaces.Contains(iface.OriginalDefinition))
                {
                    continue;
                }

                foreach (var candidate in iface.GetMembers(member.Name))
                {
                    if (bySymbol.TryGetValue(candidate.OriginalDefinition, out var entry)
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, member))
                    {
                        return entry;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a member may carry attributes: always for metadata; for source, only when one of
        /// its declarations has an attribute list, so the compiler is not made to bind attributes of
        /// every member our callbacks meet.
        /// </summary>
        private static bool MayHaveAttributes(ISymbol symbol)
        {
            if (symbol.DeclaringSyntaxReferences.IsEmpty)
            {
                return true;
            }

            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                if (node is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Parent.Parent: { } field })
                {
                    node = field;
                }

                var lists = node switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax member => member.AttributeLists.Count,
                    Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax local => local.AttributeLists.Count,
                    Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax parameter => parameter.AttributeLists.Count,
                    Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax accessor => accessor.AttributeLists.Count,
                    _ => 1,
                };
                if (lists > 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static ISymbol Definition(ISymbol symbol)
        {
            if (symbol is IMethodSymbol { ReducedFrom: { } unreduced })
            {
                return unreduced.OriginalDefinition;
            }

            return symbol.OriginalDefinition;
        }

        private static ISymbol? Overridden(ISymbol symbol) => symbol switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            IEventSymbol @event => @event.OverriddenEvent,
            _ => null,
        };
    }
}
