using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Resolves documentation-comment ids to symbols of one compilation (its sources and references).
    /// Extends the standard grammar in one way: a method id with no parameter list names every
    /// overload, so a table need not spell each one (<c>M:Ns.Type.Method</c>, <c>M:Ns.Type.#ctor</c>).
    /// </summary>
    internal static class MemberIdResolver
    {
        public static void Resolve(Compilation compilation, string id, List<ISymbol> results)
        {
            if (id.Length > 2 && id[0] == 'M' && id[1] == ':' && id.IndexOf('(') < 0)
            {
                ResolveAllOverloads(compilation, id, results);
                return;
            }

            foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
            {
                results.Add(symbol);
            }
        }

        private static void ResolveAllOverloads(Compilation compilation, string id, List<ISymbol> results)
        {
            var lastDot = id.LastIndexOf('.');
            if (lastDot <= 2 || lastDot == id.Length - 1)
            {
                return;
            }

            var memberName = id.Substring(lastDot + 1);
            if (memberName == "#ctor")
            {
                memberName = WellKnownMemberNames.InstanceConstructorName;
            }

            var typeId = "T:" + id.Substring(2, lastDot - 2);
            foreach (var type in DocumentationCommentId.GetSymbolsForDeclarationId(typeId, compilation))
            {
                if (type is INamedTypeSymbol named)
                {
                    foreach (var member in named.GetMembers(memberName))
                    {
                        if (member.Kind == SymbolKind.Method)
                        {
                            results.Add(member);
                        }
                    }
                }
            }
        }
    }
}
