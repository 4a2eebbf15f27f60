using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow.Data;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// The sink, sanitiser and propagator tables of one compilation, indexed for the hot path: a name
    /// check first (a string set, plus a few prefixes), then the containing type's full name and its
    /// base types', each type's name computed once and cached by reference.
    /// </summary>
    internal sealed class FlowTables
    {
        private const int MaxBaseDepth = 6;

        private readonly Dictionary<string, List<FlowMember>> exact = new Dictionary<string, List<FlowMember>>(StringComparer.Ordinal);
        private readonly List<FlowMember> prefixed = new List<FlowMember>();
        private readonly ConcurrentDictionary<INamedTypeSymbol, string> typeNames =
            new ConcurrentDictionary<INamedTypeSymbol, string>(concurrencyLevel: 4, capacity: 256, SymbolReferenceComparer.Instance);

        private readonly Func<INamedTypeSymbol, string> computeName = FullName;

        public FlowTables()
        {
            foreach (var rows in new[] { LogSinks.Rows, ThirdPartySinks.Rows, NetworkSinks.Rows, StorageSinks.Rows, Sanitizers.Rows, Propagators.Rows })
            {
                foreach (var row in rows)
                {
                    if (row.IsPrefix || row.MemberName.Length == 0)
                    {
                        prefixed.Add(row);
                    }
                    else
                    {
                        if (!exact.TryGetValue(row.MemberName, out var list))
                        {
                            exact.Add(row.MemberName, list = new List<FlowMember>());
                        }

                        list.Add(row);
                    }
                }
            }
        }

        /// <summary>Every row, in table order, for tests and docs.</summary>
        public static ImmutableArray<FlowMember> All { get; } =
            LogSinks.Rows.AddRange(ThirdPartySinks.Rows).AddRange(NetworkSinks.Rows).AddRange(StorageSinks.Rows).AddRange(Sanitizers.Rows).AddRange(Propagators.Rows);

        /// <summary>The row of a called method (or, with <paramref name="setter"/>, of an assigned property), or null.</summary>
        public FlowMember? Find(ISymbol member, bool setter)
        {
            var name = member.Name;
            exact.TryGetValue(name, out var candidates);
            var anyPrefix = false;
            foreach (var row in prefixed)
            {
                if (name.StartsWith(row.MemberName, StringComparison.Ordinal))
                {
                    anyPrefix = true;
                    break;
                }
            }

            if (candidates is null && !anyPrefix)
            {
                return null;
            }

            if (member is IMethodSymbol { ReducedFrom: { } unreduced })
            {
                member = unreduced;
            }

            var type = member.ContainingType;
            for (var depth = 0; type != null && depth < MaxBaseDepth; depth++, type = type.BaseType)
            {
                var typeName = typeNames.GetOrAdd(type.OriginalDefinition, computeName);
                if (candidates != null && Match(candidates, typeName, name, setter) is { } found)
                {
                    return found;
                }

                if (anyPrefix && Match(prefixed, typeName, name, setter) is { } prefix)
                {
                    return prefix;
                }

                if (member.IsStatic)
                {
                    // Static members are not inherited through a base's name.
                    break;
                }
            }

            return null;
        }

        private static FlowMember? Match(List<FlowMember> rows, string typeName, string name, bool setter)
        {
            foreach (var row in rows)
            {
                if (row.IsSetter == setter && string.Equals(row.TypeName, typeName, StringComparison.Ordinal)
                    && name.StartsWith(row.MemberName, StringComparison.Ordinal) && (row.IsPrefix || row.MemberName.Length == 0 || name.Length == row.MemberName.Length))
                {
                    return row;
                }
            }

            return null;
        }

        private static string FullName(INamedTypeSymbol type)
        {
            var name = type.MetadataName;
            for (var outer = type.ContainingType; outer != null; outer = outer.ContainingType)
            {
                name = outer.MetadataName + "." + name;
            }

            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                name = ns.Name + "." + name;
            }

            return name;
        }
    }
}
