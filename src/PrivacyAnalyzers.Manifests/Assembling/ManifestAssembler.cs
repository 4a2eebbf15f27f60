using System.Reflection;
using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.RequiredReasons;

namespace PrivacyAnalyzers.Manifests
{
    /// <summary>
    /// Builds the manifest from the analyzers' diagnostics, and only from them: PRIV007 gives every site with its
    /// category, source, platform, member and covering declaration; every PRIV diagnostic of severity warning or
    /// error is a finding, whatever rule raised it. Sites are read through the analyzers' <see cref="SiteCodec"/>,
    /// never from a message. The diagnostics come as <see cref="DiagnosticRecord"/>s, so the CLI (from Roslyn) and
    /// the build (from the compiler's SARIF log) assemble the same manifest.
    /// </summary>
    public static class ManifestAssembler
    {
        /// <summary>The tool name every manifest records.</summary>
        public const string ToolName = "privacy";

        /// <summary>The values of <see cref="Site.Confidence"/>: matched by symbol, through a reference shape, or by name.</summary>
        public const string SymbolConfidence = "symbol";

        /// <inheritdoc cref="SymbolConfidence"/>
        public const string ReferenceShapeConfidence = "reference-shape";

        /// <summary>The tool version every manifest records: this assembly's, without the source-revision suffix.</summary>
        public static string ToolVersion { get; } = ReadVersion();

        /// <summary>The values of <see cref="Recipient.Sink"/>, one per sink kind.</summary>
        public static IReadOnlyList<string> SinkNames { get; } = Enum.GetValues<SinkKind>()
            .Where(k => k != SinkKind.Unresolved) // a coverage gap (the category's coverageGaps), never a recipient
            .Select(FlowCollector.SinkName).ToArray();

        /// <summary>The manifest of one scan.</summary>
        public static Manifest Assemble(ManifestInput input, string? generatedAt)
        {
            ArgumentNullException.ThrowIfNull(input);
            var projects = input.Projects.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var parts = new ManifestParts();
            foreach (var project in projects)
            {
                foreach (var diagnostic in project.Diagnostics)
                {
                    parts.Add(diagnostic);
                }
            }

            parts.AddUndeclaredFallback();

            var reduced = projects.Any(p => p.ReducedConfidence);
            var scan = new ScanInfo(
                Root: input.RootName,
                Kind: input.Kind,
                Partial: input.Failed || input.Notes.Count > 0 || reduced || input.NotAnalysed is { Count: > 0 } || input.InactiveCode is { Count: > 0 },
                Confidence: reduced ? "reduced" : "full",
                Notes: input.Notes.Concat(input.Warnings).ToList(),
                Policy: input.Policy,
                Projects: projects.Select(p => new ScannedProject(p.Name, p.Status, p.Documents, p.Message)).ToList(),
                Unresolved: Unresolved(projects, input.FolderMode),
                NotAnalysed: input.NotAnalysed is { Count: > 0 } gaps ? gaps : null,
                InactiveCode: input.InactiveCode is { Count: > 0 } regions ? regions : null,
                // The analyzers that wrote the diagnostics follow flows (PRIV105); the build turns the facts on with the inventory.
                FlowAnalysis: true);

            var accessedApis = parts.AccessedApis();
            return parts.ToManifest(scan, generatedAt, projects.Count) with
            {
                Apple = accessedApis.Count == 0 ? null : new AppleInfo(null, true, [], accessedApis, null),
            };
        }

        /// <summary>The member a site is in; top-level statements have a compiler name (<c>Program.&lt;Main&gt;$</c>) no reader knows.</summary>
        public static string MemberName(string? member)
            => member is null ? string.Empty
                : member.EndsWith("<Main>$", StringComparison.Ordinal) ? "top-level statements"
                : member;

        private static UnresolvedInfo? Unresolved(List<ProjectRecords> projects, bool folderMode)
        {
            var all = projects.SelectMany(p => p.Unresolved).ToList();
            if (all.Count == 0)
            {
                return folderMode ? new UnresolvedInfo(0, Array.Empty<UnresolvedSymbol>()) : null;
            }

            var symbols = all
                .GroupBy(d => (d.Name, d.Diagnostic))
                .Select(g => new UnresolvedSymbol(g.Key.Name, g.Key.Diagnostic, g.Count()))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Diagnostic, StringComparer.Ordinal)
                .ToList();
            return new UnresolvedInfo(all.Count, symbols);
        }

        private static string ReadVersion()
        {
            var informational = typeof(ManifestAssembler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational))
            {
                return typeof(ManifestAssembler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            }

            // Drop the source-revision suffix ("0.1.0+abc123"): equal code, equal manifests.
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }

        /// <summary>Whether a category is one of Apple's required-reason categories with reasons (a PRIV205 the manifest keeps).</summary>
        internal static bool IsRequiredReasonCategory(string category) => RequiredReasonTable.FindFull(category) is { Reasons.IsEmpty: false };

        /// <summary>Whether a reason code is one of the category's.</summary>
        internal static bool IsReasonOf(string category, string code) => RequiredReasonTable.FindFull(category)?.Find(code) is not null;
    }
}
