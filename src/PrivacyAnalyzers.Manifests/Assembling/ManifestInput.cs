using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests
{
    /// <summary>Everything a manifest is assembled from: the scanned root, its projects' records and what the scan noted.</summary>
    /// <param name="RootName">The scanned solution, project or folder by name.</param>
    /// <param name="Kind"><c>solution</c>, <c>project</c> or <c>folder</c>.</param>
    /// <param name="Projects">The projects, in any order (the manifest sorts them by name).</param>
    /// <param name="Notes">Why results are partial (they make the manifest partial), paths relative to the root.</param>
    /// <param name="Warnings">Load warnings: notes that do not make it partial.</param>
    /// <param name="Failed">A project failed to load or compile, or an analyzer failed.</param>
    /// <param name="Policy">The policy file relative to the root, when one was given.</param>
    /// <param name="FolderMode">A folder scan: its manifest always says how many references were unresolved, zero included.</param>
    public sealed record ManifestInput(
        string RootName,
        string Kind,
        IReadOnlyList<ProjectRecords> Projects,
        IReadOnlyList<string> Notes,
        IReadOnlyList<string> Warnings,
        bool Failed,
        string? Policy,
        bool FolderMode = false,
        IReadOnlyList<PlatformGap>? NotAnalysed = null,
        IReadOnlyList<InactiveRegion>? InactiveCode = null);
}
