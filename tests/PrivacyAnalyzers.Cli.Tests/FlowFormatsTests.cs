using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Manifests.Formats.Apple;
using PrivacyAnalyzers.Cli.Loading;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Contract;
using Xunit;
using static PrivacyAnalyzers.Cli.Tests.ManifestInputs;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Issue 15, "Manifests": every format says where the data goes, from the flow inventory (PRIV105) the
/// manifest is built from: the Play CSV's shared rows (a declared service provider is not sharing), the
/// xcprivacy's Linked (a flow joins the data with an account id), the Fides egress, the HTML's "where it
/// goes", SARIF's codeFlows, and the calls that could not be followed.
/// </summary>
public sealed class FlowFormatsTests
{
    private static readonly CollectionSite UserId = new("user.unique_id", "Person.Id", SiteKind.ApiCall, "P:Person.Id", platform: "user code", member: "Signup.Run");

    private static readonly CollectionSite Precise = new("user.location.precise", "Geolocation.GetLocationAsync", SiteKind.ApiCall, "M:Geolocation.GetLocationAsync", platform: ".NET MAUI", member: "Map.Show");

    private static readonly FlowSink SentryEmail = new(SinkKind.ThirdParty, "SentryUser.Email", "Sentry");

    private static readonly FlowSink MixpanelTrack = new(SinkKind.ThirdParty, "MixpanelClient.Track", "Mixpanel");

    // ---- Google Play Data safety ----

    [Fact]
    public void AFlowToAThirdPartyMarksTheTypeSharedAndNamesTheRecipient()
    {
        var manifest = Build(
            Flow(Email, SentryEmail, line: 4),
            Flow(Precise, new FlowSink(SinkKind.Network, "HttpClient.PostAsync", "HTTP endpoint"), line: 9),
            Flow(Precise, new FlowSink(SinkKind.Storage, "Preferences.Set", "device storage"), line: 11));
        var rows = PlayRows(manifest);

        var email = SharedRow(rows, "PSL_EMAIL");
        Assert.Equal("true", email[2]);
        Assert.Equal(
            "Data usage and handling (Email address) / Is this data collected, shared, or both? / Shared [PrivacyAnalyzers: shared with Sentry, from the data flows. Why it is shared is yours to answer.]",
            email[4]);
        Assert.Equal("true", Row(rows, "PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED")[2]);

        // The app's own server and the device's storage are collection, not sharing.
        var location = SharedRow(rows, "PSL_PRECISE_LOCATION");
        Assert.Equal(string.Empty, location[2]);
        Assert.EndsWith("/ Shared [PrivacyAnalyzers: collected only, from the data flows: no flow to a third party.]", location[4], StringComparison.Ordinal);
        Assert.Contains("whether it is shared", Row(rows, "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", string.Empty)[4], StringComparison.Ordinal);
    }

    [Fact]
    public void ADeclaredServiceProviderIsCollectedOnly()
    {
        var manifest = Build(Flow(Email, SentryEmail, line: 4, declared: true, serviceProvider: true));
        var sentry = Assert.Single(Assert.Single(manifest.Categories).Recipients!);
        Assert.True(sentry.ServiceProvider);

        var email = SharedRow(PlayRows(manifest), "PSL_EMAIL");
        Assert.Equal(string.Empty, email[2]);
        Assert.EndsWith(
            "/ Shared [PrivacyAnalyzers: collected only, from the data flows: no flow to a third party; sent to Sentry, declared service provider (not sharing).]",
            email[4],
            StringComparison.Ordinal);

        // A declared recipient that is not a service provider is still sharing: the agreement is not the exemption.
        var declaredOnly = Build(Flow(Email, SentryEmail, line: 4, declared: true));
        Assert.Null(Assert.Single(Assert.Single(declaredOnly.Categories).Recipients!).ServiceProvider);
        Assert.Equal("true", SharedRow(PlayRows(declaredOnly), "PSL_EMAIL")[2]);

        // One flow outside the service agreement makes the processor a third party for the category.
        var mixed = Build(Flow(Email, SentryEmail, line: 4, serviceProvider: true), Flow(Email, SentryEmail, line: 7));
        Assert.Equal("true", SharedRow(PlayRows(mixed), "PSL_EMAIL")[2]);
    }

    [Fact]
    public void AManifestWrittenWithoutFlowAnalysisStillSaysSharingIsNotAnalysed()
    {
        var built = Build(Flow(Email, SentryEmail, line: 4));
        var older = built with { Scan = built.Scan with { FlowAnalysis = null } };
        var email = SharedRow(PlayRows(older), "PSL_EMAIL");
        Assert.Equal(string.Empty, email[2]);
        Assert.EndsWith("/ Shared" + PlayDataSafetyFormat.NotYetAnalysed, email[4], StringComparison.Ordinal);
        Assert.DoesNotContain("whether it is shared", Row(PlayRows(older), "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", string.Empty)[4], StringComparison.Ordinal);
    }

    // ---- Apple PrivacyInfo.xcprivacy ----

    [Fact]
    public void LocationHandedOverWithAUserIdIsLinkedAndAloneIsNot()
    {
        // One Sentry user object written over two lines: the location and the user id reach the same object.
        var joined = Build(
            Flow(Precise, new FlowSink(SinkKind.ThirdParty, "SentryUser.Other", "Sentry"), line: 20),
            Flow(UserId, new FlowSink(SinkKind.ThirdParty, "SentryUser.Id", "Sentry"), line: 21));
        var xml = new XcPrivacyFormat().Render(joined, Context);
        Assert.True(Linked(xml, "NSPrivacyCollectedDataTypePreciseLocation"));
        Assert.True(Linked(xml, "NSPrivacyCollectedDataTypeUserID"));
        Assert.Contains("NSPrivacyCollectedDataTypePreciseLocation: linked: user.location.precise reaches a sink together with an account or user id", xml, StringComparison.Ordinal);

        // The same two categories handed to two calls far apart: nothing joins them.
        var apart = Build(
            Flow(Precise, MixpanelTrack, line: 20),
            Flow(UserId, MixpanelTrack, line: 40));
        Assert.False(Linked(new XcPrivacyFormat().Render(apart, Context), "NSPrivacyCollectedDataTypePreciseLocation"));

        // Another sink type on the next line is another call.
        var otherType = Build(
            Flow(Precise, MixpanelTrack, line: 20),
            Flow(UserId, new FlowSink(SinkKind.ThirdParty, "SentryUser.Id", "Sentry"), line: 21));
        Assert.False(Linked(new XcPrivacyFormat().Render(otherType, Context), "NSPrivacyCollectedDataTypePreciseLocation"));
    }

    [Fact]
    public void AFlowToAnSdkNeverMakesTrackingTrue()
    {
        var xml = new XcPrivacyFormat().Render(Build(Flow(Precise, MixpanelTrack, line: 20)), Context);
        var plist = Plist.ReadRootDictionary(xml, "output");
        Assert.Equal(new PlistBoolean(false), plist[XcPrivacyKeys.Tracking]);
        var entry = DataType(plist, "NSPrivacyCollectedDataTypePreciseLocation");
        Assert.Equal(new PlistBoolean(false), entry[XcPrivacyKeys.CollectedDataTypeTracking]);
        Assert.Contains("NSPrivacyCollectedDataTypePreciseLocation: sent to Mixpanel; not tracking unless a tracking purpose is declared", xml, StringComparison.Ordinal);
    }

    // ---- Fides ----

    [Fact]
    public void FidesHasEgressPerRecipientAndSharingOnTheDeclaration()
    {
        var manifest = Build(
            Site(Email, line: 3, purposes: ["essential.service"]),
            Flow(Email, SentryEmail, line: 4),
            Flow(Email, new FlowSink(SinkKind.ThirdParty, "FirebaseAnalytics.LogEvent", "Firebase Analytics"), line: 6, serviceProvider: true),
            Flow(Email, new FlowSink(SinkKind.Log, "LoggerExtensions.LogInformation", "Microsoft.Extensions.Logging"), line: 8));
        var yaml = new FidesFormat().Render(manifest, Context);
        Assert.Contains(
            """
                system_type: Service
                egress:
                  - fides_key: firebase_analytics
                    type: system
                    data_categories:
                      - user.contact.email
                  - fides_key: sentry
                    type: system
                    data_categories:
                      - user.contact.email
                privacy_declarations:
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            yaml,
            StringComparison.Ordinal);
        Assert.Contains(
            """
                    data_use: essential.service
                    data_subjects:
                      - customer
                    egress:
                      - firebase_analytics
                      - sentry
                    data_shared_with_third_parties: true
                    third_parties: "Sentry"
                    shared_categories:
                      - user.contact.email
            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            yaml,
            StringComparison.Ordinal);
        FidesYamlShapeTests.ReadStrictly(yaml);
    }

    // ---- HTML ----

    [Fact]
    public void TheHtmlSaysWhereItGoes()
    {
        var manifest = Build(
            Flow(Email, SentryEmail, line: 4),
            Flow(Email, SentryEmail, line: 5),
            Flow(Email, new FlowSink(SinkKind.Storage, "Preferences.Set", "device storage"), line: 6, declared: true));
        var html = new HtmlFormat().Render(manifest, Context);
        Assert.Contains("<h2>Where it goes</h2>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<tr data-category=\"user.contact.email\"><td class=\"keep\"><code>user.contact.email</code></td><td><ul><li class=\"no\">Sentry (third-party, not declared, 2 flows)</li><li>device storage (storage, declared, 1 flow)</li></ul></td><td class=\"keep\">yes</td><td class=\"keep\">yes</td></tr>",
            html,
            StringComparison.Ordinal);

        var older = manifest with { Scan = manifest.Scan with { FlowAnalysis = null } };
        Assert.DoesNotContain("Where it goes", new HtmlFormat().Render(older, Context), StringComparison.Ordinal);

        var nothing = Build(Site(Email, line: 3, purposes: ["essential.service"]));
        Assert.Contains("<p>No personal data was found flowing to a log, a third party, the network or storage.</p>", new HtmlFormat().Render(nothing, Context), StringComparison.Ordinal);
    }

    // ---- SARIF ----

    [Fact]
    public void AFlowRuleResultCarriesItsPathAsCodeFlows()
    {
        var manifest = Build(
            Flow(Email, SentryEmail, line: 4),
            Finding(RuleIds.FlowToThirdParty, Email, SentryEmail, line: 4),
            Finding(RuleIds.UndeclaredCollection, Email, SentryEmail, line: 3));
        using var sarif = JsonDocument.Parse(new SarifFormat().Render(manifest, Context));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var flow = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == RuleIds.FlowToThirdParty);
        var steps = Assert.Single(Assert.Single(flow.GetProperty("codeFlows").EnumerateArray().ToList()).GetProperty("threadFlows").EnumerateArray().ToList())
            .GetProperty("locations").EnumerateArray()
            .Select(l => (
                l.GetProperty("location").GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                l.GetProperty("location").GetProperty("message").GetProperty("text").GetString()))
            .ToList();
        Assert.Equal([(3, "collected by Person.Email."), (4, "handed to SentryUser.Email.")], steps);
        Assert.False(Assert.Single(results, r => r.GetProperty("ruleId").GetString() == RuleIds.UndeclaredCollection).TryGetProperty("codeFlows", out _));
    }

    // ---- Coverage gaps ----

    [Fact]
    public void EveryFormatSaysHowManyCallsCouldNotBeFollowed()
    {
        var built = Build(Site(Email, line: 3, purposes: ["essential.service"]), Flow(Email, SentryEmail, line: 4));
        var manifest = built with { Categories = built.Categories.Select(c => c with { CoverageGaps = 2 }).ToList() };
        const string Gap = "2 calls could not be followed";

        Assert.Contains("- Shared with: Sentry (third-party, **not declared**, 1 flow); " + Gap, new MarkdownFormat().Render(manifest, Context), StringComparison.Ordinal);
        Assert.Contains($"<li class=\"no\">{Gap}</li>", new HtmlFormat().Render(manifest, Context), StringComparison.Ordinal);
        Assert.Contains($"; {Gap}: check where they lead.", SharedRow(PlayRows(manifest), "PSL_EMAIL")[4], StringComparison.Ordinal);
        Assert.Contains($"NSPrivacyCollectedDataTypeEmailAddress: {Gap}: linked is decided from the flows that were followed", new XcPrivacyFormat().Render(manifest, Context), StringComparison.Ordinal);
        var yaml = new FidesFormat().Render(manifest, Context);
        Assert.Contains($"Where its data goes: {Gap}.", yaml, StringComparison.Ordinal);
        FidesYamlShapeTests.ReadStrictly(yaml);

        // Only gaps: the recipients are unknown, never "none".
        var onlyGaps = built with { Categories = built.Categories.Select(c => c with { Recipients = null, Stored = null, SentOffDevice = null, CoverageGaps = 1 }).ToList() };
        Assert.Contains("- Shared with: unknown, 1 call could not be followed", new MarkdownFormat().Render(onlyGaps, Context), StringComparison.Ordinal);
        Assert.Contains("<td class=\"keep\">unknown</td>", new HtmlFormat().Render(onlyGaps, Context), StringComparison.Ordinal);
        Assert.EndsWith("no flow to a third party; 1 call could not be followed: check where they lead.]", SharedRow(PlayRows(onlyGaps), "PSL_EMAIL")[4], StringComparison.Ordinal);
    }

    [Fact]
    public void UnresolvedFlowsAreCountedPerCategoryAndCallNotListedAsRecipients()
    {
        var unresolved = new FlowSink(SinkKind.Unresolved, "ExternalCrm.Push");
        var manifest = Build(
            Flow(Email, SentryEmail, line: 4),
            Flow(Email, unresolved, line: 6),
            Flow(Email, unresolved, line: 6),
            Flow(Email, new FlowSink(SinkKind.Unresolved, "ExternalCrm.Queue"), line: 7),
            Flow(Precise, unresolved, line: 9));
        var email = manifest.Categories.Single(c => c.Id == "user.contact.email");
        Assert.Equal(2, email.CoverageGaps);
        Assert.Equal(["Sentry third-party"], email.Recipients!.Select(r => r.Processor + " " + r.Sink));

        // A category whose data only met calls that could not be followed: an entry with its gap, no recipients.
        var location = manifest.Categories.Single(c => c.Id == "user.location.precise");
        Assert.Equal(1, location.CoverageGaps);
        Assert.Null(location.Recipients);
        Assert.Null(location.SentOffDevice);
        Assert.Contains("\"coverageGaps\": 2", new JsonFormat().Render(manifest, Context), StringComparison.Ordinal);
    }

    [Fact]
    public void TheNewFieldsRoundTripThroughTheJson()
    {
        var manifest = Build(Flow(Email, SentryEmail, line: 4, declared: true, serviceProvider: true));
        var json = new JsonFormat().Render(manifest, Context);
        Assert.Contains("\"flowAnalysis\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"serviceProvider\": true", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<Manifest>(json, JsonFormat.Options)!;
        var flow = Assert.Single(Assert.Single(Assert.Single(back.Categories).Recipients!).Flows);
        Assert.Equal(new[] { "A.cs:3:5 collected by Person.Email", "A.cs:4:5 handed to SentryUser.Email" }, flow.Path!.Select(s => $"{s.File}:{s.Line}:{s.Column} {s.Message}"));
        Assert.True(back.Scan.FlowAnalysis);
    }

    // ---- privacy diff ----

    [Fact]
    public void DiffSaysAServiceProviderIsNotSharingAndCountsNewGaps()
    {
        var before = Build(Flow(Email, new FlowSink(SinkKind.Log, "LoggerExtensions.LogInformation", "Microsoft.Extensions.Logging"), line: 8));
        var built = Build(Flow(Email, new FlowSink(SinkKind.Log, "LoggerExtensions.LogInformation", "Microsoft.Extensions.Logging"), line: 8), Flow(Email, SentryEmail, line: 4, declared: true, serviceProvider: true));
        var after = built with { Categories = built.Categories.Select(c => c with { CoverageGaps = 3 }).ToList() };

        var diff = Commands.ManifestDiff.Compare(before, after);
        var change = Assert.Single(diff.StartsSharing);
        Assert.Equal(
            "starts sharing `user.contact.email` with Sentry, a declared service provider (not sharing in Google Play's sense)",
            Commands.ManifestDiff.Sharing("starts", change.Category, change.Recipient));
        var markdown = diff.ToMarkdown("before", "after", after);
        Assert.Contains("### Calls not followed", markdown, StringComparison.Ordinal);
        Assert.Contains("- `user.contact.email`: 3 calls could not be followed (0 before): where its data goes there is unknown", markdown, StringComparison.Ordinal);
        Assert.Empty(Commands.ManifestDiff.Compare(after, after).MoreGaps);
    }

    // ---- helpers ----

    private static List<string[]> PlayRows(Manifest manifest)
        => new PlayDataSafetyFormat().Render(manifest, Context).TrimEnd('\n').Split('\n').Skip(1).Select(ParseCsvLine).ToList();

    private static string[] SharedRow(List<string[]> rows, string type)
        => Row(rows, $"PSL_DATA_USAGE_RESPONSES:{type}:PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED");

    private static string[] Row(List<string[]> rows, string question, string response) => Assert.Single(rows, r => r[0] == question && r[1] == response);

    /// <summary>One CSV line (no line breaks inside a field in the rows these tests read).</summary>
    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }

    private static PlistDictionary DataType(PlistDictionary plist, string type)
        => Assert.Single(((PlistArray)plist[XcPrivacyKeys.CollectedDataTypes]!).Items.Cast<PlistDictionary>(), d => d[XcPrivacyKeys.CollectedDataType] == new PlistString(type));

    private static bool Linked(string xml, string type)
        => ((PlistBoolean)DataType(Plist.ReadRootDictionary(xml, "output"), type)[XcPrivacyKeys.CollectedDataTypeLinked]!).Value;

    private static Manifest Build(params Diagnostic[] diagnostics) => ManifestBuilder.Build(Result(diagnostics), generatedAt: null);

    private static Diagnostic Flow(CollectionSite source, FlowSink sink, int line, bool declared = false, bool serviceProvider = false)
    {
        var finding = new FlowFinding(source, new[] { new FlowHop(At(line - 1), "collected by " + source.DisplayApi), new FlowHop(At(line), "handed to " + sink.Api) }, sink, pseudonymised: false, declared, insecure: false)
        {
            ServiceProvider = serviceProvider,
        };
        var properties = SiteCodec.Write(finding, out var additional);
        var descriptor = new DiagnosticDescriptor(RuleIds.FlowInventory, "Title", "A message no parser can use", "Privacy", DiagnosticSeverity.Info, isEnabledByDefault: true);
        return Diagnostic.Create(descriptor, At(line), additional, properties);
    }

    private static Diagnostic Finding(string id, CollectionSite source, FlowSink sink, int line)
    {
        var finding = new FlowFinding(source, new[] { new FlowHop(At(line - 1), "collected by " + source.DisplayApi), new FlowHop(At(line), "handed to " + sink.Api) }, sink);
        var properties = SiteCodec.Write(finding, out var additional);
        var descriptor = new DiagnosticDescriptor(id, "Title", "{0} reaches {1}", "Privacy", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        return Diagnostic.Create(descriptor, At(line), additional, properties, source.Category, sink.Api);
    }

    private static Diagnostic Site(CollectionSite source, int line, string[] purposes)
    {
        var declared = new CollectionSite(source.Category, source.DisplayApi, source.Kind, source.SourceId, platform: source.Platform, member: source.Member, declaredCategory: source.Category, purposes: purposes.ToImmutableArray());
        var descriptor = new DiagnosticDescriptor(RuleIds.CollectionSite, "Title", "message", "Privacy", DiagnosticSeverity.Info, isEnabledByDefault: true);
        return Diagnostic.Create(descriptor, At(line), new[] { At(1) }, SiteCodec.Write(declared));
    }
}
