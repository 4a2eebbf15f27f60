using System.Text.Json.Serialization;

namespace PrivacyAnalyzers.Manifests.Model
{
    /// <summary>
    /// The data-collection manifest: what the analyzers found, grouped by category. This is the JSON
    /// format's schema (docs/manifest.md, <c>schemaVersion</c> 1) and the source of every other format.
    /// Lists are sorted and paths are relative to the scanned root, so equal inputs give equal bytes.
    /// </summary>
    public sealed record Manifest(
        int SchemaVersion,
        ToolInfo Tool,
        string? GeneratedAt,
        ScanInfo Scan,
        ManifestSummary Summary,
        IReadOnlyList<CategoryEntry> Categories,
        IReadOnlyList<Finding> Findings,
        AppleInfo? Apple = null)
    {
        /// <summary>The schema version this tool writes and reads.</summary>
        public const int CurrentSchemaVersion = 1;

        /// <summary>Where the manifest's JSON Schema lives (docs/schema/privacy-manifest.schema.json, its <c>$id</c>).</summary>
        public const string SchemaUri = "https://raw.githubusercontent.com/PrivacyAnalyzers/PrivacyAnalyzers/main/docs/schema/privacy-manifest.schema.json";

        /// <summary>The JSON Schema the manifest follows, first in the file so editors and validators find it.</summary>
        [JsonPropertyName("$schema")]
        [JsonPropertyOrder(-1)]
        public string Schema { get; init; } = SchemaUri;
    }

    /// <summary>The tool that wrote the manifest.</summary>
    public sealed record ToolInfo(string Name, string Version);

    /// <summary>What was scanned and how complete the result is.</summary>
    /// <param name="Root">The scanned solution, project or folder, by name (never an absolute path).</param>
    /// <param name="Kind"><c>solution</c>, <c>project</c> or <c>folder</c>.</param>
    /// <param name="Partial">True when some results may be missing: a project failed to load or compile,
    /// an analyzer failed, or (folder mode) references did not resolve.</param>
    /// <param name="Confidence"><c>full</c>, or <c>reduced</c> when the code was analysed with unresolved references.</param>
    /// <param name="Notes">Why the result is partial or of reduced confidence, one sentence each.</param>
    /// <param name="Policy">The privacy policy file used, relative to the root, when one was given with --policy.</param>
    /// <param name="RepositoryPath">The scanned root's folder relative to its git repository (<c>docs/samples/QuickStart/</c>),
    /// absent at the repository's root or outside one: <c>privacy render</c> makes SARIF's repository-relative paths from it.</param>
    /// <param name="FlowAnalysis">True when the flow inventory (PRIV105) was read, so a category without recipients is
    /// known not to be shared; absent in manifests written before flows were followed, where sharing is unknown.</param>
    public sealed record ScanInfo(
        string Root,
        string Kind,
        bool Partial,
        string Confidence,
        IReadOnlyList<string> Notes,
        string? Policy,
        IReadOnlyList<ScannedProject> Projects,
        UnresolvedInfo? Unresolved,
        string? RepositoryPath = null,
        IReadOnlyList<PlatformGap>? NotAnalysed = null,
        IReadOnlyList<InactiveRegion>? InactiveCode = null,
        bool? FlowAnalysis = null)
    {
        /// <summary>
        /// Whether some code of a catalogued platform was not analysed (its references did not resolve, or it is
        /// under an <c>#if</c> no pass made active): then no format may say "collects nothing" unasked, and
        /// <c>privacy check</c> exits with <see cref="ExitCodes.IncompleteCoverage"/>.
        /// </summary>
        public bool IsIncomplete() => NotAnalysed is { Count: > 0 } || InactiveCode is { Count: > 0 };
    }

    /// <summary>A catalogued platform whose code was not (fully) analysed: its references did not resolve.</summary>
    /// <param name="Platform">The platform (<c>.NET MAUI</c>, <c>.NET for Android</c>, <c>Unity</c>, …).</param>
    /// <param name="References">How many unresolved references belong to it.</param>
    /// <param name="Names">The first unresolved names (<c>Microsoft.Maui.Controls</c>, <c>UIKit</c>).</param>
    /// <param name="ReferenceShapes">Whether its catalogued types were compiled against the reference shapes shipped
    /// with the tool (its catalogued APIs were matched by symbol; the rest of its code did not resolve).</param>
    public sealed record PlatformGap(string Platform, int References, IReadOnlyList<string> Names, bool ReferenceShapes);

    /// <summary>Code under an <c>#if</c> that no analysis pass made active, and that names catalogued APIs.</summary>
    /// <param name="Line">Its first line (1-based).</param>
    /// <param name="EndLine">Its last line.</param>
    /// <param name="Apis">The catalogued APIs it names, as <c>Type.Member</c>.</param>
    public sealed record InactiveRegion(string File, int Line, int EndLine, IReadOnlyList<string> Apis);

    /// <summary>One project (or, in folder mode, the folder's compilation).</summary>
    /// <param name="Status"><c>analyzed</c>, <c>compile-errors</c> (analysed, results may be incomplete), or <c>failed</c> (not analysed).</param>
    public sealed record ScannedProject(string Name, string Status, int Documents, string? Message);

    /// <summary>References that did not resolve (CS0246, CS0103, CS0234, …), counted by name.</summary>
    public sealed record UnresolvedInfo(int Total, IReadOnlyList<UnresolvedSymbol> Symbols);

    /// <summary>One unresolved name, with the compiler diagnostic that reported it.</summary>
    public sealed record UnresolvedSymbol(string Name, string Diagnostic, int Count);

    /// <summary>Counts over the whole manifest.</summary>
    public sealed record ManifestSummary(
        int Projects,
        int Categories,
        int Purposes,
        int Sites,
        int DeclaredSites,
        int UndeclaredSites,
        int Declarations,
        int Findings);

    /// <summary>A data category the code collects, with why (purposes), where it is declared and where it is collected.</summary>
    /// <param name="Apple">Its Apple privacy manifest data type (taxonomy table).</param>
    /// <param name="GooglePlay">Its Google Play Data safety data type, when there is one.</param>
    /// <param name="CoverageGaps">How many calls its data reached that the flow analysis could not follow (PRIV105 flows
    /// with sink kind Unresolved): where they lead is unknown, never "nowhere". Absent when there are none.</param>
    public sealed record CategoryEntry(
        string Id,
        string Name,
        string? Parent,
        string Apple,
        string? GooglePlay,
        IReadOnlyList<PurposeEntry> Purposes,
        int DeclaredSites,
        int UndeclaredSites,
        IReadOnlyList<Declaration> Declarations,
        IReadOnlyList<Site> Sites,
        IReadOnlyList<Recipient>? Recipients = null,
        bool? Stored = null,
        bool? SentOffDevice = null,
        int? CoverageGaps = null);

    /// <summary>
    /// Where a category's data goes (PRIV105, the flow inventory): one processor and sink kind, whether
    /// it is a declared recipient, and the flows that reach it. Absent from a category with no flow.
    /// </summary>
    /// <param name="Processor">Who receives the data (<c>Sentry</c>, <c>Microsoft.Extensions.Logging</c>, <c>HTTP endpoint</c>).</param>
    /// <param name="Sink"><c>log</c>, <c>third-party</c>, <c>network</c> or <c>storage</c>.</param>
    /// <param name="Declared">Whether every flow to it goes to a declared recipient (PRIV102's declarations).</param>
    /// <param name="ServiceProvider">True when the policy's <c>recipients:</c> names it as a service provider
    /// (<c>- Sentry (service provider)</c>): it processes the data on the app's behalf, so Google Play does not
    /// count the transfer as sharing. Absent otherwise.</param>
    public sealed record Recipient(
        string Processor,
        string Sink,
        bool Declared,
        IReadOnlyList<FlowEntry> Flows,
        bool? ServiceProvider = null);

    /// <summary>One flow: the sink's place and API, the source's API, and how the data arrives.</summary>
    /// <param name="Path">The steps from the source to the sink, source first (SARIF <c>codeFlows</c>); absent in older manifests.</param>
    public sealed record FlowEntry(
        string File,
        int Line,
        int Column,
        string Project,
        string SinkApi,
        string SourceApi,
        bool Pseudonymised,
        bool Insecure,
        IReadOnlyList<FlowStep>? Path = null);

    /// <summary>One step of a flow's path: where it is and what happens there (<c>assigned to 'email'</c>).</summary>
    public sealed record FlowStep(string File, int Line, int Column, string Message);

    /// <summary>A purpose, by id and display name.</summary>
    public sealed record PurposeEntry(string Id, string Name);

    /// <summary>A <c>[CollectsPersonalData]</c> attribute that covers at least one site.</summary>
    public sealed record Declaration(
        string File,
        int Line,
        int Column,
        string Project,
        string Category,
        IReadOnlyList<string> Purposes);

    /// <summary>A collection site (PRIV007), declared or not.</summary>
    /// <param name="Api">The API that collects, as <c>Type.Member</c>.</param>
    /// <param name="Source">Its documentation-comment id.</param>
    /// <param name="DeclaredCategory">The category of the covering declaration, when declared.</param>
    /// <param name="Confidence">How the site was matched: <c>symbol</c> (against the code's own references),
    /// <c>reference-shape</c> (folder mode: against a reference shape shipped with the tool) or <c>name</c> (a
    /// name-only match, from the analyzer); older manifests say <c>reduced</c> or nothing.</param>
    /// <param name="Conditions">Folder mode: the platform symbol sets under which alone the site was seen
    /// (<c>ANDROID</c>, <c>IOS</c>, <c>UNITY_ANDROID</c>); absent when the default pass saw it.</param>
    public sealed record Site(
        string File,
        int Line,
        int Column,
        string Project,
        string Member,
        string Api,
        string Source,
        string Platform,
        bool Declared,
        string? DeclaredCategory,
        IReadOnlyList<string> Purposes,
        string? Confidence,
        IReadOnlyList<string>? Conditions = null);

    /// <summary>A PRIV diagnostic of severity warning or error: something to fix.</summary>
    public sealed record Finding(
        string Id,
        string Severity,
        string Title,
        string Message,
        string File,
        int Line,
        int Column,
        string Project,
        string? Category,
        string? HelpUri);

    /// <summary>
    /// What Apple's privacy manifest needs besides the categories: the required-reason declarations
    /// (PRIV205), the tracking domains, whether the .NET runtime's baseline is written, and the project's
    /// own PrivacyInfo.xcprivacy to merge with. Absent when the scan found none of it.
    /// </summary>
    /// <param name="Platform">The Apple platform given with --platform (folder scans), when one was.</param>
    /// <param name="Baseline">Whether <c>--format xcprivacy</c> writes the runtime's own required reasons (C617.1, 35F9.1, E174.1).</param>
    /// <param name="TrackingDomains">The domains given with --tracking-domain, sorted.</param>
    /// <param name="AccessedApis">The declared categories with their reasons and where they are declared.</param>
    /// <param name="Existing">The project's own PrivacyInfo.xcprivacy, when it has one.</param>
    public sealed record AppleInfo(
        string? Platform,
        bool Baseline,
        IReadOnlyList<string> TrackingDomains,
        IReadOnlyList<AccessedApiEntry> AccessedApis,
        ExistingPrivacyManifest? Existing);

    /// <summary>A required-reason category the code declares (<c>[UsesRequiredReasonApi]</c>), with its reasons.</summary>
    public sealed record AccessedApiEntry(string Category, IReadOnlyList<string> Reasons, IReadOnlyList<Declaration> Declarations);

    /// <summary>The project's PrivacyInfo.xcprivacy as it was read, so <c>privacy render</c> merges exactly as <c>scan</c> did.</summary>
    /// <param name="File">Its path relative to the scanned root.</param>
    /// <param name="Text">Its content.</param>
    public sealed record ExistingPrivacyManifest(string File, string Text);
}
