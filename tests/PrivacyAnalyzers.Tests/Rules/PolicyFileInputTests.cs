using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Policy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>Bad policy files never throw and never silence the checks they can still support.</summary>
public sealed class PolicyFileInputTests
{
    private const string Code = """
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        class Visitors
        {
            [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
            object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
        }
        """;

    [Fact]
    public void BomAndCrlfAreTolerated()
    {
        var text = SourceText.From("\uFEFFuser.device.ip_address: essential.fraud_detection\r\n# comment\r\n\r\nuser.contact.*: essential.service  # trailing\r\n", Encoding.UTF8);
        var policy = PolicyParser.Parse(text);
        Assert.Empty(policy.Problems);
        Assert.Equal(2, policy.Lines.Length);
        Assert.True(policy.Allows("user.device.ip_address", "essential.fraud_detection"));
        Assert.True(policy.Allows("user.contact.email", "essential.service"));
        Assert.True(policy.Allows("user.contact", "essential.service"));
        Assert.False(policy.Allows("user.contact.email", "marketing.advertising"));
    }

    [Fact]
    public async Task EmptyPolicyDisclosesNothingAndSaysSo()
    {
        var diagnostics = await RunAsync(string.Empty);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.MalformedFile && d.GetMessage().Contains("empty", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.CategoryNotDisclosed);
    }

    [Fact]
    public async Task BinaryPolicyIsReportedOnce()
    {
        var diagnostics = await RunAsync("\0\u0001\u0002PK\u0003\u0004\0\0garbage\0");
        var problem = Assert.Single(diagnostics, d => d.Id == RuleIds.MalformedFile);
        Assert.Contains("binary", problem.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.CategoryNotDisclosed);
    }

    [Fact]
    public async Task GarbledPolicyIsCappedAndGoodLinesStillApply()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            builder.Append("%%%% garbage line ").Append(i).Append(" ¤¤¤\n");
        }

        builder.Append("user.device.ip_address: essential.fraud_detection\n");
        var diagnostics = await RunAsync(builder.ToString());
        Assert.Equal(LineReader.MaxProblems + 1, diagnostics.Count(d => d.Id == RuleIds.MalformedFile));
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.CategoryNotDisclosed || d.Id == RuleIds.PurposeNotAllowed);
    }

    [Fact]
    public async Task HugePolicyIsParsedOnceQuickly()
    {
        var builder = new StringBuilder();
        builder.Append("user.device.ip_address: essential.fraud_detection\n");
        var line = new string('x', 5000);
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("# ").Append("user.custom.segment_").Append(builder.Length).Append(": essential.service\n");
            if (builder.Length % 7 == 0)
            {
                builder.Append(line).Append('\n');
            }
        }

        var watch = Stopwatch.StartNew();
        var diagnostics = await RunAsync(builder.ToString());
        watch.Stop();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.CategoryNotDisclosed);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"a 10 MB policy took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("user.device.ip_address:")]
    [InlineData(":")]
    [InlineData(": essential.service")]
    [InlineData("*: essential.service")]
    [InlineData("user..device: essential.service")]
    [InlineData("user.device.ip_address: essential.fraud_detection,,")]
    [InlineData("user.*.email: essential.service")]
    [InlineData("user.device.ip_address: essential.fraud_detection\u2028user.contact: x")]
    public void OddLinesNeverThrow(string line)
    {
        var policy = PolicyParser.Parse(SourceText.From(line));
        Assert.NotEmpty(policy.Problems);
        Assert.All(policy.Problems, p => Assert.InRange(p.Span.End, 0, line.Length));
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(string policy)
        => TestBuilder.Create().WithSource(Code).WithAdditionalFile("/repo/PrivacyPolicy.txt", policy).GetDiagnosticsAsync();
}
