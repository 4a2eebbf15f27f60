using System.Globalization;
using System.Net;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>
    /// One self-contained HTML page (inline CSS, no script, no external asset): the summary, a card per
    /// category (name, id, purposes, declared and undeclared counts, findings), every location and the
    /// findings. A card is green only when every site is declared and no finding concerns the category
    /// or its declarations: a declaration the policy does not allow (PRIV002), an undisclosed category
    /// (PRIV003) or an unknown id (PRIV006) turns it red, as an undeclared site does. "Where it goes" (when
    /// the scan followed flows) has a row per category that flows: its recipients with sink kind and flow
    /// count, whether it is stored and sent off the device, and the calls the analysis could not follow.
    /// </summary>
    public sealed class HtmlFormat : IManifestFormat
    {
        private const string Style = """
            :root { color-scheme: light; --ink: #1d2430; --muted: #5b6678; --line: #dfe3ea; --ok: #1f7a4d; --ok-bg: #e6f4ec; --bad: #b3261e; --bad-bg: #fdecea; --warn-bg: #fff4d6; --accent: #2f5bd3; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f6f7f9; }
            main { max-width: 1180px; margin: 0 auto; padding: 32px 28px 48px; }
            h1 { font-size: 28px; margin: 0 0 4px; }
            h2 { font-size: 19px; margin: 36px 0 12px; }
            .sub { color: var(--muted); margin: 0 0 20px; }
            code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef1f6; padding: 1px 5px; border-radius: 4px; }
            .banner { background: var(--warn-bg); border: 1px solid #efd27a; border-radius: 8px; padding: 12px 16px; margin: 0 0 20px; }
            .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; }
            .stat { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
            .stat b { display: block; font-size: 26px; line-height: 1.2; }
            .stat span { color: var(--muted); font-size: 13px; }
            .stat.bad b { color: var(--bad); }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 14px; }
            .card { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 10px; padding: 14px 16px; }
            .card.ok { border-left-color: var(--ok); }
            .card.undeclared, .card.policy { border-left-color: var(--bad); }
            .card h3 { margin: 0 0 2px; font-size: 17px; }
            .card .id { margin: 0 0 10px; }
            .card ul { margin: 6px 0 10px; padding-left: 18px; }
            .pill { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 999px; padding: 2px 10px; margin-right: 6px; }
            .pill.ok { background: var(--ok-bg); color: var(--ok); }
            .pill.bad { background: var(--bad-bg); color: var(--bad); }
            .none { color: var(--bad); font-weight: 600; }
            table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); border-radius: 10px; overflow: hidden; }
            th, td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--line); vertical-align: top; font-size: 14px; }
            td.wrap { overflow-wrap: break-word; }
            td.api { min-width: 22em; overflow-wrap: break-word; }
            td.keep { white-space: nowrap; }
            th { background: #eef1f6; font-size: 13px; color: var(--muted); font-weight: 600; }
            tr:last-child td { border-bottom: none; }
            td.no { color: var(--bad); font-weight: 600; }
            td.yes { color: var(--ok); font-weight: 600; }
            td ul { margin: 0; padding-left: 18px; }
            li.no { color: var(--bad); font-weight: 600; }
            footer { color: var(--muted); font-size: 13px; margin-top: 36px; }
            """;

        public string Name => "html";

        public string Description => "a self-contained HTML report (summary, a card per category, locations)";

        public string Render(Manifest manifest, FormatContext context)
        {
            var lines = new Text.Lines();
            var s = manifest.Summary;
            lines.Add("<!DOCTYPE html>");
            lines.Add("<html lang=\"en\">");
            lines.Add("<head>");
            lines.Add("<meta charset=\"utf-8\">");
            lines.Add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            lines.Add($"<title>What {E(manifest.Scan.Root)} collects and why</title>");
            lines.Add("<style>");
            lines.Add(Style.TrimEnd());
            lines.Add("</style>");
            lines.Add("</head>");
            lines.Add("<body>");
            lines.Add("<main>");
            lines.Add($"<h1>What <code>{E(manifest.Scan.Root)}</code> collects and why</h1>");
            lines.Add($"<p class=\"sub\">{E(manifest.Scan.Kind)} scanned by PrivacyAnalyzers ({E(manifest.Tool.Name)} {E(manifest.Tool.Version)}){(manifest.GeneratedAt is null ? string.Empty : ", " + E(manifest.GeneratedAt))}</p>");
            if (manifest.Scan.Partial)
            {
                lines.Add($"<div class=\"banner\"><strong>Partial results{(manifest.Scan.Confidence == "reduced" ? " (reduced confidence)" : string.Empty)}.</strong> {E(string.Join(" ", manifest.Scan.Notes))}</div>");
            }

            if (manifest.Scan.IsIncomplete())
            {
                lines.Add($"<div class=\"banner\"><strong>Not analysed.</strong> {E(ManifestFormats.NotAnalysedSentence(manifest.Scan))}</div>");
            }

            lines.Add("<section class=\"stats\">");
            Stat(lines, s.Categories, "data categories", false);
            Stat(lines, s.Sites, "collection sites", false);
            Stat(lines, s.DeclaredSites, "declared sites", false);
            Stat(lines, s.UndeclaredSites, "undeclared sites", s.UndeclaredSites > 0);
            Stat(lines, s.Purposes, "purposes", false);
            Stat(lines, s.Findings, "findings", s.Findings > 0);
            lines.Add("</section>");

            lines.Add("<h2>Data categories</h2>");
            if (manifest.Categories.Count == 0)
            {
                lines.Add(manifest.Scan.IsIncomplete() ? "<p>No personal data collection was found in the code that was analysed; some code was not analysed (above).</p>" : "<p>No personal data collection was found.</p>");
            }
            else
            {
                lines.Add("<section class=\"cards\">");
                foreach (var category in manifest.Categories)
                {
                    var findings = Concerning(category, manifest.Findings);
                    var state = category.UndeclaredSites > 0 ? "undeclared" : findings > 0 ? "policy" : "ok";
                    lines.Add($"<article class=\"card {state}\" data-category=\"{E(category.Id)}\">");
                    lines.Add($"<h3>{E(category.Name)}</h3>");
                    lines.Add($"<p class=\"id\"><code>{E(category.Id)}</code></p>");
                    if (category.Purposes.Count == 0)
                    {
                        lines.Add("<p class=\"none\">No declared purpose</p>");
                    }
                    else
                    {
                        lines.Add("<ul>");
                        foreach (var purpose in category.Purposes)
                        {
                            lines.Add($"<li>{E(purpose.Name)} <code>{E(purpose.Id)}</code></li>");
                        }

                        lines.Add("</ul>");
                    }

                    lines.Add($"<p><span class=\"pill ok\">{N(category.DeclaredSites)} declared</span><span class=\"pill{(category.UndeclaredSites > 0 ? " bad" : " ok")}\">{N(category.UndeclaredSites)} undeclared</span>"
                        + (findings > 0 ? $"<span class=\"pill bad\">{E(Text.Plural(findings, "finding"))}</span>" : string.Empty) + "</p>");
                    lines.Add("</article>");
                }

                lines.Add("</section>");

                WhereItGoes(lines, manifest);

                lines.Add("<h2>Locations</h2>");
                lines.Add("<table>");
                lines.Add("<thead><tr><th>Category</th><th>Location</th><th>Member</th><th>API</th><th>Declared</th><th>Purposes</th></tr></thead>");
                lines.Add("<tbody>");
                foreach (var category in manifest.Categories)
                {
                    foreach (var site in category.Sites)
                    {
                        var declared = (site.Declared ? "yes" : "no") + (site.Confidence is null ? string.Empty : $" ({site.Confidence} confidence)");
                        lines.Add($"<tr><td class=\"keep\"><code>{E(category.Id)}</code></td><td class=\"keep\"><code>{E(Text.Location(site.File, site.Line, site.Column))}</code></td><td>{E(site.Member)}</td><td class=\"api\"><code>{Breakable(site.Api)}</code></td><td class=\"keep {(site.Declared ? "yes" : "no")}\">{E(declared)}</td><td>{E(string.Join(", ", site.Purposes))}</td></tr>");
                    }
                }

                lines.Add("</tbody>");
                lines.Add("</table>");
            }

            if (manifest.Findings.Count > 0)
            {
                lines.Add("<h2>To fix</h2>");
                lines.Add("<table>");
                lines.Add("<thead><tr><th>Rule</th><th>Location</th><th>Message</th></tr></thead>");
                lines.Add("<tbody>");
                foreach (var finding in manifest.Findings)
                {
                    // The rule's help page is a link to read, not an asset the page loads.
                    var rule = finding.HelpUri is null ? E(finding.Id) : $"<a href=\"{E(finding.HelpUri)}\">{E(finding.Id)}</a>";
                    lines.Add($"<tr><td class=\"keep\">{rule}</td><td class=\"keep\"><code>{E(Text.Location(finding.File, finding.Line, finding.Column))}</code></td><td class=\"wrap\">{E(finding.Message)}</td></tr>");
                }

                lines.Add("</tbody>");
                lines.Add("</table>");
            }

            lines.Add($"<footer>{E(Text.Summary(s))}. Generated by PrivacyAnalyzers from the analyzers' own diagnostics.</footer>");
            lines.Add("</main>");
            lines.Add("</body>");
            lines.Add("</html>");
            return lines.ToString();
        }

        /// <summary>Per category that flows: recipients (processor, sink kind, declared or not, flows), stored, sent off the device, gaps.</summary>
        private static void WhereItGoes(Text.Lines lines, Manifest manifest)
        {
            if (!FlowFacts.Analysed(manifest))
            {
                return;
            }

            lines.Add("<h2>Where it goes</h2>");
            var flowing = manifest.Categories.Where(c => c.Recipients is { Count: > 0 } || FlowFacts.Gaps(c) > 0).ToList();
            if (flowing.Count == 0)
            {
                lines.Add("<p>No personal data was found flowing to a log, a third party, the network or storage.</p>");
                return;
            }

            lines.Add("<table>");
            lines.Add("<thead><tr><th>Category</th><th>Recipients</th><th>Stored</th><th>Sent off the device</th></tr></thead>");
            lines.Add("<tbody>");
            foreach (var category in flowing)
            {
                var recipients = (category.Recipients ?? []).Select(r =>
                {
                    var state = r.ServiceProvider == true ? ", service provider" : r.Declared ? ", declared" : r.Sink == "third-party" ? ", not declared" : string.Empty;
                    var css = r.Sink == "third-party" && !r.Declared ? " class=\"no\"" : string.Empty;
                    return $"<li{css}>{E(r.Processor)} ({E(r.Sink)}{E(state)}, {E(Text.Plural(r.Flows.Count, "flow"))})</li>";
                }).ToList();
                if (FlowFacts.Gaps(category) > 0)
                {
                    recipients.Add($"<li class=\"no\">{E(FlowFacts.GapSentence(FlowFacts.Gaps(category)))}</li>");
                }

                lines.Add($"<tr data-category=\"{E(category.Id)}\"><td class=\"keep\"><code>{E(category.Id)}</code></td><td><ul>{string.Concat(recipients)}</ul></td>{YesNo(category.Stored)}{YesNo(category.SentOffDevice)}</tr>");
            }

            lines.Add("</tbody>");
            lines.Add("</table>");
        }

        /// <summary>A yes/no cell; "unknown" when nothing was followed to tell (a category with only gaps).</summary>
        private static string YesNo(bool? value) => value switch
        {
            true => "<td class=\"keep\">yes</td>",
            false => "<td class=\"keep\">no</td>",
            null => "<td class=\"keep\">unknown</td>",
        };

        /// <summary>
        /// The findings that concern a category: those about it or an ancestor (a declaration for
        /// <c>user.device</c> the policy does not allow concerns <c>user.device.ip_address</c>), and those
        /// reported at one of its declarations.
        /// </summary>
        public static int Concerning(CategoryEntry category, IReadOnlyList<Finding> findings)
            => findings.Count(f =>
                (f.Category is not null && Contract.TaxonomyInfo.Covers(f.Category, category.Id))
                || category.Declarations.Any(d => d.File == f.File && d.Line == f.Line && f.File.Length > 0));

        /// <summary>An API name that may break after a dot, a parenthesis or a comma, never inside a word.</summary>
        private static string Breakable(string api)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var c in api)
            {
                builder.Append(E(c.ToString()));
                if (c is '.' or '(' or ',')
                {
                    builder.Append("<wbr>");
                }
            }

            return builder.ToString();
        }

        private static void Stat(Text.Lines lines, int value, string label, bool bad)
            => lines.Add($"<div class=\"stat{(bad ? " bad" : string.Empty)}\"><b>{N(value)}</b><span>{E(label)}</span></div>");

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
