using Xunit.Abstractions;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>The HTML report renders in a real browser (headless Chromium) into a non-trivial picture.</summary>
[Collection(SamplesCollection.Name)]
public sealed class HtmlRenderingTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly SamplesFixture samples;
    private readonly ITestOutputHelper output;

    public HtmlRenderingTests(SamplesFixture samples, ITestOutputHelper output)
    {
        this.samples = samples;
        this.output = output;
    }

    [Fact]
    public async Task HtmlRendersInHeadlessChromium()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            // CI installs chromium (.ci/run); there its absence is a failure, locally a skip.
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "chromium is not installed, and CI=true: .ci/run should have installed it");
            output.WriteLine("skipped: chromium is not installed");
            return;
        }

        samples.RequireRestored();
        var folder = samples.NewOutputFolder();
        var page = Path.Combine(folder, "manifest.html");
        var scan = await Tool.RunAsync("scan", samples.WebAppProject, "--format", "html", "--output", page);
        Assert.True(scan.ExitCode == 0, scan.ToString());

        var picture = Path.Combine(folder, "manifest.png");
        var profile = Path.Combine(folder, "chromium-profile");
        Directory.CreateDirectory(profile);
        var result = await ChildProcess.RunAsync(
            chromium,
            new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--screenshot=" + picture, "--window-size=1280,2000",
                new Uri(page).AbsoluteUri,
            },
            folder,
            TimeSpan.FromSeconds(90));
        Assert.True(File.Exists(picture), "chromium made no screenshot:" + Environment.NewLine + result);
        var bytes = File.ReadAllBytes(picture);
        Assert.True(bytes.Length > 20_000, $"the screenshot is only {bytes.Length} bytes: the page looks blank{Environment.NewLine}{result}");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        output.WriteLine($"{picture}: {bytes.Length} bytes");
    }

    private static string? FindChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return ChromiumPath;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
