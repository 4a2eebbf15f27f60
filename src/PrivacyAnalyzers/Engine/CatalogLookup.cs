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

        /// <summary>Method ids without a parameter list, which name every overload (see <see cref="MemberIdResolver"/>).</summary>
        private readonly Dictionary<string, (SourceEntry Entry, int Order)> byOverloadKey = new Dictionary<string, (SourceEntry, int)>(StringComparer.Ordinal);

        private readonly HashSet<string> containingTypeIds = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> containingTypeNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> memberNames = new HashSet<string>(StringComparer.Ordinal);

        private CatalogLookup(ImmutableArray<SourceEntry> entries)
        {
            for (var order = 0; order < entries.Length; order++)
            {
                var entry = entries[order];
                var id = entry.MemberId;
                if (id.Length < 3 || id[1] != ':')
                {
                    continue;
                }

                var end = id.IndexOf('(');
                var path = end < 0 ? id.Substring(2) : id.Substring(2, end - 2);
                var lastDot = path.LastIndexOf('.');
                if (lastDot <= 0)
                {
                    continue;
                }

                var member = StripArity(path.Substring(lastDot + 1));
                var type = path.Substring(0, lastDot);
                containingTypeIds.Add("T:" + type);
                containingTypeNames.Add(type.Substring(type.LastIndexOf('.') + 1));
                memberNames.Add(member == "#ctor" ? WellKnownMemberNames.InstanceConstructorName : member);
                if (id[0] == 'P' && end >= 0 && member == "Item")
                {
                    memberNames.Add("this[]"); // An indexer's symbol name; its id says Item.
                }

                var target = id[0] == 'M' && end < 0 ? byOverloadKey : byId;
                if (!target.ContainsKey(id))
                {
                    target.Add(id, (entry, order));
                }
            }
        }

        /// <summary>Whether an entry names a member called <paramref name="name"/>: the hot path's first, cheap, check.</summary>
        public bool IsMemberName(string name) => memberNames.Contains(name);

        public bool IsEmpty => byId.Count == 0 && byOverloadKey.Count == 0;

        public static CatalogLookup For(ImmutableArray<SourceEntry> entries)
            => entries == SourceCatalog.All ? Builtin.Value : new CatalogLookup(entries);

        /// <summary>The entry for a member definition, or null: an exact id first, then an all-overloads id.</summary>
        public SourceEntry? Match(ISymbol definition)
        {
            var id = DocumentationCommentId.CreateDeclarationId(definition);
            if (id is null)
            {
                return null;
            }

            // Roslyn's ids end a method's with its return type (`~System.String`); the catalog's do not.
            var returnType = id[0] == 'M' ? id.IndexOf('~') : -1;
            if (returnType > 0)
            {
                id = id.Substring(0, returnType);
            }

            byId.TryGetValue(id, out var exact);
            if (id[0] == 'M' && byOverloadKey.TryGetValue(OverloadKey(id), out var overload)
                && (exact.Entry is null || overload.Order < exact.Order))
            {
                return overload.Entry;
            }

            return exact.Entry;
        }

        /// <summary>Whether an entry names a member of <paramref name="type"/> (a cheap name check first).</summary>
        public bool NamesMembersOf(INamedTypeSymbol type)
            => containingTypeNames.Contains(type.MetadataName)
                && DocumentationCommentId.CreateDeclarationId(type.OriginalDefinition) is { } id
                && containingTypeIds.Contains(id);

        /// <summary><c>M:Ns.T.M``1(``0)</c> → <c>M:Ns.T.M</c>: the id of every overload of the method.</summary>
        private static string OverloadKey(string id)
        {
            var end = id.IndexOf('(');
            var key = end < 0 ? id : id.Substring(0, end);
            var arity = key.IndexOf("``", StringComparison.Ordinal);
            return arity < 0 ? key : key.Substring(0, arity);
        }

        private static string StripArity(string member)
        {
            var arity = member.IndexOf("``", StringComparison.Ordinal);
            return arity < 0 ? member : member.Substring(0, arity);
        }
    }
}
