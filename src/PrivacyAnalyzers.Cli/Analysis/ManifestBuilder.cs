using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Cli.Loading;
using PrivacyAnalyzers.Cli.Model;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>
    /// Builds the manifest from the analyzers' diagnostics, and only from them: PRIV007 gives every
    /// site with its category, source, platform, member and covering declaration; every PRIV
    /// diagnostic of severity warning or error is a finding, whatever rule raised it. Sites are read
    /// through the analyzers' <see cref="SiteCodec"/>, never from a message.
    /// </summary>
    internal static class ManifestBuilder
    {
        public const string ToolName = "privacy";

        public static string ToolVersion { get; } = ReadVersion();

        public static Manifest Build(ScanResult result, string? generatedAt)
        {
            var root = result.Input.RootDirectory;
            var sites = new Dictionary<(string File, int Line, int Column, string Category), Site>();
            var declarations = new Dictionary<(string File, int Line, int Column, string Category), Declaration>();
            var declarationOfSite = new Dictionary<(string File, int Line, int Column, string Category), (string File, int Line, int Column, string Category)>();
            var findings = new Dictionary<(string Id, string File, int Line, int Column, string Message), Finding>();
            var undeclaredFallback = new List<(Diagnostic Diagnostic, ProjectOutcome Project)>();
            var requiredReasons = new List<(Diagnostic Diagnostic, string Project)>();
            var flows = new FlowCollector();

            foreach (var project in result.Projects)
            {
                foreach (var diagnostic in project.Diagnostics)
                {
                    if (diagnostic.Id == RuleIds.FlowInventory)
                    {
                        flows.Add(diagnostic, project.Name, Position(diagnostic.Location, root, result.PolicyFile), location => Position(location, root, result.PolicyFile));
                        continue;
                    }

                    if (diagnostic.Id == RuleIds.CollectionSite && SiteCodec.TryReadSite(diagnostic, out var collected))
                    {
                        var site = ToSite(diagnostic, collected!, project, root, result.PolicyFile);
                        var siteKey = (site.File, site.Line, site.Column, collected!.Category);
                        sites.TryAdd(siteKey, site);
                        if (site.Declared && diagnostic.AdditionalLocations.Count > 0)
                        {
                            var (file, line, column) = Position(diagnostic.AdditionalLocations[0], root, result.PolicyFile);
                            var declarationKey = (file, line, column, site.DeclaredCategory!);
                            declarations.TryAdd(declarationKey, new Declaration(file, line, column, project.Name, site.DeclaredCategory!, site.Purposes));
                            declarationOfSite.TryAdd(siteKey, declarationKey);
                        }
                    }
                    else if (diagnostic.Id == RuleIds.RequiredReasonDeclaration)
                    {
                        requiredReasons.Add((diagnostic, project.Name));
                    }
                    else if (diagnostic.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
                    {
                        var finding = ToFinding(diagnostic, project, root, result.PolicyFile);
                        findings.TryAdd((finding.Id, finding.File, finding.Line, finding.Column, finding.Message), finding);
                        if (diagnostic.Id == RuleIds.UndeclaredCollection)
                        {
                            undeclaredFallback.Add((diagnostic, project));
                        }
                    }
                }
            }

            // PRIV001 without its PRIV007 twin (an older or differently configured analyzer): still a site.
            foreach (var (diagnostic, project) in undeclaredFallback)
            {
                if (SiteCodec.TryReadSite(diagnostic, out var collected) && collected!.Category.Length > 0)
                {
                    var site = ToSite(diagnostic, collected, project, root, result.PolicyFile);
                    sites.TryAdd((site.File, site.Line, site.Column, collected.Category), site);
                }
            }

            var categories = sites
                .GroupBy(s => s.Key.Category, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ToCategory(
                    g.Key,
                    g.Select(s => s.Value).ToList(),
                    g.Select(s => declarationOfSite.TryGetValue(s.Key, out var key) ? declarations[key] : null).OfType<Declaration>()))
                .ToList();

            // Where the data goes: each category's recipients, stored, sent off the device (PRIV105).
            // A category that only flows (a classified member, not a catalogued site) gets an entry of its own.
            foreach (var category in flows.Categories.Where(c => !categories.Any(e => e.Id == c)))
            {
                categories.Add(ToCategory(category, new List<Site>(), Array.Empty<Declaration>()));
            }

            categories = categories
                .OrderBy(c => c.Id, StringComparer.Ordinal)
                .Select(flows.Apply)
                .ToList();

            var findingList = findings.Values
                .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
                .ThenBy(f => f.Id, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToList();

            var allSites = categories.SelectMany(c => c.Sites).ToList();
            var summary = new ManifestSummary(
                Projects: result.Projects.Count,
                Categories: categories.Count,
                Purposes: categories.SelectMany(c => c.Purposes).Select(p => p.Id).Distinct(StringComparer.Ordinal).Count(),
                Sites: allSites.Count,
                DeclaredSites: allSites.Count(s => s.Declared),
                UndeclaredSites: allSites.Count(s => !s.Declared),
                Declarations: categories.SelectMany(c => c.Declarations).Select(d => (d.File, d.Line, d.Column, d.Category)).Distinct().Count(),
                Findings: findingList.Count);

            var reduced = result.Projects.Any(p => p.ReducedConfidence);
            string Relative(string text) => RelativeText(text, root);
            var scan = new ScanInfo(
                Root: result.Input.RootName,
                Kind: result.Input.KindName,
                Partial: result.Failed || result.Notes.Count > 0 || reduced || result.NotAnalysed is { Count: > 0 } || result.InactiveCode is { Count: > 0 },
                Confidence: reduced ? "reduced" : "full",
                Notes: result.Notes.Concat(result.Warnings).Select(Relative).ToList(),
                Policy: result.PolicyFile is null ? null : Paths.Relative(root, result.PolicyFile),
                Projects: result.Projects.Select(p => new ScannedProject(p.Name, p.Status, p.Documents, p.Message is null ? null : Relative(p.Message))).ToList(),
                Unresolved: Unresolved(result),
                NotAnalysed: result.NotAnalysed is { Count: > 0 } gaps ? gaps : null,
                InactiveCode: result.InactiveCode is { Count: > 0 } regions ? regions : null,
                FlowAnalysis: true);

            var accessedApis = Formats.Apple.AppleManifestInputs.Declarations(requiredReasons, root, result.PolicyFile);
            return new Manifest(Manifest.CurrentSchemaVersion, new ToolInfo(ToolName, ToolVersion), generatedAt, scan, summary, categories, findingList)
            {
                Apple = accessedApis.Count == 0 ? null : new AppleInfo(null, true, [], accessedApis, null),
            };
        }

        private static CategoryEntry ToCategory(string id, List<Site> sites, IEnumerable<Declaration> covering)
        {
            sites.Sort((a, b) => Compare(a, b));
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

        private static Site ToSite(Diagnostic diagnostic, CollectionSite site, ProjectOutcome project, string root, string? policyFile)
        {
            var (file, line, column) = Position(diagnostic.Location, root, policyFile);
            var declaredCategory = string.IsNullOrEmpty(site.DeclaredCategory) ? null : site.DeclaredCategory;
            return new Site(
                file,
                line,
                column,
                project.Name,
                MemberName(site.Member),
                site.DisplayApi,
                site.SourceId ?? string.Empty,
                site.Platform ?? string.Empty,
                Declared: declaredCategory is not null,
                declaredCategory,
                declaredCategory is null ? Array.Empty<string>() : site.Purposes.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray(),
                Confidence(diagnostic, site, project),
                project.Details is { } details && details.TryGetValue(SiteKey.Of(diagnostic), out var detail) ? detail.Conditions : null);
        }

        /// <summary>The values of <see cref="Site.Confidence"/>: matched by symbol, through a reference shape, or by name.</summary>
        public const string SymbolConfidence = "symbol";

        /// <inheritdoc cref="SymbolConfidence"/>
        public const string ReferenceShapeConfidence = "reference-shape";

        /// <summary>The analyzer's own (<c>name</c>), else <c>reference-shape</c> when folder mode matched the site through a shape, else <c>symbol</c>.</summary>
        private static string Confidence(Diagnostic diagnostic, CollectionSite site, ProjectOutcome project)
            => site.Confidence
                ?? (project.Details is { } details && details.TryGetValue(SiteKey.Of(diagnostic), out var detail) && detail.ReferenceShape ? ReferenceShapeConfidence : SymbolConfidence);

        /// <summary>The member a site is in; top-level statements have a compiler name (<c>Program.&lt;Main&gt;$</c>) no reader knows.</summary>
        public static string MemberName(string? member)
            => member is null ? string.Empty
                : member.EndsWith("<Main>$", StringComparison.Ordinal) ? "top-level statements"
                : member;

        private static Finding ToFinding(Diagnostic diagnostic, ProjectOutcome project, string root, string? policyFile)
        {
            var (file, line, column) = Position(diagnostic.Location, root, policyFile);
            var category = SiteCodec.Category(diagnostic.Properties);
            return new Finding(
                diagnostic.Id,
                diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                file,
                line,
                column,
                project.Name,
                string.IsNullOrEmpty(category) ? null : category,
                string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri);
        }

        /// <summary>File (relative), 1-based line and column; the #line-mapped position when there is one.</summary>
        public static (string File, int Line, int Column) Position(Location location, string root, string? policyFile)
        {
            if (location == Location.None)
            {
                return (string.Empty, 0, 0);
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

            return (Paths.Relative(root, path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        }

        /// <summary>Messages from MSBuild name files by absolute path: the manifest names them relative to the root.</summary>
        public static string RelativeText(string text, string root)
        {
            var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            return text.Replace(prefix, string.Empty, StringComparison.Ordinal);
        }

        private static UnresolvedInfo? Unresolved(ScanResult result)
        {
            var all = result.Projects.SelectMany(p => p.Unresolved).ToList();
            if (all.Count == 0)
            {
                return result.Input.Kind == InputKind.Folder ? new UnresolvedInfo(0, Array.Empty<UnresolvedSymbol>()) : null;
            }

            var symbols = all
                .GroupBy(d => (Name: Scanner.UnresolvedName(d), d.Id))
                .Select(g => new UnresolvedSymbol(g.Key.Name, g.Key.Id, g.Count()))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Diagnostic, StringComparer.Ordinal)
                .ToList();
            return new UnresolvedInfo(all.Count, symbols);
        }

        private static string ReadVersion()
        {
            var informational = typeof(ManifestBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational))
            {
                return typeof(ManifestBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            }

            // Drop the source-revision suffix ("0.1.0+abc123"): equal code, equal manifests.
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }
    }
}
