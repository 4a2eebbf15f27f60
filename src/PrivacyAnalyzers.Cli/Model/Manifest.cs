namespace PrivacyAnalyzers.Cli.Model
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
        IReadOnlyList<Finding> Findings)
    {
        /// <summary>The schema version this tool writes and reads.</summary>
        public const int CurrentSchemaVersion = 1;
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
    public sealed record ScanInfo(
        string Root,
        string Kind,
        bool Partial,
        string Confidence,
        IReadOnlyList<string> Notes,
        string? Policy,
        IReadOnlyList<ScannedProject> Projects,
        UnresolvedInfo? Unresolved,
        string? RepositoryPath = null);

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
        bool? SentOffDevice = null);

    /// <summary>
    /// Where a category's data goes (PRIV105, the flow inventory): one processor and sink kind, whether
    /// it is a declared recipient, and the flows that reach it. Absent from a category with no flow.
    /// </summary>
    /// <param name="Processor">Who receives the data (<c>Sentry</c>, <c>Microsoft.Extensions.Logging</c>, <c>HTTP endpoint</c>).</param>
    /// <param name="Sink"><c>log</c>, <c>third-party</c>, <c>network</c> or <c>storage</c>.</param>
    /// <param name="Declared">Whether every flow to it goes to a declared recipient (PRIV102's declarations).</param>
    public sealed record Recipient(
        string Processor,
        string Sink,
        bool Declared,
        IReadOnlyList<FlowEntry> Flows);

    /// <summary>One flow: the sink's place and API, the source's API, and how the data arrives.</summary>
    public sealed record FlowEntry(
        string File,
        int Line,
        int Column,
        string Project,
        string SinkApi,
        string SourceApi,
        bool Pseudonymised,
        bool Insecure);

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
    /// <param name="Confidence">Null when the match is certain; <c>name</c> for a name-only match (from the
    /// analyzer), or <c>reduced</c> when the compilation had unresolved references.</param>
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
        string? Confidence);

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
}
