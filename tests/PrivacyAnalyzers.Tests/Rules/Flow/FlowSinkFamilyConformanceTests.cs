using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// Conformance for every sink family, each with failing and passing cases: the value straight to the sink,
/// through a helper, in a field one level deep (and its sibling that holds nothing), through a redactor, through
/// a SHA-256 (pseudonymised: only the inventory has it) and to a declared recipient. Real packages where the feed
/// serves them (ILogger, HttpClient, OpenAI, Azure OpenAI, Semantic Kernel, Microsoft.Extensions.AI, gRPC, SMTP,
/// MailKit, EF Core), the stubs under tests/Stubs otherwise (Segment, Mixpanel, Amplitude, Google Mobile Ads).
/// </summary>
public sealed class FlowSinkFamilyConformanceTests
{
    /// <summary>A sink family: the members it needs, the statements that hand <c>VALUE</c> over, the rule and the processor.</summary>
    private sealed record Family(string Members, string Send, string Rule, string Processor);

    private static readonly Dictionary<string, Family> Families = new(StringComparer.Ordinal)
    {
        ["ILogger"] = new("private readonly ILogger logger = null!;", """logger.LogInformation("User {Email}", VALUE);""", RuleIds.FlowToLog, "Microsoft.Extensions.Logging"),
        ["Segment.Identify"] = new("", """Segment.Analytics.Client.Identify(VALUE, new Segment.Model.Traits { { "plan", "free" } });""", RuleIds.FlowToThirdParty, "Segment"),
        ["Segment.Track"] = new("", """Segment.Analytics.Client.Track("user-1", "Signed Up", new Segment.Model.Properties { { "email", VALUE } });""", RuleIds.FlowToThirdParty, "Segment"),
        ["Mixpanel"] = new("""private readonly Mixpanel.MixpanelClient mixpanel = new Mixpanel.MixpanelClient("token");""", """mixpanel.TrackAsync("Signed Up", VALUE, new { Plan = "free" });""", RuleIds.FlowToThirdParty, "Mixpanel"),
        ["Amplitude"] = new("", """Amplitude.Instance.setUserId(VALUE);""", RuleIds.FlowToThirdParty, "Amplitude"),
        ["AdMob.Builder"] = new(
            """private readonly GoogleMobileAds.Api.BannerView banner = new GoogleMobileAds.Api.BannerView("unit", GoogleMobileAds.Api.AdSize.Banner, GoogleMobileAds.Api.AdPosition.Top);""",
            """banner.LoadAd(new GoogleMobileAds.Api.AdRequest.Builder().AddKeyword(VALUE).Build());""",
            RuleIds.FlowToThirdParty,
            "Google AdMob"),
        ["AdMob.Keywords"] = new(
            "",
            """var request = new GoogleMobileAds.Api.AdRequest(); request.Keywords.Add(VALUE); GoogleMobileAds.Api.InterstitialAd.Load("unit", request, (ad, error) => { });""",
            RuleIds.FlowToThirdParty,
            "Google AdMob"),
        ["OpenAI"] = new("private readonly OpenAI.Chat.ChatClient openAi = null!;", """openAi.CompleteChat(new OpenAI.Chat.UserChatMessage("Summarise " + VALUE));""", RuleIds.FlowToThirdParty, "OpenAI"),
        ["AzureOpenAI"] = new(
            """private readonly Azure.AI.OpenAI.AzureOpenAIClient azure = new Azure.AI.OpenAI.AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new System.ClientModel.ApiKeyCredential("key"));""",
            """azure.GetChatClient("gpt-4o").CompleteChat(new OpenAI.Chat.UserChatMessage(VALUE));""",
            RuleIds.FlowToThirdParty,
            "Azure OpenAI"),
        ["SemanticKernel"] = new(
            "private readonly Microsoft.SemanticKernel.Kernel kernel = null!;",
            """kernel.InvokePromptAsync("Write to {{$email}}", new Microsoft.SemanticKernel.KernelArguments { ["email"] = VALUE });""",
            RuleIds.FlowToThirdParty,
            "Semantic Kernel model provider"),
        ["IChatClient"] = new("private readonly Microsoft.Extensions.AI.IChatClient chat = null!;", """chat.GetResponseAsync("Hello " + VALUE);""", RuleIds.FlowToThirdParty, "chat model provider (IChatClient)"),
        ["HttpClient"] = new("private readonly HttpClient http = new HttpClient();", """http.GetAsync("https://api.example.com/users?email=" + VALUE);""", RuleIds.FlowToNetwork, "HTTP endpoint"),
        ["gRPC"] = new("private readonly Lookup.LookupClient grpc = null!;", """grpc.Find(VALUE);""", RuleIds.FlowToNetwork, "gRPC service"),
        ["SmtpClient"] = new(
            """private readonly System.Net.Mail.SmtpClient smtp = new System.Net.Mail.SmtpClient("localhost");""",
            """smtp.Send("noreply@example.com", VALUE, "Welcome", "Hello");""",
            RuleIds.FlowToNetwork,
            "SMTP server"),
        ["MailKit"] = new(
            "private readonly MailKit.Net.Smtp.SmtpClient mailKit = new MailKit.Net.Smtp.SmtpClient();",
            """var message = new MimeKit.MimeMessage(); message.To.Add(new MimeKit.MailboxAddress("User", VALUE)); message.Subject = "Welcome"; mailKit.Send(message);""",
            RuleIds.FlowToNetwork,
            "SMTP server"),
        ["EFCore"] = new("private readonly Shop db = null!;", """db.Customers.Add(new Customer { Mail = VALUE });""", RuleIds.FlowToStorage, "database (EF Core)"),
    };

    public static TheoryData<string> FamilyNames() => new(Families.Keys);

    /// <summary>What every case shares: a holder one level deep, a generated-style gRPC client, an EF Core context.</summary>
    private const string Shared = """

        public class Holder { public string Value { get; set; } = ""; public string Label { get; set; } = ""; }
        public static class Lookup
        {
            public class LookupClient : Grpc.Core.ClientBase<LookupClient>
            {
                public LookupClient(Grpc.Core.CallInvoker callInvoker) : base(callInvoker) { }
                protected override LookupClient NewInstance(ClientBaseConfiguration configuration) => this;
                public virtual string Find(string request, Grpc.Core.CallOptions options = default) => request;
            }
        }
        public class Customer { public int Id { get; set; } public string Mail { get; set; } = ""; }
        public class Shop : Microsoft.EntityFrameworkCore.DbContext { public Microsoft.EntityFrameworkCore.DbSet<Customer> Customers => Set<Customer>(); }
        """;

    private static string Send(Family family, string value) => "{ " + family.Send.Replace("VALUE", value, StringComparison.Ordinal) + " }";

    // The LLM families' calls are extension methods (ChatClientExtensions, KernelExtensions): their namespaces' usings.
    private static string Class(Family family, string body) => $$"""
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        class C
        {
            {{family.Members}}
            private readonly Microsoft.Extensions.Compliance.Redaction.Redactor redactor = null!;
        {{body}}
        }
        """ + Shared;

    private static async Task<List<(string Id, string Text, FlowFinding Flow)>> RunAsync(Family family, string body, bool inventory = false)
    {
        var builder = FlowHarness.Builder(Class(family, body));
        if (inventory)
        {
            builder = builder.WithRuleEnabled(RuleIds.FlowInventory);
        }

        var compilation = builder.Compile();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test code does not compile:\n" + string.Join("\n", errors));
        var diagnostics = await builder.GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var flows = new List<(string, string, FlowFinding)>();
        foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("PRIV10", StringComparison.Ordinal)))
        {
            Assert.True(SiteCodec.TryReadFlow(diagnostic, out var flow));
            if (flow!.Sink.Kind != SinkKind.Unresolved)
            {
                flows.Add((diagnostic.Id, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan), flow));
            }
        }

        return flows;
    }

    private static void AssertReported(Family family, List<(string Id, string Text, FlowFinding Flow)> flows, string? at = null)
    {
        var (id, text, flow) = Assert.Single(flows);
        Assert.Equal(family.Rule, id);
        Assert.Equal(family.Processor, flow.Sink.Processor);
        Assert.Equal("user.contact.email", flow.Source.Category);
        Assert.StartsWith("collected by ", flow.Hops[0].Description, StringComparison.Ordinal);
        if (at != null)
        {
            Assert.Equal(at, text);
        }
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public async Task TheValueStraightToTheSinkIsReported(string name)
    {
        var family = Families[name];
        AssertReported(family, await RunAsync(family, "    void M(Person p) " + Send(family, "p.Email")));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public async Task ThroughAHelperItIsReportedAtTheHelpersCall(string name)
    {
        var family = Families[name];
        var flows = await RunAsync(family, $$"""
                void Share(string value) {{Send(family, "value")}}
                void M(Person p) => Share(p.Email);
                void Quiet() => Share("nothing personal");
            """);
        AssertReported(family, flows, at: "Share(p.Email)");
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public async Task AFieldOneLevelDeepIsReportedAndItsEmptySiblingIsNot(string name)
    {
        var family = Families[name];
        var flows = await RunAsync(family, $$"""
                void M(Person p)
                {
                    var holder = new Holder { Value = p.Email, Label = "signup" };
                    {{Send(family, "holder.Label")}}
                    {{Send(family, "holder.Value")}}
                }
            """);
        AssertReported(family, flows);
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public async Task ARedactedValueIsSilent(string name)
    {
        var family = Families[name];
        Assert.Empty(await RunAsync(family, "    void M(Person p) " + Send(family, "redactor.Redact(p.Email)"), inventory: true));
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public async Task AHashedValueIsOnlyInTheInventoryMarkedPseudonymised(string name)
    {
        var family = Families[name];
        var flows = await RunAsync(family, "    void M(Person p) " + Send(family, "Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p.Email)))"), inventory: true);
        var (id, _, flow) = Assert.Single(flows);
        Assert.Equal(RuleIds.FlowInventory, id);
        Assert.True(flow.Pseudonymised);
        Assert.Equal(family.Processor, flow.Sink.Processor);
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public async Task ADeclaredRecipientIsSilentAndInTheInventory(string name)
    {
        var family = Families[name];
        var flows = await RunAsync(family, $$"""
                [CollectsPersonalData(DataCategories.Email, Purposes.EssentialService, Recipients = new[] { "{{family.Processor}}" })]
                void M(Person p) {{Send(family, "p.Email")}}
            """, inventory: true);
        var (id, _, flow) = Assert.Single(flows);
        Assert.Equal(RuleIds.FlowInventory, id);
        Assert.True(flow.DeclaredRecipient);
    }
}
