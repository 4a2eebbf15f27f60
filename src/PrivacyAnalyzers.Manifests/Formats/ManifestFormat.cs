using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>
    /// What a format says about a rule, without Roslyn: the fields of its <c>DiagnosticDescriptor</c> that SARIF
    /// writes. The CLI fills it from the analyzers' descriptors; the build task from the compiler's SARIF log, whose
    /// <c>tool.driver.rules</c> carry the same fields (<see cref="Sarif.CompilerLog"/>).
    /// </summary>
    /// <param name="Level">The SARIF level of the default severity: <c>error</c>, <c>warning</c> or <c>note</c> (info and hidden).</param>
    public sealed record RuleInfo(string Id, string Title, string Description, string HelpLinkUri, string Category, string Level, bool EnabledByDefault);

    /// <summary>A format cannot be written: a clear message for the user, never a crash.</summary>
    /// <param name="incompleteCoverage">The refusal is a store format for a scan that could not see all the code (the CLI's exit code says so).</param>
    public sealed class ManifestFormatException(string message, bool incompleteCoverage = false, Exception? inner = null) : Exception(message, inner)
    {
        public bool IncompleteCoverage { get; } = incompleteCoverage;
    }

    /// <summary>What a format may need besides the manifest.</summary>
    /// <param name="Rules">Every rule the analyzers support, by id: SARIF lists them with their help links.</param>
    /// <param name="RepositoryPrefix">The scanned root relative to the enclosing repository (<c>docs/samples/QuickStart/</c>),
    /// or empty: SARIF locations are repository-relative, as code scanning expects.</param>
    public sealed record FormatContext(IReadOnlyDictionary<string, RuleInfo> Rules, string RepositoryPrefix);

    /// <summary>One output format: a pure function of the manifest, so equal scans give equal bytes.</summary>
    public interface IManifestFormat
    {
        /// <summary>The name given to --format.</summary>
        string Name { get; }

        /// <summary>A one-line description for --help and docs.</summary>
        string Description { get; }

        string Render(Manifest manifest, FormatContext context);
    }

    /// <summary>The formats, by --format name.</summary>
    public static class ManifestFormats
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
                throw new ManifestFormatException(
                    $"Refusing to write a {format.Name} file that declares no data collection: {NotAnalysedSentence(manifest.Scan)} "
                    + "Scan the restored project or solution, or pass --allow-partial to write the file anyway (it says it is partial).",
                    incompleteCoverage: true);
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
                ?? throw new ManifestFormatException($"Unknown format '{name}': use one of {string.Join(", ", Names)}.");
    }
}
