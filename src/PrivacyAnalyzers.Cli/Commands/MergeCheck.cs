using System.Globalization;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Cli.Commands
{
    /// <summary>
    /// <c>privacy check manifest.json</c>: the verdict of <c>check</c> on a manifest already written (by
    /// <c>privacy merge</c>, the build or <c>scan</c>), without scanning again — so a sharded CI's merge job checks
    /// what its shards built. The same lines and exit codes as a scan's check.
    /// </summary>
    internal static class MergeCheck
    {
        /// <summary>Whether the path is a manifest to check rather than something to scan.</summary>
        public static bool IsManifest(string path)
            => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(path);

        public static async Task<int> RunAsync(string path, TextWriter stdout, Reporter reporter, CancellationToken cancellationToken)
        {
            var manifest = JsonFormat.Read(path);
            var name = manifest.Scan.Root;
            foreach (var finding in manifest.Findings)
            {
                var file = finding.File.Length == 0 ? name : finding.File;
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file}({finding.Line},{finding.Column}): {finding.Id}: {finding.Message}")).ConfigureAwait(false);
            }

            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            var notAnalysed = manifest.Scan.Projects.Where(p => p.Status != ProjectRecords.Analyzed).ToList();
            foreach (var project in notAnalysed)
            {
                reporter.Error($"{project.Name}: {(project.Status == ProjectRecords.CompileErrors ? "does not compile: " : "not analysed: ")}{project.Message}");
            }

            if (notAnalysed.Count > 0)
            {
                return ExitCodes.UsageOrLoadError;
            }

            return Verdict(manifest, name, reporter);
        }

        /// <summary>
        /// check's verdict on what was analysed, for a scan and a written manifest alike: findings fail; no findings in
        /// code of which some was not seen is incomplete coverage, never a pass; else success.
        /// </summary>
        public static int Verdict(Manifest manifest, string name, Reporter reporter)
        {
            if (manifest.Findings.Count > 0)
            {
                reporter.Line($"privacy check: {Text.Plural(manifest.Findings.Count, "finding")} in {name} ({Text.Plural(manifest.Summary.UndeclaredSites, "undeclared collection site")}).");
                return ExitCodes.Findings;
            }

            if (manifest.Scan.IsIncomplete())
            {
                reporter.Line($"privacy check: no findings in the code that was analysed, but {ManifestFormats.NotAnalysedSentence(manifest.Scan)} Exit {ExitCodes.IncompleteCoverage}: incomplete coverage.");
                return ExitCodes.IncompleteCoverage;
            }

            reporter.Info($"privacy check: no findings in {name} ({Text.Summary(manifest.Summary)}).", alsoInteractive: true);
            return ExitCodes.Success;
        }
    }
}
