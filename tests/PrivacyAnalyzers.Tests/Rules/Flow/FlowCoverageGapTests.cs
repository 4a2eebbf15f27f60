using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Contract;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// Coverage gaps: a call the analysis cannot follow, handed personal data, is never "safe": it is a
/// PRIV105 fact with sink kind <see cref="SinkKind.Unresolved"/>, the callee named, once per callee per member.
/// </summary>
public sealed class FlowCoverageGapTests
{
    /// <summary>Code outside the compilation that no table names: a vendor's client, as metadata only.</summary>
    private static readonly MetadataReference Vendor = Library("""
        namespace Crm
        {
            public class Client
            {
                public void Upload(string value) { }
                public string Tag(string value) => value;
                public int Score(string value) => value.Length;
            }
        }
        """);

    private static MetadataReference Library(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Crm.Vendor",
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static async Task<List<(string Text, FlowFinding Flow, string Message)>> GapsAsync(string source)
    {
        var builder = FlowHarness.Builder(source).AddReferences(Vendor).WithRuleEnabled(RuleIds.FlowInventory);
        var compilation = builder.Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await builder.GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var gaps = new List<(string, FlowFinding, string)>();
        foreach (var diagnostic in diagnostics.Where(d => d.Id == RuleIds.FlowInventory))
        {
            Assert.True(SiteCodec.TryReadFlow(diagnostic, out var flow));
            if (flow!.Sink.Kind == SinkKind.Unresolved)
            {
                var text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
                gaps.Add((text, flow, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return gaps;
    }

    [Fact]
    public async Task AnUnknownCallWithPersonalDataIsAGapNamingTheCalleeOncePerMember()
    {
        var gaps = await GapsAsync("""
            class C
            {
                void M(Crm.Client crm, Person p)
                {
                    crm.Upload(p.Email);
                    crm.Upload(p.Email + "!");
                    crm.Upload("constant");
                }
            }
            """);
        var (text, flow, message) = Assert.Single(gaps);
        Assert.Equal("crm.Upload(p.Email)", text);
        Assert.Equal("user.contact.email", flow.Source.Category);
        Assert.Equal("Client.Upload", flow.Sink.Api);
        Assert.Null(flow.Sink.Processor);
        Assert.Contains("Client.Upload", message, StringComparison.Ordinal);
        Assert.Equal("collected by Person.Email", flow.Hops[0].Description);
        Assert.Contains("cannot follow", flow.Hops[^1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGapIsNeverAFindingOfTheSinkRules()
    {
        var flows = await FlowHarness.FlowsAsync(FlowHarness.Builder("""
            class C { void M(Crm.Client crm, Person p) => crm.Upload(p.Email); }
            """).AddReferences(Vendor));
        Assert.Empty(flows);
    }

    [Fact]
    public async Task EachCalleeIsItsOwnGapAndNoPersonalDataMeansNoGap()
    {
        var gaps = await GapsAsync("""
            class C
            {
                void M(Crm.Client crm, Person p)
                {
                    crm.Upload(p.Email);
                    var score = crm.Score(p.Email);
                    crm.Upload(p.Id.ToString());
                }

                void Other(Crm.Client crm, Person p) => crm.Tag(p.Email);
                void Clean(Crm.Client crm) => crm.Upload("x");
            }
            """);
        Assert.Equal(["crm.Upload(p.Email)|Client.Upload", "crm.Score(p.Email)|Client.Score", "crm.Tag(p.Email)|Client.Tag"], gaps.Select(g => g.Text + "|" + g.Flow.Sink.Api));
    }

    [Fact]
    public async Task CoreLibraryQueriesAndCataloguedSinksAreNoGaps()
    {
        var gaps = await GapsAsync("""
            class C
            {
                bool M(ILogger logger, Person p)
                {
                    if (string.IsNullOrEmpty(p.Email) || p.Email.Equals("x") || p.Email.StartsWith("a"))
                    {
                        return false;
                    }

                    logger.LogInformation(p.Email);
                    return System.Text.RegularExpressions.Regex.IsMatch(p.Email, "@");
                }
            }
            """);
        Assert.Empty(gaps);
    }

    [Fact]
    public async Task AGapInsideAHelperIsReportedAtTheHelperCallNamingTheInnerCallee()
    {
        var gaps = await GapsAsync("""
            class C
            {
                private readonly Crm.Client crm = new Crm.Client();
                void Sync(string value) => crm.Upload(value);
                void M(Person p) => Sync(p.Email);
                void Quiet() => Sync("nothing personal");
            }
            """);
        var (text, flow, _) = Assert.Single(gaps);
        Assert.Equal("Sync(p.Email)", text);
        Assert.Equal("Client.Upload", flow.Sink.Api);
        Assert.Contains(flow.Hops, h => h.Description == "passed to Sync");
    }

    [Fact]
    public async Task ThousandsOfUnknownCallsStayOneFactPerCallee()
    {
        var body = new System.Text.StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            body.Append("crm.Upload(p.Email + \"").Append(i).AppendLine("\");");
        }

        var gaps = await GapsAsync("class C { void Sync(Crm.Client crm, string value) => crm.Upload(value); void M(Crm.Client crm, Person p) {\n" + body + "Sync(crm, p.Email); Sync(crm, p.Email); } }");
        Assert.Equal(["crm.Upload(p.Email + \"0\")|Client.Upload"], gaps.Select(g => g.Text + "|" + g.Flow.Sink.Api));
    }

    [Fact]
    public async Task ACycleOfSummariesAtTheDeepestSettingIsBoundedAndNamesTheCallee()
    {
        var builder = FlowHarness.Builder("""
            class C
            {
                private readonly ILogger logger = null!;
                void A(string s, int n) { if (n > 0) B(s + "a", n - 1); }
                void B(string s, int n) { if (n > 0) D(s + "b", n - 1); else logger.LogInformation(s); }
                void D(string s, int n) => A(s, n);
                void M(Person p) => A(p.Email, 9);
            }
            """).AddReferences(Vendor).WithRuleEnabled(RuleIds.FlowInventory).WithEditorConfig("privacy_analyzers.flow_depth = 50");
        var diagnostics = await builder.GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var flows = diagnostics.Where(d => d.Id.StartsWith("PRIV10", StringComparison.Ordinal)).Select(FlowHarness.Describe).ToList();
        Assert.Contains("PRIV101 'A(p.Email, 9)' user.contact.email -> Microsoft.Extensions.Logging", flows);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.FlowInventory && d.Properties[SiteCodec.SinkKey] == "unresolved");
    }

    [Fact]
    public async Task RecursionPastTheDepthBoundIsAGapNotSafe()
    {
        var gaps = await GapsAsync("""
            class C
            {
                void Walk(string value, int n) { if (n > 0) Walk(value, n - 1); }
                void M(Person p) => Walk(p.Email, 10);
            }
            """);
        Assert.Contains(gaps, g => g.Flow.Sink.Api == "C.Walk");
    }
}
