using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Cli.Model;

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

        public static IManifestFormat Get(string name)
            => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ToolException($"Unknown format '{name}': use one of {string.Join(", ", Names)}.");
    }
}
