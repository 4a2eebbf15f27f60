using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Policy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>The flow contract: the codec round trip with its flags, the policy's recipients, and the tables' rows.</summary>
public sealed class FlowContractTests
{
    [Fact]
    public void AFlowRoundTripsThroughTheCodecWithItsFlags()
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }", path: "/0/A.cs");
        var hop = new FlowHop(Location.Create(tree, new TextSpan(0, 5)), "collected by Person.Email");
        var finding = new FlowFinding(
            new CollectionSite("user.contact.email", "Person.Email", member: "C.M"),
            new[] { hop },
            new FlowSink(SinkKind.ThirdParty, "SentryUser.Email", "Sentry"),
            pseudonymised: true,
            declaredRecipient: true,
            insecure: false);
        var properties = SiteCodec.Write(finding, out var locations);
        Assert.Equal("user.contact.email", properties[SiteCodec.CategoryKey]);
        Assert.Equal("third-party", properties[SiteCodec.SinkKey]);
        Assert.Equal("Sentry", properties[SiteCodec.ProcessorKey]);
        Assert.False(properties.ContainsKey(SiteCodec.InsecureKey));
        var read = SiteCodec.ReadFlow(properties, locations);
        Assert.Equal(finding, read);
        Assert.True(read!.Pseudonymised);
        Assert.True(read.DeclaredRecipient);
    }

    [Fact]
    public void ThePolicyReadsRecipientsOnOneLineOrAsASection()
    {
        var policy = PolicyParser.Parse(SourceText.From("""
            user.contact.*: essential.service
            recipients: Sentry, Application Insights
            recipients:
              - OpenAI
              - Sentry
            user.device.*: functional.service.improve
            """));
        Assert.Empty(policy.Problems);
        Assert.Equal(["Sentry", "Application Insights", "OpenAI"], policy.Recipients.ToArray());
        Assert.Equal(2, policy.Lines.Length);
    }

    [Fact]
    public void AnEmptyRecipientIsALocatedProblem()
    {
        var policy = PolicyParser.Parse(SourceText.From("user.contact.*: essential.service\nrecipients: Sentry,\n"));
        var problem = Assert.Single(policy.Problems);
        Assert.Contains("empty recipient", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Sentry"], policy.Recipients.ToArray());
    }

    [Fact]
    public void EveryTableRowCitesAPageAndEverySinkNamesItsProcessor()
    {
        Assert.NotEmpty(FlowTables.All);
        Assert.All(FlowTables.All, row =>
        {
            Assert.StartsWith("https://", row.Doc, StringComparison.Ordinal);
            // A full metadata name; the global namespace's (Amplitude's Unity class) has no dot.
            Assert.False(string.IsNullOrWhiteSpace(row.TypeName));
            Assert.DoesNotContain(' ', row.TypeName);
            if (row.Role == FlowRole.Sink)
            {
                Assert.False(string.IsNullOrWhiteSpace(row.Processor));
            }
        });
        Assert.Contains(FlowTables.All, r => r.Role == FlowRole.Sink && r.Kind == SinkKind.Log);
        Assert.Contains(FlowTables.All, r => r.Role == FlowRole.Sink && r.Kind == SinkKind.ThirdParty);
        Assert.Contains(FlowTables.All, r => r.Role == FlowRole.Sink && r.Kind == SinkKind.Network);
        Assert.Contains(FlowTables.All, r => r.Role == FlowRole.Sink && r.Kind == SinkKind.Storage);
    }
    /// <summary>
    /// Each row whose type the references carry names a member declared on that very type, not one it inherits
    /// (a row on SHA256.ComputeHash never matches: ComputeHash is HashAlgorithm's, and the walk goes up the bases,
    /// not down). The rows and processors that stand in for a row by where the client came from are checked too.
    /// </summary>
    [Fact]
    public void EveryRowNamesAMemberDeclaredOnItsType()
    {
        var compilation = FlowHarness.Builder("class Empty { }").Compile();
        var rows = FlowTables.All.AddRange(new[]
        {
            PrivacyAnalyzers.Flow.Data.ThirdPartySinks.AzureOpenAIChat, PrivacyAnalyzers.Flow.Data.ThirdPartySinks.AzureOpenAIViaChatClient,
            PrivacyAnalyzers.Flow.Data.ThirdPartySinks.OpenAIViaChatClient, PrivacyAnalyzers.Flow.Data.ThirdPartySinks.AzureOpenAIEmbeddings,
        }.AsSpan());
        var resolved = 0;
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            if (compilation.GetTypeByMetadataName(row.TypeName) is not { } type)
            {
                continue;
            }

            resolved++;
            var declared = type.GetMembers().Any(m => m.CanBeReferencedByName && (row.MemberName.Length == 0
                || (row.IsPrefix ? m.Name.StartsWith(row.MemberName, StringComparison.Ordinal) : m.Name == row.MemberName)));
            if (!declared)
            {
                wrong.Add(row.TypeName + "." + row.MemberName + (row.IsPrefix ? "*" : string.Empty));
            }
        }

        Assert.Empty(wrong);
        // The references carry the real packages and the stubs: nearly every row must resolve to be checked at all.
        Assert.True(resolved >= rows.Length * 9 / 10, $"only {resolved} of {rows.Length} rows resolve");
        Assert.Equal("Azure OpenAI", PrivacyAnalyzers.Flow.Data.ThirdPartySinks.AzureOpenAIChat.Processor);
    }
}
