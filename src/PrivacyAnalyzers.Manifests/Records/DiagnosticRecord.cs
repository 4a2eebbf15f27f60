namespace PrivacyAnalyzers.Manifests
{
    /// <summary>A diagnostic's effective severity, as the compiler reported it (after .editorconfig and warnings-as-errors).</summary>
    public enum DiagnosticLevel
    {
        /// <summary>Hidden: shown nowhere (SARIF <c>none</c>).</summary>
        Hidden,

        /// <summary>A suggestion (SARIF <c>note</c>): the inventory rules (PRIV007, PRIV105, PRIV205) at their default.</summary>
        Info,

        /// <summary>A warning: a finding.</summary>
        Warning,

        /// <summary>An error: a finding.</summary>
        Error,
    }

    /// <summary>A place in a file, as the manifest writes it: the path relative to the scanned root, 1-based line and column.</summary>
    public sealed record RecordLocation(string File, int Line, int Column)
    {
        /// <summary>No place (a diagnostic of the compilation as a whole).</summary>
        public static RecordLocation None { get; } = new(string.Empty, 0, 0);
    }

    /// <summary>
    /// One diagnostic, without Roslyn: what the manifest reads of it, whoever reported it — the CLI's analysis (Roslyn
    /// <c>Diagnostic</c>s, through its adapter) or the compiler's SARIF log (<see cref="CompilerLog"/>). Positions are
    /// already the manifest's: relative to the scanned root, #line-mapped, 1-based.
    /// </summary>
    /// <param name="Title">The rule's title (its descriptor's).</param>
    /// <param name="Message">The formatted message, in the invariant culture.</param>
    /// <param name="HelpUri">The rule's help link, or null.</param>
    /// <param name="Location">Where it is reported; <see cref="RecordLocation.None"/> for none.</param>
    /// <param name="AdditionalLocations">Its additional locations in order: a site's covering declaration first; a flow's hops.</param>
    /// <param name="Properties">Its properties, read only through <c>SiteCodec</c>.</param>
    /// <param name="Project">The project that reported it.</param>
    public sealed record DiagnosticRecord(
        string Id,
        DiagnosticLevel Severity,
        string Title,
        string Message,
        string? HelpUri,
        RecordLocation Location,
        IReadOnlyList<RecordLocation> AdditionalLocations,
        IReadOnlyDictionary<string, string?> Properties,
        string Project)
    {
        /// <summary>Folder mode: the site was matched through a reference shape shipped with the tool.</summary>
        public bool ReferenceShape { get; init; }

        /// <summary>Folder mode: the platform symbol sets under which alone the site was seen; null when the default pass saw it.</summary>
        public IReadOnlyList<string>? Conditions { get; init; }
    }

    /// <summary>An unresolved reference (CS0246, CS0103, …) by the name it uses.</summary>
    public sealed record UnresolvedReference(string Name, string Diagnostic);

    /// <summary>One project's (all its target frameworks') outcome and diagnostics.</summary>
    /// <param name="Status"><c>analyzed</c>, <c>compile-errors</c> or <c>failed</c>.</param>
    /// <param name="Message">Why it failed or does not compile, paths relative to the root; null when analysed.</param>
    /// <param name="ReducedConfidence">Its compilation had unresolved references.</param>
    public sealed record ProjectRecords(
        string Name,
        string Status,
        int Documents,
        string? Message,
        IReadOnlyList<DiagnosticRecord> Diagnostics,
        IReadOnlyList<UnresolvedReference> Unresolved,
        bool ReducedConfidence)
    {
        /// <summary>The status of a project that was analysed.</summary>
        public const string Analyzed = "analyzed";

        /// <summary>The status of a project analysed despite compile errors.</summary>
        public const string CompileErrors = "compile-errors";

        /// <summary>The status of a project that was not analysed.</summary>
        public const string Failed = "failed";
    }
}
