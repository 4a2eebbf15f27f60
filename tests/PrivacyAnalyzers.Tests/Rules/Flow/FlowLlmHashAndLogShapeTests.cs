using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// Issue 15's remaining shapes, each with a must-not-report twin: LLM prompts built as collection expressions and
/// collection initialisers (Microsoft.Extensions.AI, OpenAI, Semantic Kernel; real packages), the processor of a chat
/// client by where it came from (Azure OpenAI or OpenAI), hashes by the declaring type (HashAlgorithm.ComputeHash,
/// IncrementalHash, HMAC), log sinks two helper calls deep, <c>BeginScope</c> states and <c>[LoggerMessage]</c>
/// methods, and SDK calls handed the signed-in user's id.
/// </summary>
public sealed class FlowLlmHashAndLogShapeTests
{
    private const string Usings = """
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using OpenAI.Chat;
        using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

        """;

    public static TheoryData<string, string> Prompts() => new()
    {
        { "await chat.GetResponseAsync([new ChatMessage(ChatRole.User, VALUE)]);", ThirdParty.ChatModel },
        { "await chat.GetResponseAsync(new List<ChatMessage> { new(ChatRole.System, \"Be brief\"), new(ChatRole.User, \"Hi \" + VALUE) });", ThirdParty.ChatModel },
        { "List<ChatMessage> messages = [new(ChatRole.User, $\"Write to {VALUE}\")]; await chat.GetResponseAsync(messages);", ThirdParty.ChatModel },
        { "await openAi.CompleteChatAsync([new UserChatMessage(VALUE)]);", "OpenAI" },
        { "List<OpenAI.Chat.ChatMessage> messages = [new SystemChatMessage(\"Be brief\"), new UserChatMessage(VALUE)]; await openAi.CompleteChatAsync(messages);", "OpenAI" },
        { "var messages = new List<OpenAI.Chat.ChatMessage>(); messages.Add(new UserChatMessage(VALUE)); await openAi.CompleteChatAsync(messages);", "OpenAI" },
        { "var direct = new ChatClient(\"gpt-4o\", \"key\"); await direct.CompleteChatAsync([new UserChatMessage(VALUE)]);", "OpenAI" },
        { "await azure.GetChatClient(\"gpt-4o\").CompleteChatAsync([new UserChatMessage(VALUE)]);", "Azure OpenAI" },
        { "var client = azure.GetChatClient(\"gpt-4o\"); await client.CompleteChatAsync(new UserChatMessage(VALUE));", "Azure OpenAI" },
        { "await fromAzure.CompleteChatAsync([new UserChatMessage(VALUE)]);", "Azure OpenAI" },
        { "await injected.CompleteChatAsync([new UserChatMessage(VALUE)]);", "Azure OpenAI" },
        { "var history = new ChatHistory(); history.AddSystemMessage(\"Be brief\"); history.AddUserMessage(VALUE); await completion.GetChatMessageContentAsync(history);", "Semantic Kernel model provider" },
        { "var history = new ChatHistory { new Microsoft.SemanticKernel.ChatMessageContent(AuthorRole.User, VALUE) }; await completion.GetChatMessageContentsAsync(history);", "Semantic Kernel model provider" },
    };

    private static class ThirdParty
    {
        public const string ChatModel = "chat model provider (IChatClient)";
    }

    private static string Llm(string statements) => Usings + $$"""
        class C
        {
            private readonly IChatClient chat = null!;
            private readonly ChatClient openAi = null!;
            private readonly Azure.AI.OpenAI.AzureOpenAIClient azure = null!;
            private readonly ChatClient fromAzure = new Azure.AI.OpenAI.AzureOpenAIClient(new Uri("https://contoso.openai.azure.com"), new System.ClientModel.ApiKeyCredential("key")).GetChatClient("gpt-4o");
            private readonly ChatClient injected;
            private readonly IChatCompletionService completion = null!;
            public C(Azure.AI.OpenAI.AzureOpenAIClient client) { injected = client.GetChatClient("gpt-4o"); }
            async Task M(Person p)
            {
                {{statements}}
            }
        }
        """;

    [Theory]
    [MemberData(nameof(Prompts))]
    public async Task APromptCarriesTheValueToItsProvider(string statements, string processor)
    {
        var flows = await FlowHarness.FlowsAsync(Llm(statements.Replace("VALUE", "p.Email", StringComparison.Ordinal)));
        Assert.Equal("PRIV102", Assert.Single(flows)[..7]);
        Assert.EndsWith(" user.contact.email -> " + processor, flows[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public async Task APromptWithNothingPersonalIsSilent(string statements, string processor)
    {
        Assert.NotEmpty(processor);
        Assert.Empty(await FlowHarness.FlowsAsync(Llm(statements.Replace("VALUE", "p.Email.Length.ToString()", StringComparison.Ordinal))));
        Assert.Empty(await FlowHarness.FlowsAsync(Llm(statements.Replace("VALUE", "\"a constant\"", StringComparison.Ordinal))));
    }

    public static TheoryData<string> Hashes() => new()
    {
        "Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p.Email)))",
        "Convert.ToHexString(SHA256.Create().ComputeHash(Encoding.UTF8.GetBytes(p.Email)))",
        "Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(p.Email)))",
        "Convert.ToHexString(new HMACSHA256(key).ComputeHash(Encoding.UTF8.GetBytes(p.Email)))",
        "Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(p.Email)))",
        "BitConverter.ToString(Incremental(p.Email))",
    };

    private static string Hashing(string value) => $$"""
        class C
        {
            private readonly ILogger logger = null!;
            private readonly HashAlgorithm sha = SHA512.Create();
            private readonly byte[] key = new byte[32];
            static byte[] Incremental(string text)
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                hash.AppendData(Encoding.UTF8.GetBytes(text));
                return hash.GetHashAndReset();
            }
            void M(Person p) => logger.LogInformation("{Hash}", {{value}});
        }
        """;

    [Theory]
    [MemberData(nameof(Hashes))]
    public async Task AHashIsPseudonymisedWhateverTheAlgorithmsType(string value)
    {
        Assert.Empty(await FlowHarness.FlowsAsync(Hashing(value)));
        var builder = FlowHarness.Builder(Hashing(value)).WithRuleEnabled(RuleIds.FlowInventory);
        var inventory = new List<FlowFinding>();
        foreach (var diagnostic in await builder.GetDiagnosticsAsync())
        {
            if (diagnostic.Id == RuleIds.FlowInventory && SiteCodec.TryReadFlow(diagnostic, out var flow) && flow!.Sink.Kind == SinkKind.Log)
            {
                inventory.Add(flow);
            }
        }

        Assert.True(Assert.Single(inventory).Pseudonymised);
    }

    [Fact]
    public async Task TheRawBytesAreNotAHash()
    {
        var flows = await FlowHarness.FlowsAsync(Hashing("Convert.ToHexString(Encoding.UTF8.GetBytes(p.Email))"));
        Assert.Equal("PRIV101 'logger.LogInformation(\"{Hash}\", Convert.ToHexString(Encoding.UTF8.GetBytes(p.Email)))' user.contact.email -> Microsoft.Extensions.Logging", Assert.Single(flows));
    }

    [Fact]
    public async Task ALogTwoHelperCallsDeepIsReportedAtTheOuterCall()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                private readonly ILogger logger = null!;
                void Audit(string who) => Write("audit", who);
                void Write(string kind, string text) => logger.LogInformation("{Kind} {Text}", kind, text);
                void M(Person p)
                {
                    Audit(p.Email);
                    Audit("system");
                    Audit(p.Email.Length.ToString());
                }
            }
            """);
        Assert.Equal(["PRIV101 'Audit(p.Email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task ScopesWithADictionaryATupleOrPairsHoldingASource()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger, Person p)
                {
                    using var a = logger.BeginScope(new Dictionary<string, object?> { ["Email"] = p.Email });
                    using var b = logger.BeginScope(("Email", p.Email));
                    using var c = logger.BeginScope(new[] { new KeyValuePair<string, object>("Email", p.Email) });
                    using var d = logger.BeginScope(new Dictionary<string, object> { ["Length"] = p.Email.Length, ["HasMail"] = !string.IsNullOrEmpty(p.Email) });
                    using var e = logger.BeginScope(("Request", Guid.NewGuid()));
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV101 'logger.BeginScope(new Dictionary<string, object?> { [\"Email\"] = p.Email })' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'logger.BeginScope((\"Email\", p.Email))' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'logger.BeginScope(new[] { new KeyValuePair<string, object>(\"Email\", p.Email) })' user.contact.email -> Microsoft.Extensions.Logging",
            ],
            flows);
    }

    [Fact]
    public async Task LoggerMessageExtensionAndInstanceMethodsAreSinksOfTheirParameters()
    {
        var flows = await FlowHarness.FlowsAsync("""
            static partial class Log
            {
                [LoggerMessage(Level = LogLevel.Information, Message = "User {Email} signed in")]
                public static partial void UserSignedIn(this ILogger logger, string email);
                public static partial void UserSignedIn(this ILogger logger, string email) { }
            }
            partial class Service
            {
                private readonly ILogger logger = null!;
                [LoggerMessage(Level = LogLevel.Warning, Message = "Locked out {Email} after {Count}")]
                private partial void LockedOut(string email, int count);
                private partial void LockedOut(string email, int count) { }
                void M(Person p)
                {
                    logger.UserSignedIn(p.Email);
                    logger.UserSignedIn("system");
                    LockedOut(p.Email, 3);
                    LockedOut("system", p.Email.Length);
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV101 'logger.UserSignedIn(p.Email)' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'LockedOut(p.Email, 3)' user.contact.email -> Microsoft.Extensions.Logging",
            ],
            flows);
    }

    [Fact]
    public async Task SdkCallsHandedTheSignedInUsersIdAndNotAnIdTheAppMade()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                private readonly Mixpanel.MixpanelClient mixpanel = new Mixpanel.MixpanelClient("token");
                async Task M(UserManager<IdentityUser> users, System.Security.Claims.ClaimsPrincipal principal)
                {
                    var id = users.GetUserId(principal);
                    Segment.Analytics.Client.Identify(id, new Segment.Model.Traits { { "plan", "free" } });
                    await mixpanel.PeopleSetAsync(id, new { Plan = "free" });
                    Amplitude.Instance.setUserId(id);
                    Firebase.Analytics.FirebaseAnalytics.SetUserId(id);
                    Firebase.Crashlytics.Crashlytics.SetUserId(id);
                    Microsoft.AppCenter.AppCenter.SetUserId(id);
                    var session = Guid.NewGuid().ToString();
                    Segment.Analytics.Client.Identify(session, new Segment.Model.Traits());
                    Amplitude.Instance.setUserId(session);
                    Microsoft.AppCenter.AppCenter.SetUserId(id is null ? "anonymous" : "known");
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV102 'Segment.Analytics.Client.Identify(id, new Segment.Model.Traits { { \"plan\", \"free\" } })' user.unique_id -> Segment",
                "PRIV102 'mixpanel.PeopleSetAsync(id, new { Plan = \"free\" })' user.unique_id -> Mixpanel",
                "PRIV102 'Amplitude.Instance.setUserId(id)' user.unique_id -> Amplitude",
                "PRIV102 'Firebase.Analytics.FirebaseAnalytics.SetUserId(id)' user.unique_id -> Firebase Analytics",
                "PRIV102 'Firebase.Crashlytics.Crashlytics.SetUserId(id)' user.unique_id -> Firebase Crashlytics",
                "PRIV102 'Microsoft.AppCenter.AppCenter.SetUserId(id)' user.unique_id -> App Center",
            ],
            flows);
    }
}
