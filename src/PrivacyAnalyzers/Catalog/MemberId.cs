using System;
#if !PRIVACY_MANIFESTS
using Microsoft.CodeAnalysis;
#endif

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// A documentation-comment id (<c>M:Ns.Type.Member(System.String)</c>, <c>P:</c>, <c>E:</c>,
    /// <c>F:</c>, <c>T:</c>), parsed once: the only place that cuts one apart. It extends the standard
    /// grammar in one way: a method id with no parameter list names every overload of that name, of
    /// any generic arity (<c>M:Ns.Type.Method</c>, <c>M:Ns.Type.#ctor</c>), so a table need not spell
    /// each one. Roslyn ends a conversion operator's id with its return type (<c>~System.String</c>);
    /// matching ignores it. Holding only the text and a few positions, it costs one allocation-free
    /// scan to parse; the parts are cut out when asked for.
    /// </summary>
    internal readonly struct MemberId : IEquatable<MemberId>
    {
        /// <summary>The id kinds this struct understands, as their one-letter prefixes.</summary>
        private const string Kinds = "MPFET";

        /// <summary>The position of the dot between type and member (the path's end for a <c>T:</c> id).</summary>
        private readonly int typeEnd;

        /// <summary>The end of the member's name without its generic arity (<c>``1</c>).</summary>
        private readonly int nameEnd;

        /// <summary>The end of the dotted path: the <c>(</c>, the <c>~</c>, or the end of the text.</summary>
        private readonly int pathEnd;

        /// <summary>The position of <c>~</c> before a return type, or the end of the text.</summary>
        private readonly int returnStart;

        private MemberId(string text, int typeEnd, int nameEnd, int pathEnd, int returnStart)
        {
            Text = text;
            this.typeEnd = typeEnd;
            this.nameEnd = nameEnd;
            this.pathEnd = pathEnd;
            this.returnStart = returnStart;
        }

        /// <summary>The id as written.</summary>
        public string Text { get; }

        /// <summary><c>M</c>, <c>P</c>, <c>F</c>, <c>E</c> or <c>T</c>.</summary>
        public char Kind => Text[0];

        /// <summary>The containing type's dotted path, with its arity as the id spells it: <c>Microsoft.AspNetCore.Identity.UserManager`1</c>.</summary>
        public string TypeName => Text.Substring(2, typeEnd - 2);

        /// <summary>The id of the containing type (of the type itself, for a <c>T:</c> id): <c>T:Android.Provider.Settings.Secure</c>.</summary>
        public string ContainingTypeId => "T:" + TypeName;

        /// <summary>The type's own name as metadata spells it (<c>UserManager`1</c>), which Roslyn's <c>MetadataName</c> returns.</summary>
        public string TypeMetadataName
        {
            get
            {
                var start = Text.LastIndexOf('.', typeEnd - 1, typeEnd - 2) + 1;
                return Text.Substring(start < 2 ? 2 : start, typeEnd - (start < 2 ? 2 : start));
            }
        }

        /// <summary>The type's name as code writes it: <c>UserManager</c>, <c>Secure</c> (an id cannot tell a namespace from an outer type).</summary>
        public string TypeSimpleName => StripArity(TypeMetadataName, '`');

        /// <summary>The member's name as the id spells it, without generic arity: <c>GetEmailAsync</c>, <c>#ctor</c>, <c>Item</c>; empty for a type.</summary>
        public string MemberName => Kind == 'T' ? string.Empty : Text.Substring(typeEnd + 1, nameEnd - typeEnd - 1);

#if !PRIVACY_MANIFESTS
        /// <summary>The member's name as Roslyn's symbols carry it: <c>.ctor</c> for <c>#ctor</c>, <c>this[]</c> for an indexer.</summary>
        public string SymbolName
        {
            get
            {
                var name = MemberName;
                return name switch
                {
                    "#ctor" => WellKnownMemberNames.InstanceConstructorName,
                    "#cctor" => WellKnownMemberNames.StaticConstructorName,
                    _ when IsIndexer => "this[]",
                    _ => name.Replace('#', '.'),
                };
            }
        }
#endif

        /// <summary>Whether the id carries a parameter list (<c>(…)</c>, possibly empty).</summary>
        public bool HasParameters => pathEnd < Text.Length && Text[pathEnd] == '(';

        /// <summary>The parameter list without its parentheses (<c>System.String,System.Int32</c>), or null when there is none.</summary>
        public string? Parameters => HasParameters ? Text.Substring(pathEnd + 1, returnStart - pathEnd - 2) : null;

        /// <summary>A method id without a parameter list: it names every overload (<see cref="Matches"/>).</summary>
        public bool AllOverloads => Kind == 'M' && !HasParameters;

        public bool IsConstructor => Kind == 'M' && (MemberName == "#ctor" || MemberName == "#cctor");

        /// <summary>Indexers are properties with parameters; their id names them <c>Item</c>.</summary>
        public bool IsIndexer => Kind == 'P' && HasParameters;

        /// <summary>The id without Roslyn's <c>~ReturnType</c> suffix.</summary>
        public string WithoutReturnType => returnStart == Text.Length ? Text : Text.Substring(0, returnStart);

        /// <summary>
        /// <c>M:Ns.T.M``1(``0)</c> → <c>M:Ns.T.M</c>: the id an all-overloads entry is written as, and the
        /// key under which any overload of the method finds it.
        /// </summary>
        public string OverloadKey => Text.Substring(0, nameEnd);

        /// <summary>The member as a reader knows it: <c>ConnectionInfo.RemoteIpAddress</c>, <c>new AudioRecord</c>, <c>IHeaderDictionary[…]</c>.</summary>
        public string Display
            => Kind == 'T' ? TypeSimpleName : Format(TypeSimpleName, MemberName.Replace('#', '.'), IsConstructor, IsIndexer, argumentValue: null);

        public static bool operator ==(MemberId left, MemberId right) => left.Equals(right);

        public static bool operator !=(MemberId left, MemberId right) => !left.Equals(right);

        /// <summary>
        /// Parses an id; never throws. False for anything that cannot name a member: no kind prefix,
        /// whitespace, an empty segment, a member without a type, an unbalanced parameter list.
        /// </summary>
        public static bool TryParse(string? text, out MemberId id)
        {
            id = default;
            if (text is null || text.Length < 3 || text[1] != ':' || Kinds.IndexOf(text[0]) < 0)
            {
                return false;
            }

            var pathAt = text.Length;
            var returnAt = text.Length;
            for (var i = 2; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    return false;
                }

                if ((c == '(' || c == '~') && pathAt == text.Length)
                {
                    pathAt = i;
                }

                if (c == '~')
                {
                    returnAt = i;
                    break;
                }
            }

            if (pathAt < text.Length && text[pathAt] == '(')
            {
                // A parameter list closes right before the return type or the end, and only methods and indexers have one.
                if (returnAt - 1 <= pathAt || text[returnAt - 1] != ')' || (text[0] != 'M' && text[0] != 'P'))
                {
                    return false;
                }
            }

            if ((returnAt < text.Length && returnAt == text.Length - 1) || !IsDottedPath(text, 2, pathAt))
            {
                return false;
            }

            if (text[0] == 'T')
            {
                id = new MemberId(text, pathAt, pathAt, pathAt, returnAt);
                return pathAt == text.Length;
            }

            var typeAt = text.LastIndexOf('.', pathAt - 1, pathAt - 2);
            if (typeAt < 2)
            {
                return false; // A member needs a type: M:Foo names nothing.
            }

            var nameAt = text.IndexOf("``", typeAt, pathAt - typeAt, StringComparison.Ordinal);
            if (nameAt < 0)
            {
                nameAt = pathAt;
            }

            id = new MemberId(text, typeAt, nameAt, pathAt, returnAt);
            return nameAt > typeAt + 1; // M:Ns.Type.``1 has no name.
        }

        /// <summary>The display name of an id (<see cref="Display"/>), or the text itself when it does not parse.</summary>
        public static string DisplayNameOf(string documentationId)
            => TryParse(documentationId, out var id) ? id.Display : documentationId;

#if !PRIVACY_MANIFESTS
        /// <summary>The declaration id of a symbol, parsed; false for symbols that have none (locals, lambdas).</summary>
        public static bool TryCreate(ISymbol symbol, out MemberId id)
        {
            id = default;
            return DocumentationCommentId.CreateDeclarationId(symbol) is { } text && TryParse(text, out id);
        }

        /// <summary>
        /// The overload rules: whether this (catalog) id names the member whose declaration id is
        /// <paramref name="declaration"/>. An all-overloads id names every method of that name and
        /// type, of any parameters and generic arity; any other id names exactly itself, return type aside.
        /// </summary>
        public bool Matches(MemberId declaration)
            => AllOverloads
                ? declaration.Kind == 'M' && string.Equals(OverloadKey, declaration.OverloadKey, StringComparison.Ordinal)
                : string.Equals(WithoutReturnType, declaration.WithoutReturnType, StringComparison.Ordinal);

        /// <summary>
        /// A member as a reader knows it, with the constant argument that made the use personal:
        /// <c>Settings.Secure.GetString("android_id")</c>, <c>IHeaderDictionary["User-Agent"]</c>,
        /// <c>new AudioRecord</c>, <c>NetworkInterface.GetPhysicalAddress</c>. Nested types keep their containers.
        /// </summary>
        public static string DisplayName(ISymbol member, string? argumentValue)
            => Format(
                WrittenTypeName(member.ContainingType),
                member.Name,
                member is IMethodSymbol { MethodKind: MethodKind.Constructor },
                member is IPropertySymbol { IsIndexer: true },
                argumentValue);

#endif

        public bool Equals(MemberId other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is MemberId other && Equals(other);

        public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

        public override string ToString() => Text ?? string.Empty;

        /// <summary>The one display rule, for ids and symbols alike.</summary>
        private static string Format(string? type, string member, bool constructor, bool indexer, string? argumentValue)
        {
            if (constructor)
            {
                return "new " + type;
            }

            var value = argumentValue is null ? null : "\"" + argumentValue + "\"";
            if (indexer)
            {
                return type + "[" + (value ?? "…") + "]";
            }

            var name = type is null ? member : type + "." + member;
            return value is null ? name : name + "(" + value + ")";
        }

#if !PRIVACY_MANIFESTS
        /// <summary>A type as written in code: nested types with their containers (<c>Settings.Secure</c>).</summary>
        private static string? WrittenTypeName(INamedTypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            var name = type.Name;
            for (var outer = type.ContainingType; outer != null; outer = outer.ContainingType)
            {
                name = outer.Name + "." + name;
            }

            return name;
        }
#endif

        private static bool IsDottedPath(string text, int start, int end)
        {
            if (end <= start || text[start] == '.' || text[end - 1] == '.')
            {
                return false;
            }

            for (var i = start + 1; i < end; i++)
            {
                if (text[i] == '.' && text[i - 1] == '.')
                {
                    return false;
                }
            }

            return true;
        }

        private static string StripArity(string name, char tick)
        {
            var arity = name.IndexOf(tick);
            return arity <= 0 ? name : name.Substring(0, arity);
        }
    }
}
