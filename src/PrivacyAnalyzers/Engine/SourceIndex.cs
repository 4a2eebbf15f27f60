using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The sources of one compilation: the catalog (matched by documentation-comment id, see
    /// <see cref="CatalogLookup"/>), plus the user's own <c>[PersonalDataSource]</c> members. On the hot
    /// path, most operations are settled by a name check (is the member named like a catalog member?)
    /// and an assembly check (can its assembly carry <c>[PersonalDataSource]</c>?); members of this
    /// compilation also by a look at their declaration's attribute lists. Only what is left (a few
    /// members per compilation) is resolved, once per distinct member definition, and cached.
    /// </summary>
    internal sealed class SourceIndex
    {
        private static readonly SourceEntry NoMatch = SourceEntry.Member("", "", "");

        private readonly CatalogLookup catalog;
        private readonly AnnotationTypes annotations;
        private readonly ConcurrentDictionary<ISymbol, SourceEntry> cache;
        private readonly Func<ISymbol, SourceEntry> resolve;
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> annotatedAssemblies;
        private readonly Func<IAssemblySymbol, bool> referencesAnnotations;
        private readonly IAssemblySymbol ownAssembly;
        private readonly ConcurrentDictionary<ISymbol, bool> typesWithSources;
        private readonly Func<ISymbol, bool> membersMayBeSources;

        private SourceIndex(CatalogLookup catalog, AnnotationTypes annotations, IAssemblySymbol ownAssembly)
        {
            this.catalog = catalog;
            this.annotations = annotations;
            this.ownAssembly = ownAssembly;

            // Decided per assembly on first meeting it, not for every reference at compilation start (the IDE
            // pays that start after each edit, and a compilation's code meets a few dozen of its hundreds of references).
            annotatedAssemblies = new ConcurrentDictionary<IAssemblySymbol, bool>(concurrencyLevel: 4, capacity: 64, SymbolReferenceComparer.Instance);
            referencesAnnotations = ReferencesAnnotations;

            // Keyed by definition and by reference: a definition's public symbol is one object per
            // compilation, and hashing by reference keeps the hot path off the symbol comparer. Sized
            // for a large project's distinct members, so the table rarely grows (and locks) under load.
            cache = new ConcurrentDictionary<ISymbol, SourceEntry>(concurrencyLevel: 4, capacity: 1024, SymbolReferenceComparer.Instance);
            resolve = Resolve;
            typesWithSources = new ConcurrentDictionary<ISymbol, bool>(concurrencyLevel: 4, capacity: 512, SymbolReferenceComparer.Instance);
            membersMayBeSources = MembersMayBeSources;
        }

        /// <summary>Whether anything in this compilation could be a source; when not, analysis stops early.</summary>
        public bool IsEmpty => catalog.IsEmpty && !annotations.SourcesPossible;

        public AnnotationTypes Annotations => annotations;

        /// <summary>The catalog entry listed under <paramref name="memberId"/>, for the use-shape rules.</summary>
        public SourceEntry? Entry(string memberId) => catalog.Entry(memberId);

        /// <summary>How many distinct member definitions were resolved so far (tests read it to see who used the index).</summary>
        internal int ResolvedMembers => cache.Count;

        public static SourceIndex Create(ReferencedTypes types, ImmutableArray<SourceEntry> entries)
        {
            var annotationTypes = new AnnotationTypes(types);
            return new SourceIndex(CatalogLookup.For(entries), annotationTypes, types.Compilation.Assembly);
        }

        /// <summary>
        /// Whether members of <paramref name="assembly"/> can carry <c>[PersonalDataSource]</c>: this one's, and
        /// those of an assembly that references the annotations. Members of every other assembly (the framework,
        /// most packages) are looked up by name only.
        /// </summary>
        private bool ReferencesAnnotations(IAssemblySymbol assembly)
        {
            if (ReferenceEquals(assembly, ownAssembly))
            {
                return true;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var reference in module.ReferencedAssemblies)
                {
                    if (reference.Name == AnnotationTypes.AssemblyName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The source a referenced member is, or null. <paramref name="symbol"/> is the member an
        /// operation invokes, reads, subscribes to or constructs.
        /// </summary>
        public SourceEntry? Find(ISymbol symbol)
        {
            // Cheap first: most members are not named like any source, and live in an assembly that
            // cannot carry [PersonalDataSource] (the framework, packages that do not use the annotations).
            if (!catalog.IsMemberName(symbol.Name))
            {
                if (!annotations.SourcesPossible)
                {
                    return null;
                }

                // Decided per containing type, once: a member's assembly is its type's, and a few hundred types
                // carry the tens of thousands of member uses a project's code makes (ContainingAssembly walks the
                // containers up on every call; it was a quarter of this method's time).
                if (symbol is not IMethodSymbol { MethodKind: MethodKind.LocalFunction } && symbol.ContainingType is { } containing)
                {
                    return symbol.IsImplicitlyDeclared || !typesWithSources.GetOrAdd(containing.OriginalDefinition, membersMayBeSources)
                        ? null
                        : Cached(symbol);
                }

                if (symbol.ContainingAssembly is not { } assembly || !annotatedAssemblies.GetOrAdd(assembly, referencesAnnotations))
                {
                    return null;
                }

                // Compiler-made members (anonymous types, records' synthesized members) carry no
                // attributes; in source, only a type with a member that names the attribute can have one.
                if (symbol.IsImplicitlyDeclared)
                {
                    return null;
                }
            }

            return Cached(symbol);
        }

        private SourceEntry? Cached(ISymbol symbol)
        {
            var match = cache.GetOrAdd(Definition(symbol), resolve);
            return ReferenceEquals(match, NoMatch) ? null : match;
        }

        /// <summary>
        /// Whether members of a type (a definition) can carry <c>[PersonalDataSource]</c>: its assembly must be one
        /// that can (<see cref="ReferencesAnnotations"/>), and in this compilation, a member of the type must name the
        /// attribute (compiler-made members carry none; the caller checks that).
        /// </summary>
        private bool MembersMayBeSources(ISymbol type)
        {
            if (type.ContainingAssembly is not { } assembly || !annotatedAssemblies.GetOrAdd(assembly, referencesAnnotations))
            {
                return false;
            }

            return !ReferenceEquals(assembly, ownAssembly) || AttributeNames.MembersMayApply((INamedTypeSymbol)type, AnnotationTypes.PersonalDataSourceName);
        }

        /// <summary>Resolves a member definition: the catalog (through overrides and interfaces), then <c>[PersonalDataSource]</c>.</summary>
        private SourceEntry Resolve(ISymbol definition)
        {
            if (catalog.IsMemberName(definition.Name))
            {
                for (var current = definition; current != null; current = Overridden(current))
                {
                    if (catalog.Match(current.OriginalDefinition) is { } entry)
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

            if (annotations.SourcesPossible && MayBeMarkedSource(definition))
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
            if (type is null || member.IsStatic)
            {
                return null;
            }

            foreach (var iface in type.AllInterfaces)
            {
                if (!catalog.NamesMembersOf(iface))
                {
                    continue;
                }

                foreach (var candidate in iface.GetMembers(member.Name))
                {
                    if (catalog.Match(candidate.OriginalDefinition) is { } entry
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, member))
                    {
                        return entry;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a member may carry <c>[PersonalDataSource]</c>: always for metadata; for source, only
        /// when one of its declarations names the attribute, so the compiler is not made to bind the
        /// attributes of every member our callbacks meet.
        /// </summary>
        private static bool MayBeMarkedSource(ISymbol symbol) => AttributeNames.DeclarationsMayApply(symbol, AnnotationTypes.PersonalDataSourceName);

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
