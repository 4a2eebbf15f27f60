using System.Globalization;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Cli.Loading;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>
    /// The CLI's one adapter from Roslyn to the manifest: each <see cref="Diagnostic"/> of a scan becomes a
    /// <see cref="DiagnosticRecord"/> (positions relative to the root and #line-mapped, the message in the
    /// invariant culture, folder mode's details attached), and <see cref="ManifestAssembler"/> (Roslyn-free, shared
    /// with the build's MSBuild task) makes the manifest of them.
    /// </summary>
    internal static class ManifestBuilder
    {
        /// <inheritdoc cref="ManifestAssembler.SymbolConfidence"/>
        public const string SymbolConfidence = ManifestAssembler.SymbolConfidence;

        /// <inheritdoc cref="ManifestAssembler.ReferenceShapeConfidence"/>
        public const string ReferenceShapeConfidence = ManifestAssembler.ReferenceShapeConfidence;

        public static Manifest Build(ScanResult result, string? generatedAt)
            => ManifestAssembler.Assemble(Input(result), generatedAt);

        /// <summary>What the assembler reads of a scan: its projects' diagnostics as records, the notes with paths relative to the root.</summary>
        public static ManifestInput Input(ScanResult result)
        {
            var root = result.Input.RootDirectory;
            string Relative(string text) => RelativeText(text, root);
            return new ManifestInput(
                result.Input.RootName,
                result.Input.KindName,
                result.Projects.Select(p => new ProjectRecords(
                    p.Name,
                    p.Status,
                    p.Documents,
                    p.Message is null ? null : Relative(p.Message),
                    p.Diagnostics.Select(d => ToRecord(d, p, root, result.PolicyFile)).ToList(),
                    p.Unresolved.Select(d => new UnresolvedReference(Scanner.UnresolvedName(d), d.Id)).ToList(),
                    p.ReducedConfidence)).ToList(),
                result.Notes.Select(Relative).ToList(),
                result.Warnings.Select(Relative).ToList(),
                result.Failed,
                result.PolicyFile is null ? null : Paths.Relative(root, result.PolicyFile),
                result.Input.Kind == InputKind.Folder,
                result.NotAnalysed,
                result.InactiveCode);
        }

        /// <summary>A diagnostic as the manifest reads it.</summary>
        public static DiagnosticRecord ToRecord(Diagnostic diagnostic, ProjectOutcome project, string root, string? policyFile)
        {
            var detail = project.Details is { } details && details.TryGetValue(SiteKey.Of(diagnostic), out var found) ? found : null;
            return new DiagnosticRecord(
                diagnostic.Id,
                diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => DiagnosticLevel.Error,
                    DiagnosticSeverity.Warning => DiagnosticLevel.Warning,
                    DiagnosticSeverity.Info => DiagnosticLevel.Info,
                    _ => DiagnosticLevel.Hidden,
                },
                diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri,
                Position(diagnostic.Location, root, policyFile),
                diagnostic.AdditionalLocations.Select(l => Position(l, root, policyFile)).ToList(),
                diagnostic.Properties,
                project.Name)
            {
                ReferenceShape = detail?.ReferenceShape ?? false,
                Conditions = detail?.Conditions,
            };
        }

        /// <summary>File (relative), 1-based line and column; the #line-mapped position when there is one.</summary>
        public static RecordLocation Position(Location location, string root, string? policyFile)
        {
            if (location == Location.None)
            {
                return RecordLocation.None;
            }

            var span = location.GetMappedLineSpan();
            if (!span.HasMappedPath)
            {
                span = location.GetLineSpan();
            }

            var path = span.Path;
            if (policyFile is not null && path == PolicyFiles.AnalyzerPath(policyFile))
            {
                path = policyFile;
            }

            return new RecordLocation(Paths.Relative(root, path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        }

        /// <summary>Messages from MSBuild name files by absolute path: the manifest names them relative to the root.</summary>
        public static string RelativeText(string text, string root)
        {
            var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            return text.Replace(prefix, string.Empty, StringComparison.Ordinal);
        }
    }
}
