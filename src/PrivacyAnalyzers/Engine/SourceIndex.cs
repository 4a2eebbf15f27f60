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

        private SourceIndex(
            Dictionary<ISymbol, SourceEntry> bySymbol,
            HashSet<string> names,
            HashSet<INamedTypeSymbol> interfaces,
            AnnotationTypes annotations)
        {
            this.bySymbol = bySymbol;
            this.names = names;
            this.interfaces = interfaces;
            this.annotations = annotations;
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

            return new SourceIndex(bySymbol, names, interfaces, new AnnotationTypes(compilation));
        }

        /// <summary>
        /// The source a referenced member is, or null. <paramref name="symbol"/> is the member an
        /// operation invokes, reads, subscribes to or constructs.
        /// </summary>
        public SourceEntry? Find(ISymbol symbol)
        {
            // Cheap first: most members are not named like any source and are not annotated.
            if (!annotations.SourcesPossible && !names.Contains(symbol.Name))
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

            if (annotations.SourcesPossible)
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
