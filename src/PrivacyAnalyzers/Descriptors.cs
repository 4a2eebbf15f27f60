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

        public static readonly DiagnosticDescriptor DeprecatedId = Create(
            RuleIds.DeprecatedId,
            title: "Deprecated taxonomy id",
            messageFormat: "'{0}' is a deprecated taxonomy id; use {1}",
            DiagnosticSeverity.Info,
            description: "Category and purpose ids are fideslang's. Ids PrivacyAnalyzers used before it adopted fideslang (such as user.location.coarse) are still accepted and read as their fideslang replacement, but nothing emits them any more: write the fideslang id.");

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

        public static readonly DiagnosticDescriptor RequiredReasonUndeclared = Create(
            RuleIds.RequiredReasonUndeclared,
            title: "Required-reason API used without a declared reason",
            messageFormat: "{0} uses a required-reason API ({1}) without a declared reason: add [UsesRequiredReasonApi(RequiredReasonApis.{2}, …)] to {3}",
            DiagnosticSeverity.Warning,
            description: "Apple rejects an upload (ITMS-91053) whose privacy manifest does not declare why the app uses file timestamps, the system boot time, disk space, the active keyboards or user defaults. Declare the reason on the code that uses the API; the privacy tool writes it into PrivacyInfo.xcprivacy.");

        public static readonly DiagnosticDescriptor RequiredReasonWrongCode = Create(
            RuleIds.RequiredReasonWrongCode,
            title: "Reason code that does not belong to the category",
            messageFormat: "{0}: use {1}",
            DiagnosticSeverity.Warning,
            description: "Each required-reason category has its own reason codes; Apple rejects a manifest whose reasons do not belong to their category, and a declaration with an unknown category covers nothing.");

        public static readonly DiagnosticDescriptor RequiredReasonContradicted = Create(
            RuleIds.RequiredReasonContradicted,
            title: "Declared reason contradicted by the code",
            messageFormat: "{0} contradicts the declared reason {1} ({2}): {3}",
            DiagnosticSeverity.Info,
            description: "A reason is a promise about how the API is used. Where the code shows otherwise (a file outside the app container under C617.1, another app group's defaults under CA92.1), the declaration needs another reason.");

        public static readonly DiagnosticDescriptor CommonlyUsedSdk = Create(
            RuleIds.CommonlyUsedSdk,
            title: "Binding of an SDK on Apple's list of commonly used SDKs",
            messageFormat: "{0} (NuGet {1}) brings {2}, on Apple's list of commonly used SDKs: the app is rejected (ITMS-91061) unless the SDK's framework carries its own privacy manifest; {3}",
            DiagnosticSeverity.Info,
            description: "Apps that bundle an SDK on Apple's list of commonly used third-party SDKs must ship that SDK's own privacy manifest and signature. A .NET binding bundles the native framework it was built from.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor RequiredReasonDeclaration = Create(
            RuleIds.RequiredReasonDeclaration,
            title: "Required-reason API declaration",
            messageFormat: "Declares {0} for {1}",
            DiagnosticSeverity.Info,
            description: "Reports every [UsesRequiredReasonApi] declaration with its category and reasons, so tools can write the privacy manifest's NSPrivacyAccessedAPITypes.",
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
