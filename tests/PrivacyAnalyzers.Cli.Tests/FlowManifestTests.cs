using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Cli.Commands;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Cli.Loading;
using PrivacyAnalyzers.Contract;
using Xunit;
using static PrivacyAnalyzers.Cli.Tests.ManifestInputs;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// "Where it goes": the manifest's recipients, stored and sent off the device come from the flow
/// inventory (PRIV105) through <see cref="SiteCodec"/>, and <c>privacy diff</c> says what starts being shared.
/// </summary>
public sealed class FlowManifestTests
{
    [Fact]
    public void RecipientsStoredAndSentOffTheDeviceComeFromTheFlows()
    {
        var manifest = ManifestBuilder.Build(Result(
            Flow(Email, new FlowSink(SinkKind.ThirdParty, "SentryUser.Email", "Sentry"), line: 4, declared: true),
            Flow(Email, new FlowSink(SinkKind.Storage, "Preferences.Set", "device storage"), line: 6),
            Flow(Email, new FlowSink(SinkKind.Log, "LoggerExtensions.LogInformation", "Microsoft.Extensions.Logging"), line: 8, pseudonymised: true)), generatedAt: null);

        var category = Assert.Single(manifest.Categories);
        Assert.Equal("user.contact.email", category.Id);
        Assert.True(category.Stored);
        Assert.True(category.SentOffDevice);
        Assert.Equal(
            ["Microsoft.Extensions.Logging log", "Sentry third-party", "device storage storage"],
            category.Recipients!.Select(r => r.Processor + " " + r.Sink));
        var sentry = category.Recipients!.Single(r => r.Processor == "Sentry");
        Assert.True(sentry.Declared);
        var flow = Assert.Single(sentry.Flows);
        Assert.Equal(("A.cs", 4, "SentryUser.Email", "Person.Email"), (flow.File, flow.Line, flow.SinkApi, flow.SourceApi));
        Assert.True(Assert.Single(category.Recipients!.Single(r => r.Sink == "log").Flows).Pseudonymised);

        var markdown = new MarkdownFormat().Render(manifest, Context);
        Assert.Contains("- Shared with: ", markdown, StringComparison.Ordinal);
        Assert.Contains("Sentry (third-party, declared, 1 flow)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Stored: yes; sent off the device: yes", markdown, StringComparison.Ordinal);

        var json = System.Text.Json.JsonSerializer.Serialize(manifest, JsonFormat.Options);
        Assert.Contains("\"recipients\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sentOffDevice\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ACategoryWithoutFlowsKeepsItsShape()
    {
        var site = new CollectionSite("user.device.ip_address", "ConnectionInfo.RemoteIpAddress", SiteKind.ApiCall, "P:X", platform: "ASP.NET Core", member: "V.Ip");
        var descriptor = new DiagnosticDescriptor(RuleIds.CollectionSite, "Title", "message", "Privacy", DiagnosticSeverity.Info, isEnabledByDefault: true);
        var manifest = ManifestBuilder.Build(Result(Diagnostic.Create(descriptor, At(3), SiteCodec.Write(site))), generatedAt: null);
        var category = Assert.Single(manifest.Categories);
        Assert.Null(category.Recipients);
        Assert.Null(category.Stored);
        Assert.DoesNotContain("recipients", System.Text.Json.JsonSerializer.Serialize(manifest, JsonFormat.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void DiffSaysWhatStartsBeingShared()
    {
        var before = ManifestBuilder.Build(Result(Flow(Email, new FlowSink(SinkKind.Log, "LoggerExtensions.LogInformation", "Microsoft.Extensions.Logging"), line: 8)), generatedAt: null);
        var after = ManifestBuilder.Build(Result(
            Flow(Email, new FlowSink(SinkKind.Log, "LoggerExtensions.LogInformation", "Microsoft.Extensions.Logging"), line: 8),
            Flow(Email, new FlowSink(SinkKind.ThirdParty, "SentryUser.Email", "Sentry"), line: 4)), generatedAt: null);

        var diff = ManifestDiff.Compare(before, after);
        Assert.True(diff.Grew);
        var change = Assert.Single(diff.StartsSharing);
        Assert.Equal("starts sharing `user.contact.email` with Sentry, not a declared recipient", ManifestDiff.Sharing("starts", change.Category, change.Recipient));
        Assert.Contains("### Starts sharing", diff.ToMarkdown("before", "after", after), StringComparison.Ordinal);
        Assert.Single(ManifestDiff.Compare(after, before).StopsSharing);
        Assert.False(ManifestDiff.Compare(after, before).Grew);
    }

    private static Diagnostic Flow(CollectionSite source, FlowSink sink, int line, bool declared = false, bool pseudonymised = false)
    {
        var finding = new FlowFinding(source, new[] { new FlowHop(At(line - 1), "collected by Person.Email") }, sink, pseudonymised, declared, insecure: false);
        var properties = SiteCodec.Write(finding, out var additional);
        var descriptor = new DiagnosticDescriptor(RuleIds.FlowInventory, "Title", "A message no parser can use", "Privacy", DiagnosticSeverity.Info, isEnabledByDefault: true);
        return Diagnostic.Create(descriptor, At(line), additional, properties);
    }
}
