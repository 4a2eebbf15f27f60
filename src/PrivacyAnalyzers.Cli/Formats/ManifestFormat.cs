using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Cli.Formats
{
    /// <summary>What a format may need besides the manifest.</summary>
    /// <param name="Rules">Every rule the analyzers support, by id: SARIF lists them with their help links.</param>
    /// <param name="RepositoryPrefix">The scanned root relative to the enclosing repository (<c>docs/samples/QuickStart/</c>),
    /// or empty: SARIF locations are repository-relative, as code scanning expects.</param>
    internal sealed record FormatContext(IReadOnlyDictionary<string, DiagnosticDescriptor> Rules, string RepositoryPrefix);

    /// <summary>One output format: a pure function of the manifest, so equal scans give equal bytes.</summary>
    internal interface IManifestFormat
    {
        /// <summary>The name given to --format.</summary>
        string Name { get; }

        /// <summary>A one-line description for --help and docs.</summary>
        string Description { get; }

        string Render(Manifest manifest, FormatContext context);
    }

    /// <summary>The formats, by --format name.</summary>
    internal static class ManifestFormats
    {
        public static IReadOnlyList<IManifestFormat> All { get; } = new IManifestFormat[]
        {
            new JsonFormat(),
            new MarkdownFormat(),
            new SarifFormat(),
            new XcPrivacyFormat(),
            new PlayDataSafetyFormat(),
            new FidesFormat(),
            new HtmlFormat(),
        };

        public static IReadOnlyList<string> Names { get; } = All.Select(f => f.Name).ToArray();

        /// <summary>
        /// The formats a store or a privacy register reads as the app's whole declaration: Apple's privacy manifest,
        /// Google Play's Data safety form, a Fides dataset. Written as "collects nothing" for a scan that could not
        /// see all the code, they would certify what nobody checked.
        /// </summary>
        public static IReadOnlySet<string> StoreFormats { get; } = new HashSet<string>(StringComparer.Ordinal) { "xcprivacy", "play-data-safety", "fides" };

        /// <summary>
        /// Renders a format, the one place that refuses to: a store format that would declare no collection for a
        /// scan with code it could not analyse (<see cref="ScanInfo.IsIncomplete"/>) fails with a clear error unless
        /// <paramref name="allowPartial"/> (--allow-partial); the file then says it is partial (every format writes
        /// <see cref="ScanInfo.Partial"/>, which such a scan sets).
        /// </summary>
        public static string Render(IManifestFormat format, Manifest manifest, FormatContext context, bool allowPartial)
        {
            if (StoreFormats.Contains(format.Name) && manifest.Categories.Count == 0 && manifest.Scan.IsIncomplete() && !allowPartial)
            {
                throw new ToolException(
                    $"Refusing to write a {format.Name} file that declares no data collection: {NotAnalysedSentence(manifest.Scan)} "
                    + "Scan the restored project or solution, or pass --allow-partial to write the file anyway (it says it is partial).",
                    ExitCodes.IncompleteCoverage);
            }

            return format.Render(manifest, context);
        }

        /// <summary>
        /// One sentence on what was not analysed, for the top of every format that has words: the platforms whose
        /// references did not resolve (and whether their catalogued APIs went through reference shapes), and the
        /// <c>#if</c> regions no pass made active that name catalogued APIs. Empty for a complete scan.
        /// </summary>
        public static string NotAnalysedSentence(ScanInfo scan)
        {
            var parts = new List<string>();
            foreach (var gap in scan.NotAnalysed ?? Array.Empty<PlatformGap>())
            {
                var names = gap.Names.Count == 0 ? string.Empty : ": " + string.Join(", ", gap.Names);
                parts.Add($"{gap.Platform} ({Text.Plural(gap.References, "unresolved reference")}{names}; "
                    + (gap.ReferenceShapes ? "its catalogued APIs were matched against reference shapes and by name, the rest of its code not at all)" : "matched by name only)"));
            }

            if (scan.InactiveCode is { Count: > 0 } regions)
            {
                parts.Add($"{Text.Plural(regions.Count, "#if region")} that no platform symbol set made active and that name catalogued APIs ("
                    + string.Join(", ", regions.Take(5).Select(r => $"{r.File}:{r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)} {string.Join("/", r.Apis)}"))
                    + (regions.Count > 5 ? ", …" : string.Empty) + ")");
            }

            return parts.Count == 0 ? string.Empty : "code of this scan was not analysed: " + string.Join("; ", parts) + ".";
        }

        public static IManifestFormat Get(string name)
            => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ToolException($"Unknown format '{name}': use one of {string.Join(", ", Names)}.");
    }
}
