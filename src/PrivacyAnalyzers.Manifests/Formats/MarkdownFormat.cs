using System.Globalization;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>
    /// "What we collect and why": a table a privacy team can paste into a policy, then where each
    /// category is collected and declared, and what is left to fix.
    /// </summary>
    public sealed class MarkdownFormat : IManifestFormat
    {
        public string Name => "markdown";

        public string Description => "\"what we collect and why\" table, with locations and findings";

        public string Render(Manifest manifest, FormatContext context)
        {
            var lines = new Text.Lines();
            lines.Add("# What we collect and why").Add();
            var generated = manifest.GeneratedAt is null ? string.Empty : ", " + manifest.GeneratedAt;
            lines.Add($"Data collected by `{manifest.Scan.Root}` ({manifest.Scan.Kind}), as found by PrivacyAnalyzers ({manifest.Tool.Name} {manifest.Tool.Version}{generated}).").Add();
            if (manifest.Scan.IsIncomplete())
            {
                // First, before any table: a reader must not take "nothing found" for "nothing there".
                lines.Add($"> **Not analysed:** {Text.Cell(ManifestFormats.NotAnalysedSentence(manifest.Scan))}").Add();
            }

            if (manifest.Scan.Partial)
            {
                lines.Add($"> **Partial results{(manifest.Scan.Confidence == "reduced" ? " (reduced confidence)" : string.Empty)}:** {Text.Cell(string.Join(" ", manifest.Scan.Notes))}").Add();
            }

            if (manifest.Categories.Count == 0)
            {
                lines.Add(manifest.Scan.IsIncomplete()
                    ? "No personal data collection was found in the code that was analysed; some code was not analysed (see above)."
                    : "No personal data collection was found.").Add();
            }
            else
            {
                lines.Add("| Data | Category | Why (declared purposes) | Places | Declared |");
                lines.Add("|---|---|---|---|---|");
                foreach (var category in manifest.Categories)
                {
                    var why = Text.Purposes(category.Purposes, "**not declared**");
                    if (category.Purposes.Count > 0 && category.UndeclaredSites > 0)
                    {
                        why += "; **some places not declared**";
                    }

                    var declared = category.UndeclaredSites == 0 ? "yes"
                        : category.DeclaredSites == 0 ? "**no**"
                        : $"**{category.UndeclaredSites.ToString(CultureInfo.InvariantCulture)} of {(category.DeclaredSites + category.UndeclaredSites).ToString(CultureInfo.InvariantCulture)} not**";
                    lines.Add($"| {Text.Cell(category.Name)} | `{category.Id}` | {Text.Cell(why)} | {category.Sites.Count.ToString(CultureInfo.InvariantCulture)} | {declared} |");
                }

                lines.Add();
            }

            lines.Add($"Summary: {Text.Summary(manifest.Summary)}.").Add();

            if (manifest.Categories.Count > 0)
            {
                lines.Add("## Where").Add();
                foreach (var category in manifest.Categories)
                {
                    lines.Add($"### {Text.Cell(category.Name)} (`{category.Id}`)").Add();
                    lines.Add("| Location | Member | API | Matched by | Declared | Purposes |");
                    lines.Add("|---|---|---|---|---|---|");
                    foreach (var site in category.Sites)
                    {
                        var declared = site.Declared ? "yes" : "**no**";
                        var matched = site.Confidence ?? "symbol";
                        if (site.Conditions is { Count: > 0 } conditions)
                        {
                            matched += " under " + string.Join(", ", conditions.Select(c => $"`{c}`"));
                        }

                        lines.Add($"| `{Text.Cell(Text.Location(site.File, site.Line, site.Column))}` | {Text.Cell(site.Member)} | `{Text.Cell(site.Api)}` | {Text.Cell(matched)} | {declared} | {Text.Cell(string.Join(", ", site.Purposes))} |");
                    }

                    lines.Add();
                    foreach (var declaration in category.Declarations)
                    {
                        var purposes = string.Join(", ", declaration.Purposes.Select(p => $"`{p}`"));
                        lines.Add($"- Declared at `{Text.Location(declaration.File, declaration.Line, declaration.Column)}`: `{declaration.Category}` for {(purposes.Length == 0 ? "no purpose" : purposes)}");
                    }

                    if (category.Declarations.Count > 0)
                    {
                        lines.Add();
                    }

                    SharedWith(lines, category);
                }
            }

            if (manifest.Findings.Count > 0)
            {
                lines.Add("## To fix").Add();
                lines.Add("| Rule | Location | Message |");
                lines.Add("|---|---|---|");
                foreach (var finding in manifest.Findings)
                {
                    var rule = finding.HelpUri is null ? finding.Id : $"[{finding.Id}]({finding.HelpUri})";
                    lines.Add($"| {rule} | `{Text.Cell(Text.Location(finding.File, finding.Line, finding.Column))}` | {Text.Cell(finding.Message)} |");
                }

                lines.Add();
            }

            if (manifest.Scan.Unresolved is { Total: > 0 } unresolved)
            {
                lines.Add("## Unresolved references").Add();
                lines.Add($"{Text.Plural(unresolved.Total, "reference")} did not resolve: " + string.Join(", ", unresolved.Symbols.Take(20).Select(s => $"`{Text.Cell(s.Name)}` ({s.Diagnostic}, {s.Count.ToString(CultureInfo.InvariantCulture)})")) + (unresolved.Symbols.Count > 20 ? ", …" : string.Empty) + ".").Add();
            }

            return lines.ToString().TrimEnd('\n') + "\n";
        }
        /// <summary>Where a category's data goes (the flow inventory): recipients, stored, sent off the device.</summary>
        private static void SharedWith(Text.Lines lines, CategoryEntry category)
        {
            var gaps = FlowFacts.Gaps(category);
            if (category.Recipients is not { Count: > 0 } recipients)
            {
                if (gaps > 0)
                {
                    lines.Add($"- Shared with: unknown, {FlowFacts.GapSentence(gaps)}").Add();
                }

                return;
            }

            var shared = recipients.Select(r => $"{Text.Cell(r.Processor)} ({r.Sink}{(r.ServiceProvider == true ? ", service provider" : r.Declared ? ", declared" : r.Sink == "third-party" ? ", **not declared**" : string.Empty)}, {Text.Plural(r.Flows.Count, "flow")})");
            lines.Add("- Shared with: " + string.Join("; ", shared) + (gaps > 0 ? "; " + FlowFacts.GapSentence(gaps) : string.Empty));
            lines.Add($"- Stored: {(category.Stored == true ? "yes" : "no")}; sent off the device: {(category.SentOffDevice == true ? "yes" : "no")}");
            lines.Add();
        }
    }
}
