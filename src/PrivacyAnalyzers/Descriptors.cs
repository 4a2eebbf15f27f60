using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Every rule's descriptor, built in one place with its help link.</summary>
    internal static class Descriptors
    {
        /// <summary>Where the rule pages live; the help link of rule X is <c>{HelpRoot}X.md</c>.</summary>
        public const string HelpRoot = "https://github.com/PrivacyAnalyzers/PrivacyAnalyzers/blob/main/docs/rules/";

        /// <summary>The key of the category id in <see cref="Diagnostic.Properties"/>.</summary>
        public const string CategoryProperty = "category";

        public static readonly DiagnosticDescriptor UndeclaredCollection = Create(
            RuleIds.UndeclaredCollection,
            title: "Personal data collected without a declared purpose",
            messageFormat: "{0} collects {1} ({2}) without a declared purpose: add [CollectsPersonalData(\"{2}\", …)] to {3}",
            DiagnosticSeverity.Warning,
            description: "Every place that collects personal data needs a [CollectsPersonalData] attribute whose category covers it, on the member, an enclosing member or type, or the assembly.");

        public static readonly DiagnosticDescriptor CollectionSite = Create(
            RuleIds.CollectionSite,
            title: "Personal data collection site",
            messageFormat: "{0} collects {1} ({2})",
            DiagnosticSeverity.Info,
            description: "Reports every place that collects personal data, declared or not, with its category and declared purposes, so tools can build a data-collection inventory.",
            isEnabledByDefault: false);

        /// <summary>The key of the declared purpose ids (comma-separated) in <see cref="Diagnostic.Properties"/>.</summary>
        public const string PurposesProperty = "purposes";

        /// <summary>The key of the source's documentation-comment id in <see cref="Diagnostic.Properties"/>.</summary>
        public const string SourceProperty = "source";

        /// <summary>The key of the source's platform in <see cref="Diagnostic.Properties"/>.</summary>
        public const string PlatformProperty = "platform";

        /// <summary>The key of the enclosing member's name (<c>Type.Member</c>) in <see cref="Diagnostic.Properties"/>.</summary>
        public const string MemberProperty = "member";

        /// <summary>The key of the covering declaration's category in <see cref="Diagnostic.Properties"/>.</summary>
        public const string DeclaredCategoryProperty = "declaredCategory";

        public static string HelpLink(string id) => HelpRoot + id + ".md";

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description, bool isEnabledByDefault = true)
            => new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                DiagnosticCategories.Privacy,
                severity,
                isEnabledByDefault,
                description,
                HelpLink(id));
    }
}
