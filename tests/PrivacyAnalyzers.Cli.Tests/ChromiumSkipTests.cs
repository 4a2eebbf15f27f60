namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>Issue 13 §8: the Chromium test is skipped, never passed, where Chromium is missing (and runs under CI).</summary>
public sealed class ChromiumSkipTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "false", true)]
    [InlineData(null, "true", false)]
    [InlineData(null, "TRUE", false)]
    [InlineData("/usr/bin/chromium", null, false)]
    [InlineData("/usr/bin/chromium", "true", false)]
    public void SkippedOnlyWhenChromiumIsMissingOutsideCi(string? chromium, string? ci, bool skipped)
        => Assert.Equal(skipped, ChromiumFactAttribute.ShouldSkip(chromium, ci));

    [Fact]
    public void TheHtmlRenderingTestSkipsThroughTheAttributeNotByReturning()
    {
        var method = typeof(HtmlRenderingTests).GetMethod(nameof(HtmlRenderingTests.HtmlRendersInHeadlessChromium))!;
        var fact = Assert.Single(method.GetCustomAttributes(typeof(FactAttribute), inherit: false));
        Assert.IsType<ChromiumFactAttribute>(fact);
        var expected = HtmlRenderingTests.FindChromium() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(expected ? ChromiumFactAttribute.SkipReason : null, ((FactAttribute)fact).Skip);
    }
}
