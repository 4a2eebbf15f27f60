using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Manifests.Model;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Issue 13 §5, HTML: a category whose declarations break the policy is never a green card, and the API
/// column is wide enough to read, checked in the page's markup and, in headless Chromium, as rendered.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed partial class HtmlReportTests(SamplesFixture samples, ITestOutputHelper output)
{
    private const string Green = "rgb(31, 122, 77)";

    private const string LongApi = "UserManager<ApplicationUser>.GetEmailAsync(Microsoft.AspNetCore.Identity.IdentityUser) (bound from the request)";

    [Fact]
    public void OnlyACategoryWithNoFindingAndNoUndeclaredSiteIsGreen()
    {
        var html = Render(PolicyManifest());
        Assert.Equal("ok", CardState(html, "user.contact.email"));
        Assert.Equal("policy", CardState(html, "user.device.ip_address"));
        Assert.Equal("policy", CardState(html, "user.device.cookie_id"));
        Assert.Equal("undeclared", CardState(html, "user.name"));

        // Green is the ok state's alone: no other card rule, and no default, paints the border green.
        var css = Regex.Match(html, "<style>(?<css>.*)</style>", RegexOptions.Singleline).Groups["css"].Value;
        var green = css.Split('\n').Where(l => l.Contains("border-left", StringComparison.Ordinal) && l.Contains("var(--ok)", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { ".card.ok { border-left-color: var(--ok); }" }, green.Select(l => l.Trim()));
        // The IP address: the PRIV002 at its declaration and the PRIV003 on user.device, its parent.
        Assert.Contains("2 findings</span>", Card(html, "user.device.ip_address"), StringComparison.Ordinal);
        Assert.Contains("1 finding</span>", Card(html, "user.device.cookie_id"), StringComparison.Ordinal);
        Assert.DoesNotContain("finding</span>", Card(html, "user.contact.email"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheApiColumnBreaksBetweenNamesNotInsideThem()
    {
        var html = Render(PolicyManifest());
        Assert.DoesNotContain("overflow-wrap: anywhere", html, StringComparison.Ordinal);
        Assert.Contains("td.api { min-width: 22em;", html, StringComparison.Ordinal);
        var cell = Regex.Match(html, "<td class=\"api\"><code>(?<api>[^<]*(?:<wbr>[^<]*)*)</code></td>").Groups["api"].Value;
        Assert.Equal(LongApi, WebUtility.HtmlDecode(cell.Replace("<wbr>", string.Empty, StringComparison.Ordinal)));
        Assert.Contains(".<wbr>", cell, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task InChromiumTheCardsAreColouredByStateAndTheApiColumnIsReadable()
    {
        var chromium = HtmlRenderingTests.FindChromium();
        Assert.True(chromium is not null, "chromium is not installed, and CI=true: .ci/run should have installed it");
        var folder = samples.NewOutputFolder();

        // The report itself has no script; this test copy gets one that measures the page as laid out.
        var probe = """
            <script>
            addEventListener('load', () => {
              const out = [];
              for (const card of document.querySelectorAll('article.card'))
                out.push('card ' + card.dataset.category + ' ' + getComputedStyle(card).borderLeftColor);
              const table = document.querySelector('td.api').closest('table').getBoundingClientRect().width;
              for (const cell of document.querySelectorAll('td.api'))
                out.push('api ' + Math.round(cell.getBoundingClientRect().width) + ' ' + Math.round(table) + ' ' + (cell.scrollWidth > cell.clientWidth + 1 ? 'overflows' : 'fits'));
              const pre = document.createElement('pre');
              pre.id = 'probe';
              pre.textContent = out.join('\n');
              document.body.appendChild(pre);
            });
            </script>
            """;
        var page = Path.Combine(folder, "report.html");
        await File.WriteAllTextAsync(page, Render(PolicyManifest()).Replace("</body>", probe + "</body>", StringComparison.Ordinal));
        var profile = Path.Combine(folder, "chromium-profile");
        Directory.CreateDirectory(profile);
        var result = await ChildProcess.RunAsync(
            chromium,
            new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,2000", "--virtual-time-budget=5000", "--dump-dom",
                new Uri(page).AbsoluteUri,
            },
            folder,
            TimeSpan.FromSeconds(90));
        var probed = Regex.Match(result.StandardOutput, "<pre id=\"probe\">(?<lines>[^<]*)</pre>");
        Assert.True(probed.Success, "chromium printed no measurements:" + Environment.NewLine + result);
        var lines = WebUtility.HtmlDecode(probed.Groups["lines"].Value).Split('\n');
        output.WriteLine(string.Join(Environment.NewLine, lines));

        var borders = lines.Where(l => l.StartsWith("card ", StringComparison.Ordinal)).Select(l => l.Split(' ', 3)).ToDictionary(p => p[1], p => p[2]);
        Assert.Equal(Green, borders["user.contact.email"]);
        Assert.NotEqual(Green, borders["user.device.ip_address"]);
        Assert.NotEqual(Green, borders["user.device.cookie_id"]);
        Assert.NotEqual(Green, borders["user.name"]);

        foreach (var api in lines.Where(l => l.StartsWith("api ", StringComparison.Ordinal)).Select(l => l.Split(' ')))
        {
            var width = int.Parse(api[1], CultureInfo.InvariantCulture);
            var table = int.Parse(api[2], CultureInfo.InvariantCulture);
            Assert.True(width >= 280, $"the API column is {width}px wide in a {table}px table");
            Assert.Equal("fits", api[3]);
        }
    }

    [Fact]
    public async Task TheSampleWebAppsUndeclaredCookieIsNotGreen()
    {
        var html = await samples.ScanOutputAsync(samples.WebAppProject, "--format", "html");
        Assert.Equal("undeclared", CardState(html, "user.device.cookie_id"));
        Assert.Equal("ok", CardState(html, "user.contact.email"));
    }

    /// <summary>
    /// Four categories: the email fully declared and allowed; the IP address declared for a purpose the
    /// policy does not allow (PRIV002 at its declaration); the cookie covered by a <c>user.device</c>
    /// declaration the policy does not disclose (PRIV003 on the parent); the name undeclared.
    /// </summary>
    private static Manifest PolicyManifest()
    {
        static Site Site(string member, bool declared, string api = "ConnectionInfo.RemoteIpAddress")
            => new("Program.cs", 10, 5, "App", member, api, "P:X", "ASP.NET Core", declared, declared ? "user" : null, declared ? new[] { "essential.service" } : Array.Empty<string>(), null);
        static Declaration At(int line, string category) => new("Program.cs", line, 6, "App", category, new[] { "essential.service" });
        static CategoryEntry Category(string id, Declaration[] declarations, params Site[] sites)
            => new(id, id, null, "NSPrivacyCollectedDataTypeOther", null, new[] { new PurposeEntry("essential.service", "Essential") }, sites.Count(s => s.Declared), sites.Count(s => !s.Declared), declarations, sites);

        var categories = new[]
        {
            Category("user.contact.email", new[] { At(3, "user.contact.email") }, Site("A.Email", true, LongApi)),
            Category("user.device.cookie_id", new[] { At(20, "user.device") }, Site("A.Cookie", true)),
            Category("user.device.ip_address", new[] { At(7, "user.device.ip_address") }, Site("A.Ip", true)),
            Category("user.name", Array.Empty<Declaration>(), Site("A.Name", false)),
        };
        var findings = new[]
        {
            new Finding("PRIV002", "warning", "Declared purpose not allowed", "PrivacyPolicy.txt does not allow purpose 'essential.service' for 'user.device.ip_address'", "Program.cs", 7, 40, "App", null, null),
            new Finding("PRIV003", "warning", "Category not disclosed", "… collects user.device, which PrivacyPolicy.txt does not disclose", "Program.cs", 22, 9, "App", "user.device", null),
            new Finding("PRIV001", "warning", "Undeclared", "… collects Name (user.name) without a declared purpose", "Program.cs", 30, 9, "App", "user.name", null),
        };
        return new Manifest(
            Manifest.CurrentSchemaVersion,
            new ToolInfo("privacy", "1.0.0"),
            null,
            new ScanInfo("App.csproj", "project", false, "full", Array.Empty<string>(), null, Array.Empty<ScannedProject>(), null),
            new ManifestSummary(1, categories.Length, 1, 4, 3, 1, 3, findings.Length),
            categories,
            findings);
    }

    private static string Render(Manifest manifest)
        => new HtmlFormat().Render(manifest, new FormatContext(new Dictionary<string, RuleInfo>(), string.Empty));

    private static string Card(string html, string category)
        => Regex.Match(html, $"<article class=\"card [a-z]+\" data-category=\"{Regex.Escape(category)}\">.*?</article>", RegexOptions.Singleline).Value;

    private static string CardState(string html, string category)
    {
        var match = Regex.Match(html, $"<article class=\"card (?<state>[a-z]+)\" data-category=\"{Regex.Escape(category)}\">");
        Assert.True(match.Success, $"no card for {category}");
        return match.Groups["state"].Value;
    }
}
