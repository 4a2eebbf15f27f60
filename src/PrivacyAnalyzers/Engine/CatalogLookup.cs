using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Source entries by documentation-comment id, for matching a symbol the code references against
    /// the catalog without resolving the catalog first. Resolving 200-odd ids costs a compilation a
    /// type lookup across every reference (milliseconds on a framework-sized reference set) at each
    /// compilation start, that is on every edit in the IDE; matching by id costs one id per distinct
    /// member whose name is a catalog name, and only when the code uses one. The id is the symbol's
    /// identity (namespace, containing types, name, arity and parameter types), so this is symbol
    /// matching, not name matching. Immutable: the catalog's own lookup is built once per process.
    /// </summary>
    internal sealed class CatalogLookup
    {
        private static readonly Lazy<CatalogLookup> Builtin = new Lazy<CatalogLookup>(() => new CatalogLookup(SourceCatalog.All));

        /// <summary>Exact ids, and the entry's position in the list (the first listed wins).</summary>
        private readonly Dictionary<string, (SourceEntry Entry, int Order)> byId = new Dictionary<string, (SourceEntry, int)>(StringComparer.Ordinal);

        /// <summary>Method ids without a parameter list, which name every overload (see <see cref="MemberId.AllOverloads"/>).</summary>
        private readonly Dictionary<string, (SourceEntry Entry, int Order)> byOverloadKey = new Dictionary<string, (SourceEntry, int)>(StringComparer.Ordinal);

        private readonly HashSet<string> containingTypeIds = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> containingTypeNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> memberNames = new HashSet<string>(StringComparer.Ordinal);

        private CatalogLookup(ImmutableArray<SourceEntry> entries)
        {
            for (var order = 0; order < entries.Length; order++)
            {
                var entry = entries[order];
                if (!MemberId.TryParse(entry.MemberId, out var id) || id.Kind == 'T')
                {
                    continue;
                }

                containingTypeIds.Add(id.ContainingTypeId);
                containingTypeNames.Add(id.TypeMetadataName);
                memberNames.Add(id.SymbolName);
                if (id.IsIndexer)
                {
                    memberNames.Add(id.MemberName); // Item, as the id spells it, besides the symbol's this[].
                }

                var (target, key) = id.AllOverloads ? (byOverloadKey, id.OverloadKey) : (byId, id.WithoutReturnType);
                if (!target.ContainsKey(key))
                {
                    target.Add(key, (entry, order));
                }
            }
        }

        /// <summary>Whether an entry names a member called <paramref name="name"/>: the hot path's first, cheap, check.</summary>
        public bool IsMemberName(string name) => memberNames.Contains(name);

        public bool IsEmpty => byId.Count == 0 && byOverloadKey.Count == 0;

        public static CatalogLookup For(ImmutableArray<SourceEntry> entries)
            => entries == SourceCatalog.All ? Builtin.Value : new CatalogLookup(entries);

        /// <summary>
        /// The entry for a member definition, or null: an exact id, or an all-overloads id (the
        /// overload rules are <see cref="MemberId.Matches"/>); when both match, the first listed wins.
        /// </summary>
        public SourceEntry? Match(ISymbol definition)
        {
            if (!MemberId.TryCreate(definition, out var id))
            {
                return null;
            }

            byId.TryGetValue(id.WithoutReturnType, out var exact);
            if (id.Kind == 'M' && byOverloadKey.TryGetValue(id.OverloadKey, out var overload)
                && (exact.Entry is null || overload.Order < exact.Order))
            {
                return overload.Entry;
            }

            return exact.Entry;
        }

        /// <summary>
        /// The entry listed under exactly this id, or null: how the use-shape rules (<see cref="UseShapes"/>) reach the
        /// value table of a catalogued member (the claim types of <c>FindFirst</c>, the header names of the header indexer).
        /// </summary>
        public SourceEntry? Entry(string memberId)
        {
            if (!MemberId.TryParse(memberId, out var id))
            {
                return null;
            }

            var (target, key) = id.AllOverloads ? (byOverloadKey, id.OverloadKey) : (byId, id.WithoutReturnType);
            return target.TryGetValue(key, out var found) ? found.Entry : null;
        }

        /// <summary>Whether an entry names a member of <paramref name="type"/> (a cheap name check first).</summary>
        public bool NamesMembersOf(INamedTypeSymbol type)
            => containingTypeNames.Contains(type.MetadataName)
                && DocumentationCommentId.CreateDeclarationId(type.OriginalDefinition) is { } id
                && containingTypeIds.Contains(id);
    }
}
