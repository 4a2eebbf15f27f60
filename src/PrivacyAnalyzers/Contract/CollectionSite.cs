using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Contract
{
    /// <summary>
    /// One reported collection site, as the analyzers tell the tools: what is collected (the category),
    /// through what (the API, or a bound request path), where in the code (the enclosing member) and
    /// why (the covering declaration's purposes). Written to and read from
    /// <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> only by <see cref="SiteCodec"/>; tools
    /// never parse a diagnostic's message, which is for people.
    /// </summary>
    // Linked into PrivacyAnalyzers.Manifests (Roslyn-free) as internal: the CLI references both assemblies and must see one type.
#if PRIVACY_MANIFESTS
    internal
#else
    public
#endif
    sealed class CollectionSite : IEquatable<CollectionSite>
    {
        /// <summary>The value of <see cref="Confidence"/> for <see cref="SiteKind.NameMatch"/> sites.</summary>
        public const string NameConfidence = "name";

        /// <summary>Creates a site; lists are copied without repeats (purposes and categories keep their order).</summary>
        public CollectionSite(
            string category,
            string api,
            SiteKind kind = SiteKind.ApiCall,
            string? sourceId = null,
            string? boundPath = null,
            string? platform = null,
            string? member = null,
            string? declaredCategory = null,
            IEnumerable<string>? purposes = null,
            IEnumerable<string>? categories = null,
            string? confidence = null)
        {
            explicitConfidence = confidence;
            Category = category ?? throw new ArgumentNullException(nameof(category));
            Api = api ?? throw new ArgumentNullException(nameof(api));
            Kind = kind;
            SourceId = sourceId;
            BoundPath = boundPath;
            Platform = platform;
            Member = member;
            DeclaredCategory = declaredCategory;
            Purposes = Distinct(purposes);
            Categories = Distinct(categories);
        }

        /// <summary>The category id collected (<c>user.device.ip_address</c>); for a possible collection, the possible categories' common ancestor.</summary>
        public string Category { get; }

        /// <summary>
        /// The API as a reader knows it: <c>ConnectionInfo.RemoteIpAddress</c>,
        /// <c>IHeaderDictionary["User-Agent"]</c>, <c>new AudioRecord</c>; for a bound request, the bound path.
        /// </summary>
        public string Api { get; }

        /// <summary>How the site was found.</summary>
        public SiteKind Kind { get; }

        /// <summary>The documentation-comment id of the catalogued (or user-marked) member; null for request binding.</summary>
        public string? SourceId { get; }

        /// <summary>For <see cref="SiteKind.RequestBinding"/>: the bound parameter's type and member path (<c>SignUpForm.Email</c>).</summary>
        public string? BoundPath { get; }

        /// <summary>The platform the source belongs to (<c>ASP.NET Core</c>, <c>.NET for Android</c>).</summary>
        public string? Platform { get; }

        /// <summary>The enclosing member, as <c>Type.Member</c>.</summary>
        public string? Member { get; }

        /// <summary>The category of the covering <c>[CollectsPersonalData]</c>, or null when the site is undeclared.</summary>
        public string? DeclaredCategory { get; }

        /// <summary>The covering declaration's purpose ids, as declared (order kept, no repeats); empty when undeclared.</summary>
        public ImmutableArray<string> Purposes { get; }

        /// <summary>For a possible collection (PRIV008): every category the run-time value may select, sorted; otherwise empty.</summary>
        public ImmutableArray<string> Categories { get; }

        private readonly string? explicitConfidence;

        /// <summary>
        /// Null for a symbol match; <see cref="NameConfidence"/> for a name-only match, or for a request-bound member
        /// that only its name says is personal (<c>Email</c> without an annotation).
        /// </summary>
        public string? Confidence => explicitConfidence ?? (Kind == SiteKind.NameMatch ? NameConfidence : null);

        /// <summary>Whether a declaration covers the site.</summary>
        public bool IsDeclared => DeclaredCategory != null;

        /// <summary>
        /// The API as messages and manifests show it: <see cref="Api"/>, saying how a site that is not an
        /// API call was found (<c>SignUpForm.Email (bound from the request)</c>); a site that names no API
        /// (an older analyzer's) shows its source's id as <see cref="Catalog.MemberId"/> displays it.
        /// </summary>
        public string DisplayApi => Kind switch
        {
            SiteKind.RequestBinding => Api + " (bound from the request)",
            SiteKind.NameMatch => Api + " (matched by name: references did not resolve)",
            _ when Api.Length == 0 && SourceId != null => Catalog.MemberId.DisplayNameOf(SourceId),
            _ => Api,
        };

        /// <summary>A copy with another declaration (category and purposes).</summary>
        public CollectionSite WithDeclaration(string? declaredCategory, IEnumerable<string>? purposes)
            => new CollectionSite(Category, Api, Kind, SourceId, BoundPath, Platform, Member, declaredCategory, purposes, Categories, explicitConfidence);

        /// <inheritdoc/>
        public bool Equals(CollectionSite? other)
            => other is not null
                && Category == other.Category && Api == other.Api && Kind == other.Kind && SourceId == other.SourceId
                && BoundPath == other.BoundPath && Platform == other.Platform && Member == other.Member
                && DeclaredCategory == other.DeclaredCategory && SequenceEqual(Purposes, other.Purposes) && SequenceEqual(Categories, other.Categories)
                && Confidence == other.Confidence;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as CollectionSite);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            var hash = StringComparer.Ordinal.GetHashCode(Category);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Api);
            hash = (hash * 31) + (int)Kind;
            return (hash * 31) + (SourceId is null ? 0 : StringComparer.Ordinal.GetHashCode(SourceId));
        }

        /// <inheritdoc/>
        public override string ToString() => Category + " at " + DisplayApi;

        internal static bool SequenceEqual(ImmutableArray<string> a, ImmutableArray<string> b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Length; i++)
            {
                if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static ImmutableArray<string> Distinct(IEnumerable<string>? values)
        {
            if (values is null)
            {
                return ImmutableArray<string>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var value in values)
            {
                if (value != null && !builder.Contains(value))
                {
                    builder.Add(value);
                }
            }

            return builder.ToImmutable();
        }
    }
}
