using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Every rule's descriptor, built in one place with its help link.</summary>
    internal static class Descriptors
    {
        /// <summary>Where the rule pages live; the help link of rule X is <c>{HelpRoot}X.md</c>.</summary>
        public const string HelpRoot = "https://github.com/PrivacyAnalyzers/PrivacyAnalyzers/blob/main/docs/rules/";

        public static readonly DiagnosticDescriptor UndeclaredCollection = Create(
            RuleIds.UndeclaredCollection,
            title: "Personal data collected without a declared purpose",
            messageFormat: "{0} collects {1} ({2}) without a declared purpose: add [CollectsPersonalData(\"{2}\", …)] to {3}",
            DiagnosticSeverity.Warning,
            description: "Every place that collects personal data needs a [CollectsPersonalData] attribute whose category covers it, on the member, an enclosing member or type, or the assembly.");

        public static readonly DiagnosticDescriptor PurposeNotAllowed = Create(
            RuleIds.PurposeNotAllowed,
            title: "Declared purpose not allowed by the privacy policy",
            messageFormat: "PrivacyPolicy.txt does not allow purpose '{0}' for '{1}'",
            DiagnosticSeverity.Warning,
            description: "A [CollectsPersonalData] declaration names a purpose that the privacy policy file does not list for its category: either the code does something the policy does not promise, or the policy needs updating.");

        public static readonly DiagnosticDescriptor CategoryNotDisclosed = Create(
            RuleIds.CategoryNotDisclosed,
            title: "Category collected but not disclosed in the privacy policy",
            messageFormat: "{0} collects {1} ({2}), which PrivacyPolicy.txt does not disclose",
            DiagnosticSeverity.Warning,
            description: "The code collects a category of personal data that no line of the privacy policy file covers.");

        public static readonly DiagnosticDescriptor UnusedDeclaration = Create(
            RuleIds.UnusedDeclaration,
            title: "Declaration covers no collection site",
            messageFormat: "[CollectsPersonalData(\"{0}\", …)] covers no collection site{1}",
            DiagnosticSeverity.Info,
            description: "A declaration that covers nothing promises a collection that does not happen, and hides the next one that does. Remove it, or move it to the code that collects.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor MalformedFile = Create(
            RuleIds.MalformedFile,
            title: "Malformed privacy policy or sources file",
            messageFormat: "{0}: {1}",
            DiagnosticSeverity.Warning,
            description: "A line of PrivacyPolicy.txt or PersonalDataSources.txt cannot be read as intended. The other lines still apply.");

        public static readonly DiagnosticDescriptor UnknownId = Create(
            RuleIds.UnknownId,
            title: "Unknown category or purpose id",
            messageFormat: "'{0}' is not a known {1} id{2}",
            DiagnosticSeverity.Warning,
            description: "Category and purpose ids come from the taxonomy, or from the privacy policy file where a team adds its own. An unknown id is usually a typo, and a declaration with a typo covers nothing.");

        public static readonly DiagnosticDescriptor CollectionSite = Create(
            RuleIds.CollectionSite,
            title: "Personal data collection site",
            messageFormat: "{0} collects {1} ({2})",
            DiagnosticSeverity.Info,
            description: "Reports every place that collects personal data, declared or not, with its category and declared purposes, so tools can build a data-collection inventory.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor PossibleCollection = Create(
            RuleIds.PossibleCollection,
            title: "Personal data may be collected, depending on a run-time value",
            messageFormat: "{0} collects personal data for some values of '{1}' ({2}); this value is known only at run time",
            DiagnosticSeverity.Info,
            description: "Some APIs are personal only for some argument values: a settings key, a header name, a claim type, a registry value. When the value is not a constant, the analyzer cannot tell; it says so at info level instead of warning.");

        public static readonly DiagnosticDescriptor FlowToLog = Create(
            RuleIds.FlowToLog,
            title: "Personal data written to a log without redaction",
            messageFormat: "{0} is written to a log by {1} ({2}) without redaction",
            DiagnosticSeverity.Warning,
            description: "Logs are copied, shipped and kept far longer than the data's purpose needs. Personal data that reaches a logger, the console or the trace should be redacted, hashed or left out.");

        public static readonly DiagnosticDescriptor FlowToThirdParty = Create(
            RuleIds.FlowToThirdParty,
            title: "Personal data sent to a third party that is not a declared recipient",
            messageFormat: "{0} is sent to {2} by {1}, which is not a declared recipient",
            DiagnosticSeverity.Warning,
            description: "Personal data handed to an analytics, crash-reporting, advertising or LLM SDK is shared with that processor. Declare it (Recipients on [CollectsPersonalData], or the recipients: section of PrivacyPolicy.txt) so the manifest and the store labels say so.");

        public static readonly DiagnosticDescriptor FlowToNetwork = Create(
            RuleIds.FlowToNetwork,
            title: "Personal data sent over the network",
            messageFormat: "{0} is sent over the network by {1} ({2})",
            DiagnosticSeverity.Info,
            description: "Personal data in the URL, query, headers or content of a request, a gRPC call or an email leaves the device or the service. Over a plain http:// URL it travels unencrypted, and the rule warns.");

        public static readonly DiagnosticDescriptor FlowToStorage = Create(
            RuleIds.FlowToStorage,
            title: "Personal data stored on the device or in a database",
            messageFormat: "{0} is stored by {1} ({2})",
            DiagnosticSeverity.Info,
            description: "Personal data written to preferences, secure storage, files or a database is kept: the manifest lists it as stored, and its retention should be declared.");

        public static readonly DiagnosticDescriptor FlowInventory = Create(
            RuleIds.FlowInventory,
            title: "Personal data flow",
            messageFormat: "{0} flows to {1} ({2})",
            DiagnosticSeverity.Info,
            description: "Reports every flow of personal data to a sink, declared recipient or not, pseudonymised or not, so tools can build the manifest's \"shared with\", \"stored\" and \"sent off the device\".",
            isEnabledByDefault: false);

        public static string HelpLink(string id) => HelpRoot + id + ".md";

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description, bool isEnabledByDefault = true, params string[] customTags)
            => new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                DiagnosticCategories.Privacy,
                severity,
                isEnabledByDefault,
                description,
                HelpLink(id),
                customTags);
    }
}
