using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Manifests
{
    /// <summary>
    /// What categories, findings and Apple declarations are made of, gathered first-come (projects in name order):
    /// sites and declarations by place and category, findings by rule, place and message, flows, required-reason
    /// declarations. The assembler fills it from diagnostics and the merger from manifests, and both build the
    /// manifest's lists with <see cref="ToManifest"/>, so a merge sorts and counts exactly as a scan does.
    /// </summary>
    internal sealed class ManifestParts
    {
        private readonly Dictionary<(string File, int Line, int Column, string Category), Site> sites = new();
        private readonly Dictionary<(string File, int Line, int Column, string Category), Declaration> declarations = new();
        private readonly Dictionary<(string File, int Line, int Column, string Category), (string File, int Line, int Column, string Category)> declarationOfSite = new();
        private readonly Dictionary<string, HashSet<(string File, int Line, int Column, string Category)>> categoryDeclarations = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Id, string File, int Line, int Column, string Message), Finding> findings = new();
        private readonly List<DiagnosticRecord> undeclaredFallback = new();
        private readonly SortedDictionary<string, (SortedSet<string> Reasons, List<Declaration> Declarations)> accessed = new(StringComparer.Ordinal);
        private readonly HashSet<(string, int, int, string)> accessedSeen = new();
        private readonly HashSet<string> emptyCategories = new(StringComparer.Ordinal);

        public FlowCollector Flows { get; } = new();

        /// <summary>One diagnostic of a scan.</summary>
        public void Add(DiagnosticRecord diagnostic)
        {
            if (diagnostic.Id == RuleIds.FlowInventory)
            {
                Flows.Add(diagnostic);
                return;
            }

            if (diagnostic.Id == RuleIds.CollectionSite && SiteCodec.ReadSite(diagnostic.Properties) is { } collected)
            {
                var site = ToSite(diagnostic, collected);
                var siteKey = (site.File, site.Line, site.Column, collected.Category);
                sites.TryAdd(siteKey, site);
                if (site.Declared && diagnostic.AdditionalLocations.Count > 0)
                {
                    var (file, line, column) = diagnostic.AdditionalLocations[0];
                    var declarationKey = (file, line, column, site.DeclaredCategory!);
                    declarations.TryAdd(declarationKey, new Declaration(file, line, column, diagnostic.Project, site.DeclaredCategory!, site.Purposes));
                    declarationOfSite.TryAdd(siteKey, declarationKey);
                }
            }
            else if (diagnostic.Id == RuleIds.RequiredReasonDeclaration)
            {
                AddRequiredReason(diagnostic);
            }
            else if (diagnostic.Severity is DiagnosticLevel.Warning or DiagnosticLevel.Error)
            {
                AddFinding(ToFinding(diagnostic));
                if (diagnostic.Id == RuleIds.UndeclaredCollection)
                {
                    undeclaredFallback.Add(diagnostic);
                }
            }
        }

        /// <summary>PRIV001 without its PRIV007 twin (an older or differently configured analyzer): still a site.</summary>
        public void AddUndeclaredFallback()
        {
            foreach (var diagnostic in undeclaredFallback)
            {
                if (SiteCodec.ReadSite(diagnostic.Properties) is { Category.Length: > 0 } collected)
                {
                    var site = ToSite(diagnostic, collected);
                    sites.TryAdd((site.File, site.Line, site.Column, collected.Category), site);
                }
            }

            undeclaredFallback.Clear();
        }

        /// <summary>A site of a manifest being merged; false when another part has a different one at the same place and category.</summary>
        public bool TryAddSite(string category, Site site, out Site existing)
        {
            if (sites.TryGetValue((site.File, site.Line, site.Column, category), out existing!))
            {
                return existing.Project != site.Project || SameSite(existing, site);
            }

            sites.Add((site.File, site.Line, site.Column, category), site);
            existing = site;
            return true;
        }

        /// <summary>A category with no site of its own (it only flows), from a manifest being merged.</summary>
        public void AddCategory(string category) => emptyCategories.Add(category);

        /// <summary>A category's declaration, from a manifest being merged.</summary>
        public void AddDeclaration(string category, Declaration declaration)
        {
            var key = (declaration.File, declaration.Line, declaration.Column, declaration.Category);
            declarations.TryAdd(key, declaration);
            if (!categoryDeclarations.TryGetValue(category, out var keys))
            {
                categoryDeclarations.Add(category, keys = new());
            }

            keys.Add(key);
        }

        /// <summary>A finding; the first of one rule, place and message is kept.</summary>
        public void AddFinding(Finding finding)
            => findings.TryAdd((finding.Id, finding.File, finding.Line, finding.Column, finding.Message), finding);

        /// <summary>A required-reason declaration of a manifest being merged.</summary>
        public void AddAccessedApi(AccessedApiEntry entry)
        {
            var (reasons, list) = AccessedEntry(entry.Category);
            reasons.UnionWith(entry.Reasons);
            foreach (var declaration in entry.Declarations)
            {
                if (accessedSeen.Add((declaration.File, declaration.Line, declaration.Column, entry.Category)))
                {
                    list.Add(declaration);
                }
            }
        }

        /// <summary>The declared required-reason categories, their valid reasons and where they are declared; empty when none.</summary>
        public IReadOnlyList<AccessedApiEntry> AccessedApis()
            => accessed
                .Select(c => new AccessedApiEntry(
                    c.Key,
                    c.Value.Reasons.ToList(),
                    c.Value.Declarations.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList()))
                .ToList();

        /// <summary>The manifest of everything gathered, with this scan block (Apple is the caller's).</summary>
        public Manifest ToManifest(ScanInfo scan, string? generatedAt, int projectCount)
        {
            var categories = sites
                .GroupBy(s => s.Key.Category, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ToCategory(g.Key, g.Select(s => s.Value).ToList(), Covering(g.Key, g.Select(s => s.Key))))
                .ToList();

            // Where the data goes: each category's recipients, stored, sent off the device (PRIV105).
            // A category that only flows (a classified member, not a catalogued site) gets an entry of its own.
            foreach (var category in Flows.Categories.Concat(emptyCategories).Distinct(StringComparer.Ordinal).Where(c => !categories.Any(e => e.Id == c)).ToList())
            {
                categories.Add(ToCategory(category, new List<Site>(), Covering(category, [])));
            }

            categories = categories
                .OrderBy(c => c.Id, StringComparer.Ordinal)
                .Select(Flows.Apply)
                .ToList();

            var findingList = findings.Values
                .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
                .ThenBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToList();

            var allSites = categories.SelectMany(c => c.Sites).ToList();
            var summary = new ManifestSummary(
                Projects: projectCount,
                Categories: categories.Count,
                Purposes: categories.SelectMany(c => c.Purposes).Select(p => p.Id).Distinct(StringComparer.Ordinal).Count(),
                Sites: allSites.Count,
                DeclaredSites: allSites.Count(s => s.Declared),
                UndeclaredSites: allSites.Count(s => !s.Declared),
                Declarations: categories.SelectMany(c => c.Declarations).Select(d => (d.File, d.Line, d.Column, d.Category)).Distinct().Count(),
                Findings: findingList.Count);

            return new Manifest(Manifest.CurrentSchemaVersion, new ToolInfo(ManifestAssembler.ToolName, ManifestAssembler.ToolVersion), generatedAt, scan, summary, categories, findingList);
        }

        /// <summary>Two parts' sites at one place agree when all but the project they were seen in is equal.</summary>
        private static bool SameSite(Site a, Site b)
            => a.Member == b.Member && a.Api == b.Api && a.Source == b.Source && a.Platform == b.Platform && a.Declared == b.Declared
                && a.DeclaredCategory == b.DeclaredCategory && a.Purposes.SequenceEqual(b.Purposes, StringComparer.Ordinal) && a.Confidence == b.Confidence
                && (a.Conditions ?? []).SequenceEqual(b.Conditions ?? [], StringComparer.Ordinal);

        private IEnumerable<Declaration> Covering(string category, IEnumerable<(string File, int Line, int Column, string Category)> siteKeys)
        {
            foreach (var siteKey in siteKeys)
            {
                if (declarationOfSite.TryGetValue(siteKey, out var key))
                {
                    yield return declarations[key];
                }
            }

            if (categoryDeclarations.TryGetValue(category, out var keys))
            {
                foreach (var key in keys)
                {
                    yield return declarations[key];
                }
            }
        }

        private (SortedSet<string> Reasons, List<Declaration> Declarations) AccessedEntry(string category)
        {
            if (!accessed.TryGetValue(category, out var entry))
            {
                entry = (new SortedSet<string>(StringComparer.Ordinal), []);
                accessed[category] = entry;
            }

            return entry;
        }

        private void AddRequiredReason(DiagnosticRecord diagnostic)
        {
            if (SiteCodec.Category(diagnostic.Properties) is not { } category || !ManifestAssembler.IsRequiredReasonCategory(category))
            {
                return;
            }

            var reasons = SiteCodec.Reasons(diagnostic.Properties);
            var (file, line, column) = diagnostic.Location;
            var entry = AccessedEntry(category);
            entry.Reasons.UnionWith(reasons.Where(r => ManifestAssembler.IsReasonOf(category, r)));
            if (accessedSeen.Add((file, line, column, category)))
            {
                entry.Declarations.Add(new Declaration(file, line, column, diagnostic.Project, category, reasons.ToArray()));
            }
        }

        private static CategoryEntry ToCategory(string id, List<Site> sites, IEnumerable<Declaration> covering)
        {
            sites.Sort(Compare);
            var purposes = sites.SelectMany(s => s.Purposes).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new PurposeEntry(p, TaxonomyInfo.PurposeDisplayName(p)))
                .ToList();
            var siteDeclarations = covering
                .Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Category, StringComparer.Ordinal)
                .ToList();
            var lastDot = id.LastIndexOf('.');
            return new CategoryEntry(
                id,
                TaxonomyInfo.CategoryDisplayName(id),
                lastDot < 0 ? null : id[..lastDot],
                TaxonomyInfo.AppleDataType(id),
                TaxonomyInfo.GooglePlayDataType(id),
                purposes,
                sites.Count(s => s.Declared),
                sites.Count(s => !s.Declared),
                siteDeclarations,
                sites);
        }

        private static int Compare(Site a, Site b)
        {
            var result = string.CompareOrdinal(a.File, b.File);
            if (result == 0)
            {
                result = a.Line.CompareTo(b.Line);
            }

            if (result == 0)
            {
                result = a.Column.CompareTo(b.Column);
            }

            return result == 0 ? string.CompareOrdinal(a.Api, b.Api) : result;
        }

        private static Site ToSite(DiagnosticRecord diagnostic, CollectionSite site)
        {
            var (file, line, column) = diagnostic.Location;
            var declaredCategory = string.IsNullOrEmpty(site.DeclaredCategory) ? null : site.DeclaredCategory;
            return new Site(
                file,
                line,
                column,
                diagnostic.Project,
                ManifestAssembler.MemberName(site.Member),
                site.DisplayApi,
                site.SourceId ?? string.Empty,
                site.Platform ?? string.Empty,
                Declared: declaredCategory is not null,
                declaredCategory,
                declaredCategory is null ? Array.Empty<string>() : site.Purposes.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray(),
                site.Confidence ?? (diagnostic.ReferenceShape ? ManifestAssembler.ReferenceShapeConfidence : ManifestAssembler.SymbolConfidence),
                diagnostic.Conditions);
        }

        private static Finding ToFinding(DiagnosticRecord diagnostic)
        {
            var (file, line, column) = diagnostic.Location;
            var category = SiteCodec.Category(diagnostic.Properties);
            return new Finding(
                diagnostic.Id,
                diagnostic.Severity == DiagnosticLevel.Error ? "error" : "warning",
                diagnostic.Title,
                diagnostic.Message,
                file,
                line,
                column,
                diagnostic.Project,
                string.IsNullOrEmpty(category) ? null : category,
                string.IsNullOrEmpty(diagnostic.HelpUri) ? null : diagnostic.HelpUri);
        }
    }
}
