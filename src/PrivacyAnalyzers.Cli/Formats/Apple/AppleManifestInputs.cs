using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Cli.Commands;
using PrivacyAnalyzers.Cli.Model;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Cli.Formats.Apple
{
    /// <summary>
    /// What the manifest's <see cref="AppleInfo"/> is made of: the required-reason declarations the
    /// analyzers reported (PRIV205, read through <see cref="SiteCodec"/>), the options of the scan, and the
    /// project's own PrivacyInfo.xcprivacy, read once at scan time so <c>privacy render</c> merges the same.
    /// </summary>
    internal static class AppleManifestInputs
    {
        public const string FileName = "PrivacyInfo.xcprivacy";

        private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules" };

        /// <summary>The declared categories, their valid reasons and where they are declared; empty when there are none.</summary>
        public static IReadOnlyList<AccessedApiEntry> Declarations(IEnumerable<(Diagnostic Diagnostic, string Project)> reported, string root, string? policyFile)
        {
            var byCategory = new SortedDictionary<string, (SortedSet<string> Reasons, List<Declaration> Declarations)>(StringComparer.Ordinal);
            var seen = new HashSet<(string, int, int, string)>();
            foreach (var (diagnostic, project) in reported)
            {
                if (SiteCodec.Category(diagnostic.Properties) is not { } category || RequiredReasonInfo.ReasonsOf(category).IsEmpty)
                {
                    continue;
                }

                var reasons = SiteCodec.Reasons(diagnostic.Properties);
                var (file, line, column) = ManifestBuilder.Position(diagnostic.Location, root, policyFile);
                if (!byCategory.TryGetValue(category, out var entry))
                {
                    entry = (new SortedSet<string>(StringComparer.Ordinal), []);
                    byCategory[category] = entry;
                }

                entry.Reasons.UnionWith(reasons.Where(r => RequiredReasonInfo.Meaning(category, r) is not null));
                if (seen.Add((file, line, column, category)))
                {
                    entry.Declarations.Add(new Declaration(file, line, column, project, category, reasons.ToArray()));
                }
            }

            return byCategory
                .Select(c => new AccessedApiEntry(
                    c.Key,
                    c.Value.Reasons.ToList(),
                    c.Value.Declarations.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList()))
                .ToList();
        }

        /// <summary>The manifest with the scan's Apple options and the project's own privacy manifest, if it has one.</summary>
        public static Manifest Complete(Manifest manifest, ScanRequest request, string rootDirectory)
        {
            var existing = FindExisting(rootDirectory);
            var domains = request.TrackingDomains.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var declared = manifest.Apple?.AccessedApis ?? [];
            if (existing is null && domains.Count == 0 && declared.Count == 0 && request.Platform is null && request.AppleBaseline)
            {
                return manifest;
            }

            return manifest with { Apple = new AppleInfo(request.Platform, request.AppleBaseline, domains, declared, existing) };
        }

        /// <summary>The first PrivacyInfo.xcprivacy under the root (MAUI keeps it in Platforms/iOS/Resources), by path.</summary>
        private static ExistingPrivacyManifest? FindExisting(string rootDirectory)
        {
            var found = new List<string>();
            var pending = new Stack<string>();
            pending.Push(rootDirectory);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                found.AddRange(Directory.EnumerateFiles(current, FileName));
                foreach (var child in Directory.EnumerateDirectories(current))
                {
                    var name = Path.GetFileName(child);
                    if (!name.StartsWith('.') && !SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        pending.Push(child);
                    }
                }
            }

            if (found.Count == 0)
            {
                return null;
            }

            var path = found.Order(StringComparer.Ordinal).First();
            return new ExistingPrivacyManifest(Paths.Relative(rootDirectory, path), File.ReadAllText(path));
        }
    }
}
