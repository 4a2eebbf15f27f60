using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Cli.Loading;
using PrivacyAnalyzers.Contract;
using Xunit;
using static PrivacyAnalyzers.Cli.Tests.ManifestInputs;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// The manifest is built from the sites the diagnostics carry (<see cref="SiteCodec"/>), never from
/// their messages: here every message says nothing a parser could use.
/// </summary>
public sealed class ManifestFromSitesTests
{
    [Fact]
    public void SitesComeFromTheCodecNotTheMessage()
    {
        var declared = new CollectionSite("user.device.device_id", "NetworkInterface.GetPhysicalAddress", SiteKind.ApiCall, "M:System.Net.NetworkInformation.NetworkInterface.GetPhysicalAddress",
            platform: ".NET base library", member: "Visitors.Mac", declaredCategory: "user.device", purposes: new[] { "essential.service.security", "essential.fraud_detection" });
        var bound = new CollectionSite("user.contact.email", "SignUpForm.Email", SiteKind.RequestBinding, boundPath: "SignUpForm.Email", platform: "ASP.NET Core", member: "AccountController.SignUp");
        var byName = new CollectionSite("user.biometric.voice", "AudioRecord.#ctor", SiteKind.NameMatch, "M:Android.Media.AudioRecord.#ctor", platform: ".NET for Android", member: "Device.Mic");

        var manifest = ManifestBuilder.Build(Result(
            Diagnostic(RuleIds.CollectionSite, declared, line: 3, declaration: 2),
            Diagnostic(RuleIds.CollectionSite, bound, line: 7),
            Diagnostic(RuleIds.CollectionSite, byName, line: 9)), generatedAt: null);

        var sites = manifest.Categories.SelectMany(c => c.Sites).ToDictionary(s => s.Member);
        var mac = sites["Visitors.Mac"];
        Assert.Equal("NetworkInterface.GetPhysicalAddress", mac.Api);
        Assert.Equal("M:System.Net.NetworkInformation.NetworkInterface.GetPhysicalAddress", mac.Source);
        Assert.True(mac.Declared);
        Assert.Equal(new[] { "essential.fraud_detection", "essential.service.security" }, mac.Purposes);
        var declaration = Assert.Single(manifest.Categories.Single(c => c.Id == "user.device.device_id").Declarations);
        Assert.Equal(("A.cs", 3), (declaration.File, declaration.Line));

        var email = sites["AccountController.SignUp"];
        Assert.Equal("SignUpForm.Email (bound from the request)", email.Api);
        Assert.Equal(string.Empty, email.Source);
        Assert.False(email.Declared);

        var voice = sites["Device.Mic"];
        Assert.Equal("name", voice.Confidence);
        Assert.Equal("AudioRecord.#ctor (matched by name: references did not resolve)", voice.Api);
    }

    [Fact]
    public void AnUndeclaredSiteWithoutItsInventoryTwinIsStillASite()
    {
        var site = new CollectionSite("user.device.ip_address", "ConnectionInfo.RemoteIpAddress", SiteKind.ApiCall, "P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress", platform: "ASP.NET Core", member: "Visitors.Ip");
        var manifest = ManifestBuilder.Build(Result(Diagnostic(RuleIds.UndeclaredCollection, site, line: 4, severity: DiagnosticSeverity.Warning)), generatedAt: null);

        var only = Assert.Single(Assert.Single(manifest.Categories).Sites);
        Assert.Equal("ConnectionInfo.RemoteIpAddress", only.Api);
        Assert.Equal("Visitors.Ip", only.Member);
        Assert.Equal("user.device.ip_address", Assert.Single(manifest.Findings).Category);
    }

    private static Diagnostic Diagnostic(string id, CollectionSite site, int line, int? declaration = null, DiagnosticSeverity severity = DiagnosticSeverity.Info)
    {
        var descriptor = new DiagnosticDescriptor(id, "Title", "A message no parser can use", "Privacy", severity, isEnabledByDefault: true);
        return Microsoft.CodeAnalysis.Diagnostic.Create(
            descriptor,
            At(line),
            declaration is { } at ? new[] { At(at) } : null,
            SiteCodec.Write(site));
    }

    private static Location At(int line)
        => Location.Create(Root + "/A.cs", new TextSpan(line * 10, 5), new LinePositionSpan(new LinePosition(line, 4), new LinePosition(line, 9)));
}
