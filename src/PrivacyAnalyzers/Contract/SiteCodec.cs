using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
#if !PRIVACY_MANIFESTS
using Microsoft.CodeAnalysis;
#endif

namespace PrivacyAnalyzers.Contract
{
    /// <summary>
    /// The one place that writes and reads what a diagnostic tells the tools, in
    /// <see cref="Diagnostic.Properties"/>: every rule writes through it, the <c>privacy</c> tool and the
    /// code fixes read through it. The keys are the contract (SARIF consumers read them too): they keep
    /// their names, <c>category</c> above all (DESIGN.md). Lists are comma-separated with <c>\</c>
    /// escaping a comma or a backslash inside an item, so a list of ordinary ids reads as it always has;
    /// an empty list is an absent key.
    /// </summary>
    // Linked into PrivacyAnalyzers.Manifests (Roslyn-free) as internal: the CLI references both assemblies and must see one type.
#if PRIVACY_MANIFESTS
    internal
#else
    public
#endif
    static class SiteCodec
    {
        /// <summary>The category id of a site (every site diagnostic carries it), or of a PRIV002.</summary>
        public const string CategoryKey = "category";

        /// <summary>The API as a reader knows it (<see cref="CollectionSite.Api"/>).</summary>
        public const string ApiKey = "api";

        /// <summary>How the site was found: <c>api</c>, <c>binding</c> or <c>name</c>.</summary>
        public const string KindKey = "kind";

        /// <summary>The source member's documentation-comment id; absent for request binding.</summary>
        public const string SourceKey = "source";

        /// <summary>The bound request path of a request-binding site.</summary>
        public const string BoundPathKey = "boundPath";

        /// <summary>The source's platform.</summary>
        public const string PlatformKey = "platform";

        /// <summary>The enclosing member, <c>Type.Member</c>.</summary>
        public const string MemberKey = "member";

        /// <summary>The covering declaration's category, when declared.</summary>
        public const string DeclaredCategoryKey = "declaredCategory";

        /// <summary>The covering declaration's purpose ids (a list).</summary>
        public const string PurposesKey = "purposes";

        /// <summary>The possible category ids of a PRIV008 (a list).</summary>
        public const string CategoriesKey = "categories";

        /// <summary><c>name</c> for name-only matches; absent for symbol matches.</summary>
        public const string ConfidenceKey = "confidence";

        /// <summary>The purpose id at fault (PRIV002).</summary>
        public const string PurposeKey = "purpose";

        /// <summary>The nearest known id (PRIV006).</summary>
        public const string NearestKey = "nearest";

        /// <summary>PRIV009: the former id as written.</summary>
        public const string DeprecatedKey = "deprecated";

        /// <summary>PRIV009: the fideslang id(s) the former id is read as, a list.</summary>
        public const string ReplacedByKey = "replacedBy";

        /// <summary>A flow's sink kind: <c>log</c>, <c>third-party</c>, <c>network</c>, <c>storage</c>, or <c>unresolved</c> (a coverage gap, PRIV105 only).</summary>
        public const string SinkKey = "sink";

        /// <summary>A flow's sink API.</summary>
        public const string SinkApiKey = "sinkApi";

        /// <summary>Who receives a flow's data.</summary>
        public const string ProcessorKey = "processor";

        /// <summary><c>true</c> when a flow's data was hashed on the way (pseudonymised); absent otherwise.</summary>
        public const string PseudonymisedKey = "pseudonymised";

        /// <summary><c>true</c> when a flow's processor is a declared recipient; absent otherwise.</summary>
        public const string RecipientDeclaredKey = "recipientDeclared";

        /// <summary><c>true</c> when a flow goes over a plain <c>http://</c> URL; absent otherwise.</summary>
        public const string InsecureKey = "insecure";

        /// <summary><c>true</c> when a flow's processor is a declared service provider (the policy's <c>(service provider)</c>); absent otherwise.</summary>
        public const string ServiceProviderKey = "serviceProvider";

        /// <summary>How many hops a flow has; hop <c>i</c> is additional location <c>i</c>, described by <c>hop.i</c>.</summary>
        public const string HopsKey = "hops";

        /// <summary>The prefix of a hop's description key (<c>hop.0</c>, <c>hop.1</c>, …).</summary>
        public const string HopKeyPrefix = "hop.";

        /// <summary>The reason codes of a required-reason declaration (PRIV205, a list).</summary>
        public const string ReasonsKey = "reasons";

        /// <summary>The reason code at fault (PRIV202, PRIV203).</summary>
        public const string ReasonKey = "reason";

        /// <summary>The NuGet package that brings a commonly used SDK (PRIV204).</summary>
        public const string PackageKey = "package";

        private const char Separator = ',';
        private const char Escape = '\\';

        /// <summary>The properties of a site diagnostic (PRIV001, PRIV003, PRIV007, PRIV008).</summary>
        public static ImmutableDictionary<string, string?> Write(CollectionSite site)
        {
            if (site is null)
            {
                throw new ArgumentNullException(nameof(site));
            }

            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            WriteSite(builder, site);
            return builder.ToImmutable();
        }

#if !PRIVACY_MANIFESTS
        /// <summary>The site a diagnostic reports, or false when it carries none (no category).</summary>
        public static bool TryReadSite(Diagnostic diagnostic, out CollectionSite? site)
        {
            site = ReadSite(diagnostic?.Properties ?? throw new ArgumentNullException(nameof(diagnostic)));
            return site != null;
        }
#endif

        /// <summary>The site in a diagnostic's properties, or null when they carry none (no category).</summary>
        public static CollectionSite? ReadSite(IReadOnlyDictionary<string, string?> properties)
        {
            var category = Get(properties, CategoryKey);
            if (category is null)
            {
                return null;
            }

            var kind = Get(properties, KindKey) switch
            {
                "binding" => SiteKind.RequestBinding,
                "name" => SiteKind.NameMatch,
                "api" => SiteKind.ApiCall,
                _ => Get(properties, ConfidenceKey) == CollectionSite.NameConfidence ? SiteKind.NameMatch : SiteKind.ApiCall,
            };
            return new CollectionSite(
                category,
                Get(properties, ApiKey) ?? string.Empty,
                kind,
                Get(properties, SourceKey),
                Get(properties, BoundPathKey),
                Get(properties, PlatformKey),
                Get(properties, MemberKey),
                Get(properties, DeclaredCategoryKey),
                ReadList(properties, PurposesKey),
                ReadList(properties, CategoriesKey),
                kind == SiteKind.NameMatch ? null : Get(properties, ConfidenceKey));
        }

        /// <summary>The properties of a PRIV002: the category and the purpose the policy does not allow for it.</summary>
        public static ImmutableDictionary<string, string?> WritePurposeNotAllowed(string category, string purpose)
            => ImmutableDictionary.Create<string, string?>(StringComparer.Ordinal).Add(CategoryKey, category).Add(PurposeKey, purpose);

        /// <summary>The properties of a PRIV006: the nearest known id, when there is one.</summary>
        public static ImmutableDictionary<string, string?> WriteUnknownId(string? nearest)
            => nearest is null
                ? ImmutableDictionary.Create<string, string?>(StringComparer.Ordinal)
                : ImmutableDictionary.Create<string, string?>(StringComparer.Ordinal).Add(NearestKey, nearest);

        /// <summary>
        /// The properties of a PRIV201: the full category name (<c>NSPrivacyAccessedAPICategoryFileTimestamp</c>),
        /// the API as a reader knows it and its documentation-comment id.
        /// </summary>
        public static ImmutableDictionary<string, string?> WriteRequiredReasonUse(string category, string api, string? source)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            builder.Add(CategoryKey, category);
            builder.Add(ApiKey, api);
            Add(builder, SourceKey, source);
            return builder.ToImmutable();
        }

        /// <summary>The properties of a PRIV202 or PRIV203: the full category name and the reason code at fault (absent when none is).</summary>
        public static ImmutableDictionary<string, string?> WriteRequiredReason(string category, string? reason)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            builder.Add(CategoryKey, category);
            Add(builder, ReasonKey, reason);
            return builder.ToImmutable();
        }

        /// <summary>The properties of a PRIV205: a declaration's full category name and its reason codes.</summary>
        public static ImmutableDictionary<string, string?> WriteRequiredReasonDeclaration(string category, IEnumerable<string> reasons)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            builder.Add(CategoryKey, category);
            var list = JoinList(reasons);
            if (list.Length > 0)
            {
                builder.Add(ReasonsKey, list);
            }

            return builder.ToImmutable();
        }

        /// <summary>The properties of a PRIV204: the NuGet package that brings the SDK.</summary>
        public static ImmutableDictionary<string, string?> WriteCommonSdk(string package)
            => ImmutableDictionary.Create<string, string?>(StringComparer.Ordinal).Add(PackageKey, package);

        /// <summary>The reason codes of a PRIV205 (empty when none).</summary>
        public static ImmutableArray<string> Reasons(IReadOnlyDictionary<string, string?> properties) => ReadList(properties, ReasonsKey);

        /// <summary>The reason code at fault of a PRIV202 or PRIV203, or null.</summary>
        public static string? Reason(IReadOnlyDictionary<string, string?> properties) => Get(properties, ReasonKey);
        /// <summary>The properties of a PRIV009: the former id as written and the fideslang id(s) it is read as.</summary>
        public static ImmutableDictionary<string, string?> WriteDeprecatedId(string id, IEnumerable<string> replacedBy)
            => ImmutableDictionary.Create<string, string?>(StringComparer.Ordinal).Add(DeprecatedKey, id).Add(ReplacedByKey, JoinList(replacedBy));

        /// <summary>The former id of a PRIV009, or null.</summary>
        public static string? Deprecated(IReadOnlyDictionary<string, string?> properties) => Get(properties, DeprecatedKey);

        /// <summary>The fideslang id(s) a PRIV009's former id is read as (empty when absent).</summary>
        public static ImmutableArray<string> ReplacedBy(IReadOnlyDictionary<string, string?> properties) => ReadList(properties, ReplacedByKey);

        /// <summary>The category id a diagnostic carries, or null.</summary>
        public static string? Category(IReadOnlyDictionary<string, string?> properties) => Get(properties, CategoryKey);

        /// <summary>The purpose id at fault of a PRIV002, or null.</summary>
        public static string? Purpose(IReadOnlyDictionary<string, string?> properties) => Get(properties, PurposeKey);

        /// <summary>The declared purposes a site diagnostic carries (empty when undeclared).</summary>
        public static ImmutableArray<string> Purposes(IReadOnlyDictionary<string, string?> properties) => ReadList(properties, PurposesKey);

        /// <summary>The nearest known id of a PRIV006, or null.</summary>
        public static string? Nearest(IReadOnlyDictionary<string, string?> properties) => Get(properties, NearestKey);

#if !PRIVACY_MANIFESTS
        /// <summary>
        /// The properties of a flow diagnostic: its source site's (so it carries <c>category</c>), the
        /// sink's and the hops' descriptions; the hops' locations are the diagnostic's additional locations.
        /// </summary>
        public static ImmutableDictionary<string, string?> Write(FlowFinding finding, out ImmutableArray<Location> additionalLocations)
        {
            if (finding is null)
            {
                throw new ArgumentNullException(nameof(finding));
            }

            var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            WriteSite(builder, finding.Source);
            builder.Add(SinkKey, SinkName(finding.Sink.Kind));
            builder.Add(SinkApiKey, finding.Sink.Api);
            if (finding.Sink.Processor != null)
            {
                builder.Add(ProcessorKey, finding.Sink.Processor);
            }

            AddFlag(builder, PseudonymisedKey, finding.Pseudonymised);
            AddFlag(builder, RecipientDeclaredKey, finding.DeclaredRecipient);
            AddFlag(builder, InsecureKey, finding.Insecure);
            AddFlag(builder, ServiceProviderKey, finding.ServiceProvider);
            builder.Add(HopsKey, finding.Hops.Length.ToString(CultureInfo.InvariantCulture));
            var locations = ImmutableArray.CreateBuilder<Location>(finding.Hops.Length);
            for (var i = 0; i < finding.Hops.Length; i++)
            {
                builder.Add(HopKeyPrefix + i.ToString(CultureInfo.InvariantCulture), finding.Hops[i].Description);
                locations.Add(finding.Hops[i].Location);
            }

            additionalLocations = locations.MoveToImmutable();
            return builder.ToImmutable();
        }

        /// <summary>The flow a diagnostic reports, or false when it carries none.</summary>
        public static bool TryReadFlow(Diagnostic diagnostic, out FlowFinding? finding)
        {
            if (diagnostic is null)
            {
                throw new ArgumentNullException(nameof(diagnostic));
            }

            finding = ReadFlow(diagnostic.Properties, diagnostic.AdditionalLocations);
            return finding != null;
        }

        /// <summary>The flow in a diagnostic's properties and additional locations, or null when they carry none or do not agree.</summary>
        public static FlowFinding? ReadFlow(IReadOnlyDictionary<string, string?> properties, IReadOnlyList<Location> additionalLocations)
        {
            if (additionalLocations is null)
            {
                throw new ArgumentNullException(nameof(additionalLocations));
            }

            var source = ReadSite(properties);
            var kind = ReadSinkKind(properties);
            if (source is null || kind is null
                || !int.TryParse(Get(properties, HopsKey), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || count > additionalLocations.Count)
            {
                return null;
            }

            var hops = new FlowHop[count];
            for (var i = 0; i < count; i++)
            {
                hops[i] = new FlowHop(additionalLocations[i], Get(properties, HopKeyPrefix + i.ToString(CultureInfo.InvariantCulture)) ?? string.Empty);
            }

            return new FlowFinding(
                source,
                hops,
                new FlowSink(kind.Value, Get(properties, SinkApiKey) ?? string.Empty, Get(properties, ProcessorKey)),
                Get(properties, PseudonymisedKey) == True,
                Get(properties, RecipientDeclaredKey) == True,
                Get(properties, InsecureKey) == True)
            {
                ServiceProvider = Get(properties, ServiceProviderKey) == True,
            };
        }
#endif

        /// <summary>
        /// What a manifest needs of a flow diagnostic, which has no hop locations to give it (a record from a
        /// compiler log): the sink, or null when the properties carry no flow or name more hops than
        /// <paramref name="additionalLocationCount"/> — the same rule as <c>ReadFlow</c>, so both readers keep the same flows.
        /// </summary>
        public static FlowSink? ReadSink(IReadOnlyDictionary<string, string?> properties, int additionalLocationCount)
        {
            var kind = ReadSinkKind(properties);
            if (ReadSite(properties) is null || kind is null
                || !int.TryParse(Get(properties, HopsKey), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || count > additionalLocationCount)
            {
                return null;
            }

            return new FlowSink(kind.Value, Get(properties, SinkApiKey) ?? string.Empty, Get(properties, ProcessorKey));
        }

        /// <summary>The sink kind a flow diagnostic names, or null when it names none (one reading for <c>ReadFlow</c> and <see cref="ReadSink"/>).</summary>
        private static SinkKind? ReadSinkKind(IReadOnlyDictionary<string, string?> properties) => Get(properties, SinkKey) switch
        {
            "log" => SinkKind.Log,
            "third-party" => SinkKind.ThirdParty,
            "network" => SinkKind.Network,
            "storage" => SinkKind.Storage,
            "unresolved" => SinkKind.Unresolved,
            _ => null,
        };

        /// <summary>How many hops a flow diagnostic names (0 when it names none or the count does not parse).</summary>
        public static int HopCount(IReadOnlyDictionary<string, string?> properties)
            => int.TryParse(Get(properties, HopsKey), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;

        /// <summary>Hop <paramref name="index"/>'s description (its location is additional location <paramref name="index"/>).</summary>
        public static string HopDescription(IReadOnlyDictionary<string, string?> properties, int index)
            => Get(properties, HopKeyPrefix + index.ToString(CultureInfo.InvariantCulture)) ?? string.Empty;

        /// <summary>Whether a flow flag (<see cref="PseudonymisedKey"/>, <see cref="RecipientDeclaredKey"/>, <see cref="InsecureKey"/>) is set.</summary>
        public static bool Flag(IReadOnlyDictionary<string, string?> properties, string key) => Get(properties, key) == True;

        /// <summary>A list as one property value: items joined by commas, a comma or backslash inside an item escaped.</summary>
        public static string JoinList(IEnumerable<string> items)
        {
            var builder = new StringBuilder();
            var first = true;
            foreach (var item in items)
            {
                if (!first)
                {
                    builder.Append(Separator);
                }

                first = false;
                foreach (var c in item)
                {
                    if (c == Separator || c == Escape)
                    {
                        builder.Append(Escape);
                    }

                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>The items of a property value written by <see cref="JoinList"/>.</summary>
        public static ImmutableArray<string> SplitList(string value)
        {
            var items = ImmutableArray.CreateBuilder<string>();
            var current = new StringBuilder();
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == Escape && i + 1 < value.Length)
                {
                    current.Append(value[++i]);
                }
                else if (c == Separator)
                {
                    items.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            items.Add(current.ToString());
            return items.ToImmutable();
        }

        private static void WriteSite(ImmutableDictionary<string, string?>.Builder builder, CollectionSite site)
        {
            builder.Add(CategoryKey, site.Category);
            builder.Add(ApiKey, site.Api);
            builder.Add(KindKey, site.Kind switch
            {
                SiteKind.RequestBinding => "binding",
                SiteKind.NameMatch => "name",
                _ => "api",
            });
            Add(builder, SourceKey, site.SourceId);
            Add(builder, BoundPathKey, site.BoundPath);
            Add(builder, PlatformKey, site.Platform);
            Add(builder, MemberKey, site.Member);
            Add(builder, DeclaredCategoryKey, site.DeclaredCategory);
            Add(builder, ConfidenceKey, site.Confidence);
            if (!site.Purposes.IsEmpty)
            {
                builder.Add(PurposesKey, JoinList(site.Purposes));
            }

            if (!site.Categories.IsEmpty)
            {
                builder.Add(CategoriesKey, JoinList(site.Categories));
            }
        }

#if !PRIVACY_MANIFESTS
        private static string SinkName(SinkKind kind) => kind switch
        {
            SinkKind.Log => "log",
            SinkKind.ThirdParty => "third-party",
            SinkKind.Network => "network",
            SinkKind.Storage => "storage",
            SinkKind.Unresolved => "unresolved",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
#endif

        private const string True = "true";

        private static void AddFlag(ImmutableDictionary<string, string?>.Builder builder, string key, bool value)
        {
            if (value)
            {
                builder.Add(key, True);
            }
        }

        private static void Add(ImmutableDictionary<string, string?>.Builder builder, string key, string? value)
        {
            if (value != null)
            {
                builder.Add(key, value);
            }
        }

        private static ImmutableArray<string> ReadList(IReadOnlyDictionary<string, string?> properties, string key)
            => properties.TryGetValue(key, out var value) && value != null ? SplitList(value) : ImmutableArray<string>.Empty;

        private static string? Get(IReadOnlyDictionary<string, string?> properties, string key)
            => properties.TryGetValue(key, out var value) ? value : null;
    }
}
