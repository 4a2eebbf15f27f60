using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Resolves documentation-comment ids to symbols of one compilation (its sources and references),
    /// for the tests and the tool; the analyzers match the other way round (<see cref="CatalogLookup"/>).
    /// An all-overloads id (<see cref="MemberId.AllOverloads"/>) resolves to every method it matches.
    /// </summary>
    internal static class MemberIdResolver
    {
        public static void Resolve(Compilation compilation, string id, List<ISymbol> results)
        {
            if (!MemberId.TryParse(id, out var parsed))
            {
                return;
            }

            if (!parsed.AllOverloads)
            {
                results.AddRange(DocumentationCommentId.GetSymbolsForDeclarationId(parsed.Text, compilation));
                return;
            }

            foreach (var type in DocumentationCommentId.GetSymbolsForDeclarationId(parsed.ContainingTypeId, compilation))
            {
                if (type is INamedTypeSymbol named)
                {
                    foreach (var member in named.GetMembers(parsed.SymbolName))
                    {
                        if (member.Kind == SymbolKind.Method && MemberId.TryCreate(member, out var declaration) && parsed.Matches(declaration))
                        {
                            results.Add(member);
                        }
                    }
                }
            }
        }
    }
}
