using PrivacyAnalyzers.Cli.Commands;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Cli.Formats.Apple
{
    /// <summary>
    /// What the manifest's <see cref="AppleInfo"/> is made of: the required-reason declarations the
    /// analyzers reported (PRIV205, gathered by PrivacyAnalyzers.Manifests' assembler), the options of the scan, and the
    /// project's own PrivacyInfo.xcprivacy, read once at scan time so <c>privacy render</c> merges the same.
    /// </summary>
    internal static class AppleManifestInputs
    {
        public const string FileName = "PrivacyInfo.xcprivacy";

        private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules" };

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
