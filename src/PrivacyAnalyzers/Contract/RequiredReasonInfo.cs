using System.Collections.Immutable;
using PrivacyAnalyzers.RequiredReasons;

namespace PrivacyAnalyzers.Contract
{
    /// <summary>
    /// Apple's required-reason categories and reason codes for the tools (the manifest writer, its
    /// checks): the analyzer's one table, <c>RequiredReasons/RequiredReasonTable</c>, read through this.
    /// </summary>
    // Linked into PrivacyAnalyzers.Manifests (Roslyn-free, its xcprivacy renderer) as internal: the CLI references both assemblies and must see one type.
#if PRIVACY_MANIFESTS
    internal
#else
    public
#endif
    static class RequiredReasonInfo
    {
        /// <summary>Apple's page of the categories and reasons.</summary>
        public const string Documentation = RequiredReasonTable.Page;

#if !PRIVACY_MANIFESTS
        // ApplePlatform reads analyzer options (Roslyn): not in the Roslyn-free library, whose renderers do not need it.

        /// <summary>The analyzer config key that says the target platform (compiler-visible through the package's props).</summary>
        public const string PlatformProperty = ApplePlatform.PropertyKey;

        /// <summary>The Apple platform identifiers (<c>ios</c>, <c>maccatalyst</c>, <c>macos</c>, <c>tvos</c>).</summary>
        public static ImmutableArray<string> ApplePlatforms => ApplePlatform.Identifiers;
#endif

        /// <summary>Every category's full name, in the table's order.</summary>
        public static ImmutableArray<string> Categories { get; } = ImmutableArray.CreateRange(RequiredReasonTable.All, c => c.FullName);

        /// <summary>The reason codes of a category (full name), or empty when it is not one.</summary>
        public static ImmutableArray<string> ReasonsOf(string category)
            => RequiredReasonTable.FindFull(category) is { } found ? ImmutableArray.CreateRange(found.Reasons, r => r.Code) : ImmutableArray<string>.Empty;

        /// <summary>What a reason code of a category promises, or null when it is not one of its codes.</summary>
        public static string? Meaning(string category, string code) => RequiredReasonTable.FindFull(category)?.Find(code)?.Meaning;

        /// <summary>Apple's section of a category, or null.</summary>
        public static string? CategoryDocumentation(string category) => RequiredReasonTable.FindFull(category)?.Documentation;

        /// <summary>
        /// What the .NET runtime itself needs declared in every .NET app for iOS, tvOS and Mac Catalyst
        /// (category full name, reason), per Microsoft's .NET MAUI privacy-manifest guide.
        /// </summary>
        public static ImmutableArray<(string Category, string Reason)> Baseline { get; } = ImmutableArray.CreateRange(RequiredReasonTable.Baseline, b => (b.Category.FullName, b.Reason));

        /// <summary>Where the baseline comes from.</summary>
        public const string BaselineSource = "https://learn.microsoft.com/dotnet/maui/ios/privacy-manifest";
    }
}
