using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Matching by name, for code whose references do not resolve (the <c>privacy</c> tool's folder
    /// mode, a project that was not restored). Off unless <c>privacy_analyzers.name_fallback = true</c>.
    /// Only members that did not bind at all are considered, so a user's own type with a platform
    /// name never matches; every match says it was made by name, with lower confidence.
    /// </summary>
    internal sealed class NameFallback
    {
        /// <summary>The global option that turns the fallback on.</summary>
        public const string OptionKey = "privacy_analyzers.name_fallback";

        /// <summary>The value of <c>Properties["confidence"]</c> on name-only matches.</summary>
        public const string NameConfidence = "name";

        private readonly Dictionary<string, List<(string TypeName, SourceEntry Entry)>> byMemberName;

        private NameFallback(Dictionary<string, List<(string, SourceEntry)>> byMemberName)
        {
            this.byMemberName = byMemberName;
        }

        public static NameFallback? Create(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, ImmutableArray<SourceEntry> entries)
        {
            if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptionKey, out var value)
                || !string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var grouped = new Dictionary<string, List<(string, SourceEntry)>>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                // Value-aware sources need their argument's value; by name alone they would guess.
                if (entry.Category is null || !MemberId.TryParse(entry.MemberId, out var id) || id.Kind == 'T')
                {
                    continue;
                }

                // Code writes a type without its arity, and a constructor as the type's name.
                var typeName = id.TypeSimpleName;
                var member = id.IsConstructor ? typeName : id.MemberName;
                if (!grouped.TryGetValue(member, out var list))
                {
                    grouped[member] = list = new List<(string, SourceEntry)>();
                }

                list.Add((typeName, entry));
            }

            return new NameFallback(grouped);
        }

        /// <summary>
        /// The source an unbound <c>receiver.Member</c> names: the member's name must match, and the
        /// receiver must name the type (<c>NetworkInterface.GetAllNetworkInterfaces</c>) or the member
        /// name must belong to one catalog type only (<c>nic.GetPhysicalAddress()</c>).
        /// </summary>
        public SourceEntry? Match(MemberAccessExpressionSyntax access, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            if (!byMemberName.TryGetValue(access.Name.Identifier.ValueText, out var candidates))
            {
                return null;
            }

            var info = model.GetSymbolInfo(access, cancellationToken);
            if (info.Symbol != null || !info.CandidateSymbols.IsEmpty)
            {
                return null; // It bound (or nearly): the symbol engine decides.
            }

            var receiver = access.Expression switch
            {
                MemberAccessExpressionSyntax inner => inner.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };

            SourceEntry? only = null;
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (typeName, entry) in candidates)
            {
                if (receiver == typeName || receiver == "I" + typeName)
                {
                    return entry;
                }

                types.Add(typeName.StartsWith("I", StringComparison.Ordinal) && typeName.Length > 1 && char.IsUpper(typeName[1]) ? typeName.Substring(1) : typeName);
                only ??= entry;
            }

            return types.Count == 1 ? only : null;
        }

        /// <summary>The source an unbound <c>new AudioRecord(…)</c> names.</summary>
        public SourceEntry? Match(ObjectCreationExpressionSyntax creation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            var name = creation.Type switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
            if (name is null || !byMemberName.TryGetValue(name, out var candidates)
                || model.GetTypeInfo(creation, cancellationToken).Type is { TypeKind: not TypeKind.Error })
            {
                return null;
            }

            foreach (var (typeName, entry) in candidates)
            {
                if (typeName == name)
                {
                    return entry;
                }
            }

            return null;
        }
    }
}
