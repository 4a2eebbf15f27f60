using System.Globalization;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests
{
    /// <summary>A manifest to merge and the name errors call it by (its file, or <c>part 2</c>).</summary>
    public sealed record ManifestPart(string Name, Manifest Manifest);

    /// <summary>
    /// What the merged manifest says it scanned, which no part knows: the solution (or root) by name and kind,
    /// and the root's folder relative to its git repository (<see cref="ScanInfo.RepositoryPath"/>; empty at the
    /// repository's root or outside one). A part whose <see cref="ScanInfo.RepositoryPath"/> is deeper (a
    /// <c>privacy scan</c> of one project) has its paths rebased onto the root.
    /// </summary>
    public sealed record MergeRoot(string Name, string Kind, string RepositoryPath);

    /// <summary>
    /// Combines per-project or per-shard manifests into the one <c>privacy scan</c> of the whole writes: the parts'
    /// sites, declarations, findings, flows and Apple declarations are gathered as a scan gathers diagnostics
    /// (projects in name order, the first at one place wins) and built into lists by the same code
    /// (<see cref="ManifestParts"/>), so order and sharding do not change a byte.
    /// </summary>
    public static class ManifestMerger
    {
        /// <summary>The merged manifest.</summary>
        /// <exception cref="ManifestMergeException">Two parts disagree (one site, one project, the tool or the Apple options), or a part is not under the root.</exception>
        public static Manifest Merge(IReadOnlyList<ManifestPart> parts, MergeRoot? root)
        {
            ArgumentNullException.ThrowIfNull(parts);
            if (parts.Count == 0)
            {
                throw new ManifestMergeException("Nothing to merge: give at least one manifest.");
            }

            root ??= DefaultRoot(parts);
            var rebased = parts.Select(p => new ManifestPart(p.Name, Rebase(p, root.RepositoryPath))).ToList();
            CheckTool(rebased);

            var gathered = new ManifestParts();
            var siteOwner = new Dictionary<Site, string>(ReferenceEqualityComparer.Instance);
            foreach (var (part, category, site) in rebased
                .SelectMany(p => p.Manifest.Categories.SelectMany(c => c.Sites.Select(s => (Part: p.Name, Category: c.Id, Site: s))))
                .OrderBy(s => s.Site.Project, StringComparer.Ordinal).ThenBy(s => s.Part, StringComparer.Ordinal))
            {
                if (!gathered.TryAddSite(category, site, out var existing))
                {
                    throw new ManifestMergeException(string.Create(CultureInfo.InvariantCulture,
                        $"'{siteOwner[existing]}' and '{part}' disagree about the {category} site at {site.File}({site.Line},{site.Column}) in project {site.Project}: {Describe(existing)} against {Describe(site)}. Merge parts of one build (one commit, one configuration)."));
                }

                siteOwner.TryAdd(existing, part);
            }

            foreach (var (category, declaration) in rebased
                .SelectMany(p => p.Manifest.Categories.SelectMany(c => c.Declarations.Select(d => (Category: c.Id, Declaration: d))))
                .OrderBy(d => d.Declaration.Project, StringComparer.Ordinal))
            {
                gathered.AddDeclaration(category, declaration);
            }

            foreach (var category in rebased.SelectMany(p => p.Manifest.Categories).Where(c => c.Sites.Count == 0))
            {
                gathered.AddCategory(category.Id);
            }

            foreach (var (category, recipient, flow) in rebased
                .SelectMany(p => p.Manifest.Categories.SelectMany(c => (c.Recipients ?? []).SelectMany(r => r.Flows.Select(f => (Category: c.Id, Recipient: r, Flow: f)))))
                .OrderBy(f => f.Flow.Project, StringComparer.Ordinal))
            {
                gathered.Flows.Add(category, recipient.Processor, recipient.Sink, flow, recipient.Declared, recipient.ServiceProvider == true);
            }

            foreach (var (category, count) in CoverageGaps(rebased))
            {
                gathered.Flows.AddGaps(category, count);
            }

            foreach (var finding in rebased.SelectMany(p => p.Manifest.Findings).OrderBy(f => f.Project, StringComparer.Ordinal))
            {
                gathered.AddFinding(finding);
            }

            foreach (var entry in rebased.SelectMany(p => p.Manifest.Apple?.AccessedApis ?? [])
                .SelectMany(a => a.Declarations.Select(d => (Entry: a, Declaration: d)))
                .OrderBy(a => a.Declaration.Project, StringComparer.Ordinal))
            {
                gathered.AddAccessedApi(entry.Entry with { Declarations = [entry.Declaration] });
            }

            var projects = Projects(rebased);
            var manifest = gathered.ToManifest(Scan(rebased, root, projects), GeneratedAt(rebased), projects.Count);
            return manifest with { Tool = rebased[0].Manifest.Tool, Apple = Apple(rebased, gathered.AccessedApis()) };
        }

        /// <summary>
        /// The parts' coverage gaps per category. A manifest counts a category's gaps (calls the flow analysis could not
        /// follow) without listing the calls, so a merge can only add counts up. Disjoint parts add up. A part with the
        /// same projects and the same counts as another is one compilation seen twice (a project that two CI shards both
        /// built, as a dependency of theirs): it counts once, as its sites do. Two parts that share a project but not all
        /// of them, both with gaps in one category, cannot be told apart call by call: refused, naming both, rather than
        /// a count that is off by the shared project's gaps (merge the per-project manifests instead).
        /// </summary>
        private static List<(string Category, int Count)> CoverageGaps(List<ManifestPart> parts)
        {
            var counted = new List<(ManifestPart Part, HashSet<string> Projects, Dictionary<string, int> Gaps)>();
            foreach (var part in parts.OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var gaps = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var category in part.Manifest.Categories)
                {
                    if (category.CoverageGaps is { } count)
                    {
                        gaps[category.Id] = count;
                    }
                }

                var projects = part.Manifest.Scan.Projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                if (counted.Any(c => c.Projects.SetEquals(projects) && SameCounts(c.Gaps, gaps)))
                {
                    continue;
                }

                foreach (var other in counted)
                {
                    var shared = other.Projects.Intersect(projects, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                    var category = gaps.Keys.Where(k => gaps[k] > 0 && other.Gaps.TryGetValue(k, out var n) && n > 0).Order(StringComparer.Ordinal).FirstOrDefault();
                    if (shared.Count > 0 && !other.Projects.SetEquals(projects) && category is not null)
                    {
                        throw new ManifestMergeException(
                            $"'{other.Part.Name}' and '{part.Name}' both hold project {string.Join(", ", shared)} and count coverage gaps of {category}, "
                            + "which a manifest does not list call by call: the merged count would hold the shared project's twice. Merge the per-project manifests (obj/**/privacy-manifest.json) instead.");
                    }
                }

                counted.Add((part, projects, gaps));
            }

            return counted.SelectMany(c => c.Gaps).Select(g => (g.Key, g.Value)).ToList();
        }

        private static bool SameCounts(Dictionary<string, int> left, Dictionary<string, int> right)
            => left.Count == right.Count && left.All(g => right.TryGetValue(g.Key, out var count) && count == g.Value);

        /// <summary>The parts' own root when they all name the same one, else none can be guessed.</summary>
        private static MergeRoot DefaultRoot(IReadOnlyList<ManifestPart> parts)
        {
            var roots = parts.Select(p => new MergeRoot(p.Manifest.Scan.Root, p.Manifest.Scan.Kind, p.Manifest.Scan.RepositoryPath ?? string.Empty)).Distinct().ToList();
            if (roots.Count == 1)
            {
                return roots[0];
            }

            throw new ManifestMergeException($"The parts scanned different roots ({string.Join(", ", roots.Select(r => r.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}): name the merged one (privacy merge --solution <file.sln>).");
        }

        private static void CheckTool(List<ManifestPart> parts)
        {
            var first = parts[0];
            foreach (var part in parts.Skip(1))
            {
                if (part.Manifest.Tool != first.Manifest.Tool)
                {
                    throw new ManifestMergeException($"'{first.Name}' was written by {first.Manifest.Tool.Name} {first.Manifest.Tool.Version} and '{part.Name}' by {part.Manifest.Tool.Name} {part.Manifest.Tool.Version}: merge parts written by one version.");
                }
            }
        }

        /// <summary>The part with its paths relative to the merged root (its own root may be a folder below it).</summary>
        private static Manifest Rebase(ManifestPart part, string rootPath)
        {
            var own = part.Manifest.Scan.RepositoryPath ?? string.Empty;
            if (own == rootPath)
            {
                return part.Manifest;
            }

            if (!own.StartsWith(rootPath, StringComparison.Ordinal))
            {
                throw new ManifestMergeException($"'{part.Name}' scanned {(own.Length == 0 ? "the repository's root" : own)}, which is not under the merged root {(rootPath.Length == 0 ? "(the repository's root)" : rootPath)}.");
            }

            var prefix = own[rootPath.Length..];
            string P(string file) => file.Length == 0 || Path.IsPathRooted(file) ? file : Normalize(prefix + file);
            var m = part.Manifest;
            Declaration D(Declaration d) => d with { File = P(d.File) };
            return m with
            {
                Scan = m.Scan with
                {
                    RepositoryPath = rootPath.Length == 0 ? null : rootPath,
                    Policy = m.Scan.Policy is null ? null : P(m.Scan.Policy),
                    InactiveCode = m.Scan.InactiveCode?.Select(r => r with { File = P(r.File) }).ToList(),
                },
                Categories = m.Categories.Select(c => c with
                {
                    Sites = c.Sites.Select(s => s with { File = P(s.File) }).ToList(),
                    Declarations = c.Declarations.Select(D).ToList(),
                    Recipients = c.Recipients?.Select(r => r with { Flows = r.Flows.Select(f => f with { File = P(f.File), Path = f.Path?.Select(h => h with { File = P(h.File) }).ToList() }).ToList() }).ToList(),
                }).ToList(),
                Findings = m.Findings.Select(f => f with { File = P(f.File) }).ToList(),
                Apple = m.Apple is null ? null : m.Apple with
                {
                    AccessedApis = m.Apple.AccessedApis.Select(a => a with { Declarations = a.Declarations.Select(D).ToList() }).ToList(),
                    Existing = m.Apple.Existing is null ? null : m.Apple.Existing with { File = P(m.Apple.Existing.File) },
                },
            };
        }

        /// <summary>A relative path without <c>..</c> segments a rebase made resolvable (<c>Jobs/../Shared/Device.cs</c> is <c>Shared/Device.cs</c>).</summary>
        private static string Normalize(string path)
        {
            var segments = new List<string>();
            foreach (var segment in path.Split('/'))
            {
                if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                }
                else if (segment != ".")
                {
                    segments.Add(segment);
                }
            }

            return string.Join('/', segments);
        }

        /// <summary>One entry per project, whichever parts hold it: target frameworks of one project merge as a scan merges them.</summary>
        private static List<ScannedProject> Projects(List<ManifestPart> parts)
            => parts.SelectMany(p => p.Manifest.Scan.Projects)
                .GroupBy(p => p.Name, StringComparer.Ordinal)
                .Select(g => new ScannedProject(
                    g.Key,
                    g.Any(p => p.Status == ProjectRecords.Failed) ? ProjectRecords.Failed : g.Any(p => p.Status == ProjectRecords.CompileErrors) ? ProjectRecords.CompileErrors : ProjectRecords.Analyzed,
                    g.Max(p => p.Documents),
                    g.Select(p => p.Message).Where(m => m is not null).Order(StringComparer.Ordinal).FirstOrDefault()))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();

        private static ScanInfo Scan(List<ManifestPart> parts, MergeRoot root, List<ScannedProject> projects)
        {
            // Each part's notes in the order of its first project: the same whichever order the parts come in.
            var ordered = parts.OrderBy(p => p.Manifest.Scan.Projects.Select(x => x.Name).Order(StringComparer.Ordinal).FirstOrDefault() ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => p.Manifest.Scan)
                .ToList();
            var policies = ordered.Select(s => s.Policy).Where(p => p is not null).Distinct(StringComparer.Ordinal).ToList();
            if (policies.Count > 1)
            {
                throw new ManifestMergeException($"The parts were scanned with different policy files ({string.Join(", ", policies)}): merge parts of one configuration.");
            }

            var unresolved = ordered.Where(s => s.Unresolved is not null).ToList();
            return new ScanInfo(
                Root: root.Name,
                Kind: root.Kind,
                Partial: ordered.Any(s => s.Partial),
                Confidence: ordered.Any(s => s.Confidence == "reduced") ? "reduced" : "full",
                Notes: ordered.SelectMany(s => s.Notes).Distinct(StringComparer.Ordinal).ToList(),
                Policy: policies.FirstOrDefault(),
                Projects: projects,
                Unresolved: unresolved.Count == 0 ? null : new UnresolvedInfo(
                    unresolved.Sum(s => s.Unresolved!.Total),
                    unresolved.SelectMany(s => s.Unresolved!.Symbols)
                        .GroupBy(s => (s.Name, s.Diagnostic))
                        .Select(g => new UnresolvedSymbol(g.Key.Name, g.Key.Diagnostic, g.Sum(s => s.Count)))
                        .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Diagnostic, StringComparer.Ordinal)
                        .ToList()),
                RepositoryPath: root.RepositoryPath.Length == 0 ? null : root.RepositoryPath,
                NotAnalysed: NotAnalysed(ordered),
                InactiveCode: ordered.SelectMany(s => s.InactiveCode ?? []).Distinct().OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ToList() is { Count: > 0 } regions ? regions : null,
                FlowAnalysis: ordered.Count > 0 && ordered.All(s => s.FlowAnalysis == true) ? true : null);
        }

        private static List<PlatformGap>? NotAnalysed(List<ScanInfo> scans)
        {
            var gaps = scans.SelectMany(s => s.NotAnalysed ?? [])
                .GroupBy(g => g.Platform, StringComparer.Ordinal)
                .Select(g => new PlatformGap(g.Key, g.Sum(x => x.References), g.SelectMany(x => x.Names).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), g.Any(x => x.ReferenceShapes)))
                .OrderBy(g => g.Platform, StringComparer.Ordinal)
                .ToList();
            return gaps.Count == 0 ? null : gaps;
        }

        private static string? GeneratedAt(List<ManifestPart> parts)
        {
            var times = parts.Select(p => p.Manifest.GeneratedAt).Distinct(StringComparer.Ordinal).ToList();
            return times.Count == 1 ? times[0] : times.Where(t => t is not null).Max(StringComparer.Ordinal);
        }

        /// <summary>The Apple block: the parts' options must agree; it is absent when a scan would leave it out.</summary>
        private static AppleInfo? Apple(List<ManifestPart> parts, IReadOnlyList<AccessedApiEntry> accessedApis)
        {
            var options = parts.Where(p => p.Manifest.Apple is not null)
                .Select(p => (p.Name, p.Manifest.Apple!.Platform, p.Manifest.Apple.Baseline, Domains: string.Join(",", p.Manifest.Apple.TrackingDomains)))
                .ToList();
            var distinct = options.Select(o => (o.Platform, o.Baseline, o.Domains)).Distinct().ToList();
            if (distinct.Count > 1)
            {
                var a = options.First(o => (o.Platform, o.Baseline, o.Domains) == distinct[0]);
                var b = options.First(o => (o.Platform, o.Baseline, o.Domains) == distinct[1]);
                throw new ManifestMergeException($"'{a.Name}' and '{b.Name}' were scanned with different Apple options (--platform, --apple-baseline, --tracking-domain): merge parts of one configuration.");
            }

            var existing = parts.Select(p => p.Manifest.Apple?.Existing).Where(e => e is not null).OrderBy(e => e!.File, StringComparer.Ordinal).FirstOrDefault();
            var platform = distinct.Count == 0 ? null : distinct[0].Platform;
            var baseline = distinct.Count == 0 || distinct[0].Baseline;
            var domains = parts.Select(p => p.Manifest.Apple).FirstOrDefault(a => a is not null)?.TrackingDomains ?? [];
            if (existing is null && domains.Count == 0 && accessedApis.Count == 0 && platform is null && baseline)
            {
                return null;
            }

            return new AppleInfo(platform, baseline, domains, accessedApis, existing);
        }

        private static string Describe(Site site)
            => $"{site.Api} in {site.Member} ({(site.Declared ? "declared as " + site.DeclaredCategory + " for " + string.Join(", ", site.Purposes) : "undeclared")})";
    }

    /// <summary>Two manifests that cannot be merged: the message names both and says why.</summary>
    public sealed class ManifestMergeException : Exception
    {
        public ManifestMergeException()
        {
        }

        public ManifestMergeException(string message)
            : base(message)
        {
        }

        public ManifestMergeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
