using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.RequiredReasons
{
    /// <summary>
    /// Matches members to required-reason APIs by symbol. The catalog is indexed once per process (names
    /// into a string set, ids into tables); a compilation resolves nothing up front and caches each
    /// member definition it is asked about, so the hot path is one set check of the member's (or its
    /// type's) name.
    /// </summary>
    internal sealed class RequiredReasonLookup
    {
        private static readonly Index Shared = new Index(RequiredReasonCatalog.Apis);

        private readonly ConcurrentDictionary<ISymbol, RequiredReasonApi?> cache = new ConcurrentDictionary<ISymbol, RequiredReasonApi?>(SymbolEqualityComparer.Default);

        /// <summary>The API a member is, or null. Cheap for members of no catalogued name.</summary>
        public RequiredReasonApi? Find(ISymbol? member)
        {
            if (member is null)
            {
                return null;
            }

            if (member is IMethodSymbol { ReducedFrom: { } reduced })
            {
                member = reduced;
            }

            var definition = member.OriginalDefinition;
            var type = definition.ContainingType;
            // Two string-set checks before any symbol work: String.Length shares a name with FileInfo.Length, not a type.
            if (type is null
                || !(Shared.TypeNames.Contains(type.MetadataName)
                    || (Shared.MemberNames.Contains(definition.Name) && Shared.MemberTypeNames.Contains(type.MetadataName))))
            {
                return null;
            }

            return cache.GetOrAdd(definition, Resolve);
        }

        private static RequiredReasonApi? Resolve(ISymbol definition)
        {
            if (MemberId.TryCreate(definition, out var id))
            {
                if (Shared.Exact.TryGetValue(id.WithoutReturnType, out var exact))
                {
                    return exact;
                }

                if (id.Kind == 'M' && Shared.Overloads.TryGetValue(id.OverloadKey, out var overload))
                {
                    return overload;
                }
            }

            for (var type = definition.ContainingType; type != null; type = type.ContainingType)
            {
                if (DocumentationCommentId.CreateDeclarationId(type) is { } typeId && Shared.Types.TryGetValue(typeId, out var byType))
                {
                    return byType;
                }
            }

            return null;
        }

        /// <summary>The catalog, indexed: built once per process from immutable data.</summary>
        private sealed class Index
        {
            public Index(ImmutableArray<RequiredReasonApi> apis)
            {
                var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                var typeNames = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                var memberTypeNames = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                var exact = new Dictionary<string, RequiredReasonApi>(StringComparer.Ordinal);
                var overloads = new Dictionary<string, RequiredReasonApi>(StringComparer.Ordinal);
                var types = new Dictionary<string, RequiredReasonApi>(StringComparer.Ordinal);
                foreach (var api in apis)
                {
                    if (api.Id.Kind == 'T')
                    {
                        typeNames.Add(api.Id.TypeMetadataName);
                        types[api.Id.Text] = api;
                        continue;
                    }

                    names.Add(api.Id.SymbolName);
                    memberTypeNames.Add(api.Id.TypeMetadataName);
                    if (api.Id.AllOverloads)
                    {
                        overloads[api.Id.OverloadKey] = api;
                    }
                    else
                    {
                        exact[api.Id.WithoutReturnType] = api;
                    }
                }

                MemberNames = names.ToImmutable();
                TypeNames = typeNames.ToImmutable();
                MemberTypeNames = memberTypeNames.ToImmutable();
                Exact = exact.ToImmutableDictionary(StringComparer.Ordinal);
                Overloads = overloads.ToImmutableDictionary(StringComparer.Ordinal);
                Types = types.ToImmutableDictionary(StringComparer.Ordinal);
            }

            public ImmutableHashSet<string> MemberNames { get; }

            /// <summary>The types whose every member is catalogued (<c>T:</c> rows).</summary>
            public ImmutableHashSet<string> TypeNames { get; }

            /// <summary>The types of the catalogued members.</summary>
            public ImmutableHashSet<string> MemberTypeNames { get; }

            public ImmutableDictionary<string, RequiredReasonApi> Exact { get; }

            public ImmutableDictionary<string, RequiredReasonApi> Overloads { get; }

            public ImmutableDictionary<string, RequiredReasonApi> Types { get; }
        }
    }
}
