using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Contract;

/// <summary>
/// The analyzers' contract with the tools: what a site or a flow diagnostic carries in its properties
/// reads back as written, the keys in use keep their names, and the real analyzer's diagnostics decode
/// to typed sites without a look at their messages.
/// </summary>
public sealed class SiteCodecTests
{
    [Fact]
    public void EveryFieldRoundTrips()
    {
        var site = new CollectionSite(
            "user.device.ip_address",
            "ConnectionInfo.RemoteIpAddress",
            SiteKind.ApiCall,
            "P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress",
            boundPath: null,
            platform: "ASP.NET Core",
            member: "Visitors.Ip",
            declaredCategory: "user.device",
            purposes: new[] { "essential.service.security", "analytics.reporting" },
            categories: new[] { "user.device.ip_address", "user.device.cookie_id" });

        var read = SiteCodec.ReadSite(SiteCodec.Write(site));

        Assert.Equal(site, read);
        Assert.Equal("ConnectionInfo.RemoteIpAddress", read!.Api);
        Assert.Equal("P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress", read.SourceId);
        Assert.Equal("ASP.NET Core", read.Platform);
        Assert.Equal("Visitors.Ip", read.Member);
        Assert.Equal("user.device", read.DeclaredCategory);
        Assert.True(read.IsDeclared);
        Assert.Null(read.Confidence);
        Assert.Equal(new[] { "essential.service.security", "analytics.reporting" }, read.Purposes);
        Assert.Equal(new[] { "user.device.ip_address", "user.device.cookie_id" }, read.Categories);
    }

    [Fact]
    public void TheKeysToolsReadKeepTheirNamesAndFormat()
    {
        var properties = SiteCodec.Write(MacSite("essential.fraud_detection", "essential.service.security"));

        Assert.Equal("user.device.device_id", properties["category"]);
        Assert.Equal("M:System.Net.NetworkInformation.NetworkInterface.GetPhysicalAddress", properties["source"]);
        Assert.Equal(".NET base library", properties["platform"]);
        Assert.Equal("Visitors.Mac", properties["member"]);
        Assert.Equal("user.device", properties["declaredCategory"]);
        Assert.Equal("essential.fraud_detection,essential.service.security", properties["purposes"]);
        Assert.Equal("NetworkInterface.GetPhysicalAddress", properties["api"]);
        Assert.Equal("api", properties["kind"]);
        Assert.False(properties.ContainsKey("confidence"));
    }

    [Fact]
    public void EmptyListsAreAbsentKeysAndReadBackEmpty()
    {
        var site = new CollectionSite("user.contact.email", "UserManager.GetEmailAsync", SiteKind.ApiCall, "M:X.GetEmailAsync");
        var properties = SiteCodec.Write(site);

        Assert.False(properties.ContainsKey(SiteCodec.PurposesKey));
        Assert.False(properties.ContainsKey(SiteCodec.CategoriesKey));
        Assert.False(properties.ContainsKey(SiteCodec.DeclaredCategoryKey));
        var read = SiteCodec.ReadSite(properties)!;
        Assert.Empty(read.Purposes);
        Assert.Empty(read.Categories);
        Assert.False(read.IsDeclared);
        Assert.Equal(site, read);
    }

    [Theory]
    [InlineData("a,b")]
    [InlineData("a\\b")]
    [InlineData("a\\,b")]
    [InlineData("trailing\\")]
    [InlineData(",")]
    [InlineData("")]
    [InlineData("données.personnelles.âge")]
    [InlineData("用户.设备")]
    public void ListItemsWithTheSeparatorOrAnyTextRoundTrip(string item)
    {
        var items = new[] { item, "plain", item + "2" };
        Assert.Equal(items, SiteCodec.SplitList(SiteCodec.JoinList(items)));

        var site = new CollectionSite("user.custom", "Api", declaredCategory: "user", purposes: items, categories: new[] { item });
        var read = SiteCodec.ReadSite(SiteCodec.Write(site))!;
        Assert.Equal(items, read.Purposes);
        Assert.Equal(new[] { item }, read.Categories);
    }

    [Fact]
    public void IdsWithTheSeparatorInEveryFieldRoundTrip()
    {
        var site = new CollectionSite(
            "user.a,b",
            "T[\"x,y\"]",
            SiteKind.ApiCall,
            "M:N.T.M(System.String,System.Int32)",
            platform: "P\\Q",
            member: "T.M",
            declaredCategory: "user.a,b",
            purposes: new[] { "p,1", "p\\2" });
        Assert.Equal(site, SiteCodec.ReadSite(SiteCodec.Write(site)));
    }

    [Fact]
    public void UnicodeRoundTrips()
    {
        var site = new CollectionSite("user.contact.e\u0301mail", "Café.Ünïcödé[\"Ø\"]", member: "Класс.Метод", declaredCategory: "user", purposes: new[] { "目的", "🔒" });
        Assert.Equal(site, SiteCodec.ReadSite(SiteCodec.Write(site)));
    }

    [Fact]
    public void BindingSitesHaveAPathAndNoSourceId()
    {
        var site = new CollectionSite("user.contact.email", "SignUpForm.Email", SiteKind.RequestBinding, boundPath: "SignUpForm.Email", platform: "ASP.NET Core", member: "AccountController.SignUp");
        var properties = SiteCodec.Write(site);

        Assert.False(properties.ContainsKey(SiteCodec.SourceKey));
        Assert.Equal("SignUpForm.Email", properties[SiteCodec.BoundPathKey]);
        Assert.Equal("binding", properties[SiteCodec.KindKey]);
        var read = SiteCodec.ReadSite(properties)!;
        Assert.Equal(site, read);
        Assert.Equal(SiteKind.RequestBinding, read.Kind);
        Assert.Null(read.SourceId);
        Assert.Equal("SignUpForm.Email (bound from the request)", read.DisplayApi);
    }

    [Fact]
    public void NameMatchSitesSayNameConfidence()
    {
        var site = new CollectionSite("user.device.device_id", "UIDevice.IdentifierForVendor", SiteKind.NameMatch, "P:UIKit.UIDevice.IdentifierForVendor", platform: ".NET for iOS and Mac Catalyst");
        var properties = SiteCodec.Write(site);

        Assert.Equal("name", properties["confidence"]);
        var read = SiteCodec.ReadSite(properties)!;
        Assert.Equal(site, read);
        Assert.Equal(SiteKind.NameMatch, read.Kind);
        Assert.Equal("name", read.Confidence);

        // A reader that predates the kind key still knows a name match by its confidence.
        Assert.Equal(SiteKind.NameMatch, SiteCodec.ReadSite(properties.Remove(SiteCodec.KindKey))!.Kind);
    }

    [Fact]
    public void PropertiesWithoutACategoryAreNoSite()
    {
        Assert.Null(SiteCodec.ReadSite(ImmutableDictionary<string, string?>.Empty));
        Assert.Null(SiteCodec.ReadSite(SiteCodec.WriteUnknownId("user.contact.email")));
    }

    [Fact]
    public void DeclarationRulePropertiesRoundTrip()
    {
        var notAllowed = SiteCodec.WritePurposeNotAllowed("user.device.ip_address", "analytics.reporting");
        Assert.Equal("user.device.ip_address", SiteCodec.Category(notAllowed));
        Assert.Equal("analytics.reporting", SiteCodec.Purpose(notAllowed));
        Assert.Equal("user.device.ip_address", notAllowed["category"]);
        Assert.Equal("analytics.reporting", notAllowed["purpose"]);

        Assert.Equal("user.device.ip_address", SiteCodec.Nearest(SiteCodec.WriteUnknownId("user.device.ip_address")));
        Assert.Null(SiteCodec.Nearest(SiteCodec.WriteUnknownId(null)));
        Assert.Empty(SiteCodec.WriteUnknownId(null));
    }

    [Fact]
    public void FlowFindingsRoundTripWithTheirHopsAsAdditionalLocations()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { var ip = Ip(); Log(ip); } }", path: "/0/Flow.cs");
        var hops = new[]
        {
            new FlowHop(Location.Create(tree, new TextSpan(21, 14)), "assigned to 'ip'"),
            new FlowHop(Location.Create(tree, new TextSpan(36, 8)), "passed to Log, with a, comma"),
        };
        var source = new CollectionSite("user.device.ip_address", "ConnectionInfo.RemoteIpAddress", SiteKind.ApiCall, "P:Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress", platform: "ASP.NET Core", member: "C.M");
        var finding = new FlowFinding(source, hops, new FlowSink(SinkKind.ThirdParty, "TelemetryClient.TrackEvent", "Application Insights"));

        var properties = SiteCodec.Write(finding, out var locations);
        Assert.Equal("user.device.ip_address", properties["category"]);
        Assert.Equal("third-party", properties[SiteCodec.SinkKey]);
        Assert.Equal(2, locations.Length);

        var read = SiteCodec.ReadFlow(properties, locations);
        Assert.Equal(finding, read);
        Assert.Equal("Application Insights", read!.Sink.Processor);
        Assert.Equal("passed to Log, with a, comma", read.Hops[1].Description);

        // And through a diagnostic, as a tool receives it.
        var descriptor = new DiagnosticDescriptor("TEST101", "t", "m", "c", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        var diagnostic = Diagnostic.Create(descriptor, Location.Create(tree, new TextSpan(0, 5)), locations, properties);
        Assert.True(SiteCodec.TryReadFlow(diagnostic, out var fromDiagnostic));
        Assert.Equal(finding, fromDiagnostic);
        Assert.True(SiteCodec.TryReadSite(diagnostic, out var sourceSite));
        Assert.Equal(source, sourceSite);
    }

    [Theory]
    [InlineData(SinkKind.Log)]
    [InlineData(SinkKind.ThirdParty)]
    [InlineData(SinkKind.Network)]
    [InlineData(SinkKind.Storage)]
    [InlineData(SinkKind.Unresolved)]
    public void EverySinkKindRoundTripsWithoutHopsOrProcessor(SinkKind kind)
    {
        var finding = new FlowFinding(new CollectionSite("user.contact.email", "Api"), Array.Empty<FlowHop>(), new FlowSink(kind, "Sink.Write"));
        var properties = SiteCodec.Write(finding, out var locations);
        Assert.Empty(locations);
        Assert.False(properties.ContainsKey(SiteCodec.ProcessorKey));
        Assert.Equal(finding, SiteCodec.ReadFlow(properties, locations));
    }

    [Fact]
    public void ASiteIsNoFlow()
    {
        var properties = SiteCodec.Write(new CollectionSite("user.contact.email", "Api"));
        Assert.Null(SiteCodec.ReadFlow(properties, Array.Empty<Location>()));
    }

    [Fact]
    public async Task TheAnalyzersDiagnosticsDecodeToTypedSitesWithoutTheirMessages()
    {
        const string Code = """
            using System.Net.NetworkInformation;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using System.ComponentModel.DataAnnotations;
            using PrivacyAnalyzers;

            public sealed class SignUpForm { [EmailAddress] public string Email { get; set; } = ""; }

            [ApiController]
            public sealed class AccountController : ControllerBase
            {
                [HttpPost]
                public IActionResult SignUp(SignUpForm form) => Ok();
            }

            class Visitors
            {
                [CollectsPersonalData(DataCategories.Device, Purposes.Security, Purposes.FraudDetection)]
                PhysicalAddress Mac(NetworkInterface nic) => nic.GetPhysicalAddress();

                string Agent(HttpRequest request) => request.Headers["User-Agent"].ToString();
            }
            """;
        var compilation = AnalyzerRunner.Compile(new[] { Code });
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { [RuleIds.CollectionSite] = ReportDiagnostic.Info }));
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new CollectionSiteAnalyzer());
        var sites = diagnostics.Where(d => d.Id == RuleIds.CollectionSite)
            .Select(d => SiteCodec.TryReadSite(d, out var site) ? site! : throw new InvalidOperationException("no site in " + d))
            .ToList();

        var binding = Assert.Single(sites, s => s.Kind == SiteKind.RequestBinding);
        Assert.Equal(new CollectionSite("user.contact.email", "SignUpForm.Email", SiteKind.RequestBinding, boundPath: "SignUpForm.Email", platform: "ASP.NET Core", member: "AccountController.SignUp"), binding);

        var mac = Assert.Single(sites, s => s.Category == "user.device.device_id");
        Assert.Equal(MacSite("essential.service.security", "essential.fraud_detection"), mac);

        var agent = Assert.Single(sites, s => s.Member == "Visitors.Agent");
        Assert.Equal("IHeaderDictionary[\"User-Agent\"]", agent.Api);
        Assert.False(agent.IsDeclared);

        // PRIV001 carries the same site as its inventory twin, so a tool needs no message either way.
        var undeclared = diagnostics.Where(d => d.Id == RuleIds.UndeclaredCollection).Select(d => SiteCodec.ReadSite(d.Properties)).ToList();
        Assert.Contains(agent, undeclared);
        Assert.Contains(binding, undeclared);
        Assert.All(diagnostics.Where(d => d.Id is RuleIds.CollectionSite or RuleIds.UndeclaredCollection),
            d => Assert.StartsWith(SiteCodec.ReadSite(d.Properties)!.DisplayApi + " collects ", d.GetMessage(), StringComparison.Ordinal));
    }

    /// <summary>The declared <c>Visitors.Mac</c> site both the codec and the analyzers' output tests use, with its purposes in a given order.</summary>
    private static CollectionSite MacSite(params string[] purposes) => new(
        "user.device.device_id",
        "NetworkInterface.GetPhysicalAddress",
        SiteKind.ApiCall,
        "M:System.Net.NetworkInformation.NetworkInterface.GetPhysicalAddress",
        platform: ".NET base library",
        member: "Visitors.Mac",
        declaredCategory: "user.device",
        purposes: purposes);
}
