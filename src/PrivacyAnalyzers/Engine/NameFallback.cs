using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>A name-only match: the catalog entry and the category it yields here (a value-aware entry's from its argument).</summary>
    internal readonly struct NameMatch
    {
        public NameMatch(SourceEntry entry, string category)
        {
            Entry = entry;
            Category = category;
        }

        public SourceEntry Entry { get; }

        public string Category { get; }
    }

    /// <summary>
    /// Matching by name, for code whose references do not resolve (the <c>privacy</c> tool's folder
    /// mode, a project that was not restored). Off unless <c>privacy_analyzers.name_fallback = true</c>.
    /// Only members that did not bind at all are considered, and a receiver that binds to the user's own
    /// code (a type, a local of a known type) rules a match out, so a user's type or member that shares a
    /// platform API's name never matches. Real code is full of generic member names (<c>Shell.Current</c>,
    /// a touch event's <c>e.Location</c>, <c>video.Play()</c>), so a match needs the receiver to name the
    /// catalogued type (<c>Geolocation.Default.GetLocationAsync</c>, <c>Clipboard.GetTextAsync</c>,
    /// <c>Settings.Secure.GetString</c>), qualified only by the type's own namespace; a member name alone
    /// matches only when it is distinctive (<see cref="IsDistinctive"/>) and belongs to one catalogued type.
    /// Value-aware sources match when one argument names a value of their table, as a string literal or as
    /// the constant's name (<c>Settings.Secure.AndroidId</c> for <c>android_id</c>). Every match says it was
    /// made by name, with lower confidence.
    /// </summary>
    internal sealed class NameFallback
    {
        /// <summary>The global option that turns the fallback on.</summary>
        public const string OptionKey = "privacy_analyzers.name_fallback";

        /// <summary>The value of <c>Properties["confidence"]</c> on name-only matches.</summary>
        public const string NameConfidence = "name";

        /// <summary>
        /// Receivers that are a type's shared instance (<c>Geolocation.Default</c>, <c>DeviceInfo.Current</c>,
        /// <c>CrossX.Current</c>): the type is the name before them.
        /// </summary>
        private static readonly ImmutableHashSet<string> InstanceAccessors = ImmutableHashSet.Create(StringComparer.Ordinal, "Default", "Current", "Instance", "Shared");

        /// <summary>
        /// Member names that real code uses for its own things too: they never match without a receiver
        /// that names the type, however few catalogued types have them.
        /// https://github.com/dotnet/maui/blob/main/src/Essentials/src/DeviceInfo/DeviceInfo.shared.cs
        /// </summary>
        private static readonly ImmutableHashSet<string> GenericNames = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "Current", "Location", "Image", "Name", "Play", "Open", "String", "Text", "Id", "Model", "Value", "Data", "Address",
            "Email", "Phone", "Number", "Item", "Items", "Result", "Content", "Position", "Version", "Platform", "Manufacturer",
            "Idiom", "DeviceType", "DeviceId", "PhoneNumber", "UserName", "IpAddress", "LastLocation", "Token", "Serial",
            "Start", "Stop", "Read", "Get", "Request", "Capture", "Pick", "Query", "Identity", "User", "Account", "Accounts",
            // Two words, and still every UI toolkit's own: a WinForms Control raises LocationChanged, a language or a
            // font has a DisplayName, a contact row has a FirstName (KnownUserProperties.DisplayName in ShareX's OCR code
            // was a language's; menuForm.LocationChanged a form's); and server code is full of a culture's, a plugin
            // page's, an identity provider's display name (Jellyfin, IdentityServer).
            "LocationChanged", "PositionChanged", "DisplayName", "FirstName", "LastName", "AccountName", "DomainName", "PrincipalName");

        /// <summary>Verb prefixes that say nothing about what is read: <c>GetTextAsync</c> is as generic as <c>Text</c>.</summary>
        private static readonly ImmutableArray<string> VerbPrefixes = ImmutableArray.Create("Get", "Try", "Request", "Start", "Read", "Find", "Is", "Has");

        private readonly Dictionary<string, List<Candidate>> byMemberName;

        private NameFallback(Dictionary<string, List<Candidate>> byMemberName)
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

            return Create(entries);
        }

        /// <summary>The fallback over <paramref name="entries"/> (the option already read).</summary>
        public static NameFallback Create(ImmutableArray<SourceEntry> entries)
        {
            var grouped = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (!MemberId.TryParse(entry.MemberId, out var id) || id.Kind == 'T' || id.IsIndexer)
                {
                    continue;
                }

                // A value-aware source matches by name only through a value of its table.
                Dictionary<string, string>? values = null;
                if (entry.Category is null)
                {
                    if (entry.Argument is null || entry.Argument.CategoriesByValue.IsEmpty)
                    {
                        continue;
                    }

                    values = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var pair in entry.Argument.CategoriesByValue)
                    {
                        var key = Normalize(pair.Key);
                        if (key.Length > 0 && !values.ContainsKey(key))
                        {
                            values[key] = pair.Value;
                        }
                    }
                }

                // Code writes a type without its arity, and a constructor as the type's name.
                var typeName = id.TypeSimpleName;
                var member = id.IsConstructor ? typeName : id.MemberName;
                var qualifier = id.TypeName.Length > id.TypeMetadataName.Length ? id.TypeName.Substring(0, id.TypeName.Length - id.TypeMetadataName.Length - 1) : string.Empty;
                if (!grouped.TryGetValue(member, out var list))
                {
                    grouped[member] = list = new List<Candidate>();
                }

                list.Add(new Candidate(typeName, id.TypeMetadataName, qualifier, entry, values));
            }

            return new NameFallback(grouped);
        }

        /// <summary>Whether any catalogued member has this name: the cheap check before any other work.</summary>
        public bool MayMatch(string memberName) => byMemberName.ContainsKey(memberName);

        /// <summary>
        /// The source an unbound <c>receiver.Member</c> names, or null: see the class summary for the rules.
        /// </summary>
        public NameMatch? Match(MemberAccessExpressionSyntax access, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!byMemberName.TryGetValue(access.Name.Identifier.ValueText, out var candidates))
            {
                return null;
            }

            var info = model.GetSymbolInfo(access, cancellationToken);
            if (info.Symbol != null)
            {
                return null; // It bound: the symbol engine decides.
            }

            if (!info.CandidateSymbols.IsEmpty)
            {
                // No overload fits, yet every candidate is one catalogued method: the code was written against another
                // version of the SDK than the reference shape's (MyDriving's Geolocator 3 GetPositionAsync(2500), an int
                // timeout, against version 4's TimeSpan?), or an argument's type did not resolve. It still calls that
                // method. Any other reason (an ambiguity, an inaccessible member) leaves it to the symbol engine.
                return info.CandidateReason == CandidateReason.OverloadResolutionFailure
                    ? MatchAnyOverload(info.CandidateSymbols, candidates, access.Parent is InvocationExpressionSyntax failed && failed.Expression == access ? failed.ArgumentList : null)
                    : null;
            }

            if (IsWriteOrUnsubscription(access) || ReceiverIsOwnCode(access.Expression, model, cancellationToken))
            {
                return null;
            }

            var arguments = access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access ? invocation.ArgumentList : null;

            // A variable declared with a type that did not resolve names that type (IGeolocation geolocation, injected
            // the MAUI way): geolocation.GetLocationAsync() is the platform's when the declared type is the catalogued one.
            if (DeclaredErrorTypeName(access.Expression, model, cancellationToken) is { } declared)
            {
                foreach (var candidate in candidates)
                {
                    if (SameType(declared, candidate.TypeName) && candidate.CategoryFor(arguments) is { } category)
                    {
                        return new NameMatch(candidate.Entry, category);
                    }
                }
            }

            var (typeName, qualifier) = ReceiverTypeName(access.Expression);
            if (typeName != null)
            {
                NameMatch? first = null;
                foreach (var candidate in candidates)
                {
                    if (SameType(typeName, candidate.TypeName)
                        && QualifierFits(qualifier, candidate.Qualifier)
                        && candidate.CategoryFor(arguments) is { } category)
                    {
                        // MAUI and Xamarin Essentials share type names: the file's usings say which it is.
                        if (qualifier is null && Imports(access.SyntaxTree, candidate.Qualifier, cancellationToken))
                        {
                            return new NameMatch(candidate.Entry, category);
                        }

                        first ??= new NameMatch(candidate.Entry, category);
                    }
                }

                if (first != null)
                {
                    return first;
                }

                // The receiver names some other type: a platform type is not reached through it.
                if (char.IsUpper(typeName[0]))
                {
                    return null;
                }
            }

            // The member name alone: only a distinctive one, of one catalogued type.
            if (!IsDistinctive(access.Name.Identifier.ValueText))
            {
                return null;
            }

            // A property of a value the code already holds (contact.GivenName after a pick) is read where the value
            // was obtained: a property name alone never matches through a local or a parameter.
            var variable = VariableReceiver(access.Expression, model, cancellationToken);
            if (variable && IsPropertyRead(access))
            {
                return null;
            }

            Candidate? only = null;
            foreach (var candidate in candidates)
            {
                if (only is { } seen && !SameType(seen.TypeName, candidate.TypeName))
                {
                    return null;
                }

                only ??= candidate;
            }

            // A variable declared with some other unresolved type, while the catalogued type itself resolves (the
            // framework or a reference shape has it): real uses of that type bind by symbol, so this member is the
            // other type's (dataObject.GetFileDropList() on a DataObject is not Clipboard.GetFileDropList).
            if (variable && only is { } named && DeclaredErrorTypeName(access.Expression, model, cancellationToken) != null
                && named.Qualifier.Length > 0 && model.Compilation.GetTypeByMetadataName(named.Qualifier + "." + named.MetadataName) != null)
            {
                return null;
            }

            return only is { } single && single.CategoryFor(arguments) is { } singleCategory ? new NameMatch(single.Entry, singleCategory) : null;
        }

        /// <summary>
        /// The entry every one of <paramref name="symbols"/> (the candidates of a failed overload resolution) belongs to, when it
        /// is an entry for all of a method's overloads (<c>M:…IGeolocator.GetPositionAsync</c>) or for that very overload; null
        /// when they differ. A value-aware entry decides by its arguments as a name match does
        /// (<c>SecureSettings.GetString(this.ContentResolver, SecureSettings.AndroidId)</c> in an activity whose base did not resolve).
        /// </summary>
        private static NameMatch? MatchAnyOverload(ImmutableArray<ISymbol> symbols, List<Candidate> candidates, ArgumentListSyntax? arguments)
        {
            NameMatch? found = null;
            foreach (var symbol in symbols)
            {
                if (symbol is not IMethodSymbol method)
                {
                    return null;
                }

                var definition = (method.ReducedFrom ?? method).OriginalDefinition;
                if (!MemberId.TryCreate(definition, out var called))
                {
                    return null;
                }

                NameMatch? match = null;
                foreach (var candidate in candidates)
                {
                    if (MemberId.TryParse(candidate.Entry.MemberId, out var id)
                        && (id.AllOverloads ? called.OverloadKey == id.OverloadKey : called.WithoutReturnType == id.WithoutReturnType)
                        && candidate.CategoryFor(arguments) is { } category)
                    {
                        match = new NameMatch(candidate.Entry, category);
                        break;
                    }
                }

                if (match is not { } matched || (found is { } earlier && !ReferenceEquals(earlier.Entry, matched.Entry)))
                {
                    return null;
                }

                found = matched;
            }

            return found;
        }

        /// <summary>
        /// Only reads collect, by name as by symbol: assigning the member (<c>Clipboard.Text = …</c>), unsubscribing
        /// (<c>Geolocation.LocationChanged -= …</c>) and <c>nameof(…)</c> are not sites.
        /// </summary>
        private static bool IsWriteOrUnsubscription(MemberAccessExpressionSyntax access)
        {
            if (access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access)
            {
                return !assignment.IsKind(SyntaxKind.AddAssignmentExpression);
            }

            return access.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } };
        }

        /// <summary>Whether the receiver is a local or a parameter: a value the code holds, not a type.</summary>
        private static bool VariableReceiver(ExpressionSyntax receiver, SemanticModel model, CancellationToken cancellationToken)
            => receiver is IdentifierNameSyntax
               && model.GetSymbolInfo(receiver, cancellationToken).Symbol is ILocalSymbol or IParameterSymbol;

        /// <summary>A member access read as a value, not invoked, subscribed to or passed as a method group.</summary>
        private static bool IsPropertyRead(MemberAccessExpressionSyntax access)
            => !(access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access)
               && !(access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access);

        /// <summary>The name of the unresolved type a local, parameter, field or property was declared with; null otherwise.</summary>
        private static string? DeclaredErrorTypeName(ExpressionSyntax receiver, SemanticModel model, CancellationToken cancellationToken)
        {
            if (receiver is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }))
            {
                return null;
            }

            var symbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
            var type = symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            return type is IErrorTypeSymbol { Name.Length: > 0 } error && error.Name != "var" ? error.Name : null;
        }

        /// <summary>The source an unbound <c>new AudioRecord(…)</c> names, qualified (if at all) by its own namespace.</summary>
        public NameMatch? Match(ObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
        {
            var (name, qualifier) = creation.Type switch
            {
                QualifiedNameSyntax qualified => (qualified.Right.Identifier.ValueText, qualified.Left.ToString()),
                SimpleNameSyntax simple => (simple.Identifier.ValueText, null),
                _ => ((string?)null, (string?)null),
            };
            if (name is null || !byMemberName.TryGetValue(name, out var candidates)
                || model.GetTypeInfo(creation, cancellationToken).Type is { TypeKind: not TypeKind.Error })
            {
                return null;
            }

            foreach (var candidate in candidates)
            {
                if (candidate.TypeName == name && QualifierFits(qualifier, candidate.Qualifier) && candidate.CategoryFor(creation.ArgumentList) is { } category)
                {
                    return new NameMatch(candidate.Entry, category);
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a member name says what it reads without a receiver: not a generic word
        /// (<see cref="GenericNames"/>), and at least two words once a verb prefix and <c>Async</c> are
        /// dropped (<c>GetPhysicalAddress</c>, <c>PrimaryClip</c>; not <c>GetTextAsync</c>, <c>Location</c>).
        /// </summary>
        internal static bool IsDistinctive(string name)
        {
            if (GenericNames.Contains(name))
            {
                return false;
            }

            var core = name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;
            foreach (var prefix in VerbPrefixes)
            {
                if (core.Length > prefix.Length && core.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(core[prefix.Length]))
                {
                    core = core.Substring(prefix.Length);
                    break;
                }
            }

            return !GenericNames.Contains(core) && Words(core) >= 2;
        }

        /// <summary>PascalCase words: <c>PhysicalAddress</c> 2, <c>IPAddress</c> 2, <c>Text</c> 1.</summary>
        private static int Words(string name)
        {
            var words = 0;
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsUpper(c))
                {
                    continue;
                }

                var startsWord = i == 0 || !char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]));
                if (startsWord)
                {
                    words++;
                }
            }

            return words;
        }

        /// <summary>Whether the file's own usings (at its top or in a namespace) import <paramref name="ns"/>.</summary>
        private static bool Imports(SyntaxTree tree, string ns, CancellationToken cancellationToken)
        {
            if (ns.Length == 0 || tree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit)
            {
                return false;
            }

            foreach (var directive in unit.Usings)
            {
                if (directive.Alias is null && directive.Name?.ToString() == ns)
                {
                    return true;
                }
            }

            foreach (var member in unit.Members)
            {
                if (member is BaseNamespaceDeclarationSyntax declaration)
                {
                    foreach (var directive in declaration.Usings)
                    {
                        if (directive.Alias is null && directive.Name?.ToString() == ns)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static bool SameType(string a, string b)
            => a == b || a == "I" + b || "I" + a == b;

        /// <summary>
        /// The type name a receiver names, and what qualifies it: <c>Clipboard</c> (no qualifier),
        /// <c>Geolocation.Default</c> → <c>Geolocation</c>, <c>Android.Provider.Settings.Secure</c> →
        /// <c>Secure</c> qualified by <c>Android.Provider.Settings</c>. Null for a call or an indexer.
        /// </summary>
        private static (string? TypeName, string? Qualifier) ReceiverTypeName(ExpressionSyntax receiver)
        {
            while (true)
            {
                switch (receiver)
                {
                    case SimpleNameSyntax simple:
                        return (simple.Identifier.ValueText, null);
                    case MemberAccessExpressionSyntax inner when IsInstanceAccessor(inner.Name.Identifier.ValueText)
                        && inner.Expression is SimpleNameSyntax or MemberAccessExpressionSyntax:
                        receiver = inner.Expression;
                        continue;
                    case MemberAccessExpressionSyntax inner:
                        return (inner.Name.Identifier.ValueText, inner.Expression.ToString());
                    case AliasQualifiedNameSyntax alias:
                        return (alias.Name.Identifier.ValueText, null);
                    default:
                        return (null, null);
                }
            }
        }

        /// <summary><c>Default</c>, <c>Current</c>, <c>Instance</c>, <c>Shared</c>, and names that start so (<c>UIDevice.CurrentDevice</c>).</summary>
        private static bool IsInstanceAccessor(string name)
        {
            if (InstanceAccessors.Contains(name))
            {
                return true;
            }

            foreach (var accessor in InstanceAccessors)
            {
                if (name.Length > accessor.Length && name.StartsWith(accessor, StringComparison.Ordinal) && char.IsUpper(name[accessor.Length]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A written qualifier must be the end of the type's own qualifier (<c>Settings</c> or
        /// <c>Android.Provider.Settings</c> for <c>Android.Provider.Settings.Secure</c>, <c>global::</c> allowed).
        /// </summary>
        private static bool QualifierFits(string? written, string actual)
        {
            if (written is null || written.Length == 0)
            {
                return true;
            }

            if (written.StartsWith("global::", StringComparison.Ordinal))
            {
                written = written.Substring("global::".Length);
                return written == actual;
            }

            return written == actual || (actual.EndsWith(written, StringComparison.Ordinal) && actual[actual.Length - written.Length - 1] == '.');
        }

        /// <summary>
        /// Whether the receiver is the user's own code: a type declared in source, or anything (a local, a
        /// field, <c>this</c>) whose type is known; leftwards through a member-access chain, so
        /// <c>Geolocation.Default</c> with the user's own <c>Geolocation</c> is ruled out too.
        /// </summary>
        private static bool ReceiverIsOwnCode(ExpressionSyntax receiver, SemanticModel model, CancellationToken cancellationToken)
        {
            while (true)
            {
                if (receiver is ThisExpressionSyntax or BaseExpressionSyntax)
                {
                    return true;
                }

                var symbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
                switch (symbol)
                {
                    case INamespaceSymbol:
                        return false;
                    case ITypeSymbol type:
                        return type.TypeKind != TypeKind.Error && IsInSource(type);
                    case ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol or IMethodSymbol:
                        var typeOf = model.GetTypeInfo(receiver, cancellationToken).Type;
                        return typeOf is { TypeKind: not TypeKind.Error };
                }

                if (receiver is MemberAccessExpressionSyntax inner)
                {
                    receiver = inner.Expression;
                    continue;
                }

                return false;
            }
        }

        private static bool IsInSource(ISymbol symbol)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>android_id</c>, <c>AndroidId</c> and <c>ANDROID_ID</c> alike: letters and digits, lower case.</summary>
        private static string Normalize(string text)
        {
            var chars = new char[text.Length];
            var length = 0;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    chars[length++] = char.ToLowerInvariant(c);
                }
            }

            return new string(chars, 0, length);
        }

        /// <summary>One catalogued member a name may stand for.</summary>
        private readonly struct Candidate
        {
            public Candidate(string typeName, string metadataName, string qualifier, SourceEntry entry, Dictionary<string, string>? values)
            {
                TypeName = typeName;
                MetadataName = metadataName;
                Qualifier = qualifier;
                Entry = entry;
                Values = values;
            }

            /// <summary>The type's simple name (<c>Secure</c>).</summary>
            public string TypeName { get; }

            /// <summary>The type's metadata name, with its arity (<c>UserManager`1</c>).</summary>
            public string MetadataName { get; }

            /// <summary>The namespace and outer types before it (<c>Android.Provider.Settings</c>).</summary>
            public string Qualifier { get; }

            public SourceEntry Entry { get; }

            /// <summary>A value-aware entry's values, normalized (<see cref="Normalize"/>); null for a plain entry.</summary>
            public Dictionary<string, string>? Values { get; }

            /// <summary>
            /// The category of a use with these arguments: a plain entry's own; a value-aware entry's
            /// from the one argument that names a value of its table (a string literal or the constant's
            /// name), else null: by name, an unknown value is not guessed.
            /// </summary>
            public string? CategoryFor(BaseArgumentListSyntax? arguments)
            {
                if (Values is null)
                {
                    return Entry.Category;
                }

                if (arguments is null)
                {
                    return null;
                }

                foreach (var argument in arguments.Arguments)
                {
                    var text = argument.Expression switch
                    {
                        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        _ => null,
                    };
                    if (text is null)
                    {
                        continue;
                    }

                    var normalized = Normalize(text);
                    if (Values.TryGetValue(normalized, out var category))
                    {
                        return category;
                    }

                    // A constant's name that adds a word to its value: LocationManager.NetworkProvider is "network".
                    foreach (var pair in Values)
                    {
                        if (pair.Key.Length >= 3 && normalized.Length > pair.Key.Length && normalized.StartsWith(pair.Key, StringComparison.Ordinal)
                            && argument.Expression is MemberAccessExpressionSyntax or IdentifierNameSyntax)
                        {
                            return pair.Value;
                        }
                    }
                }

                // Not a known value: the entry's own fallback for a value it cannot read (null: stay silent).
                return Entry.Argument?.Fallback;
            }
        }
    }
}
