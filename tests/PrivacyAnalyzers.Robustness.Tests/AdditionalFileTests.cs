using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Robustness.Tests;

/// <summary>
/// Never lose data, never throw on input files: every problem in PersonalDataSources.txt and
/// PrivacyPolicy.txt is a PRIV005 at its own line and column, in its own file, and the good lines still
/// apply. PolicyFileInputTests (in the analyzer tests) covers the policy's parsing and performance; this
/// class adds the sources file and checks where each problem is reported.
/// </summary>
public sealed class AdditionalFileTests
{
    private const string SourcesPath = AdditionalInputs.SourcesPath;
    private const string PolicyPath = AdditionalInputs.PolicyPath;

    private const string Usage = """
        using System.Threading.Tasks;
        using Seeds.Crm;

        public static class Cards
        {
            public static async Task<string> EmailAsync(CrmClient crm) => await crm.GetEmail("42");

            public static string Phone(CrmClient crm) => crm.Lookup("42").Phone;

            public static object? Ip(Microsoft.AspNetCore.Http.HttpContext context) => context.Connection.RemoteIpAddress;
        }
        """;

    private static readonly string Crm = Corpora.Seeds.SelectMany(p => p.Files).Single(f => f.Path.EndsWith("/Crm.cs", StringComparison.Ordinal)).Text;

    [Fact]
    public async Task EverySourcesProblemIsReportedAtItsLineAndColumn()
    {
        await AssertProblemsAsync(SourcesPath, """
            # Our CRM, as the vendor names it.
            M:Seeds.Crm.CrmClient.GetEmail;user.contact.email
            [|not a member id|]
            [|X:Seeds.Crm.CrmClient.Lookup|];user.contact
            P:Seeds.Crm.Customer.Phone;[|user.contact.phone_numbr|]
              M:Seeds.Crm.CrmClient.Lookup  ;  [|User.Contact|]
            [|M:Seeds.Crm.CrmClient.GetEmail|];user.contact.email   # the same line again
            [|M:Seeds.Crm.CrmClient.GetEmail|];user.name            # the same member, another category
            M:Seeds.Crm.CrmClient.Lookup;[||]
            [|M:|];user.contact
            """);
    }

    [Fact]
    public async Task TheGoodLinesOfABadSourcesFileStillApply()
    {
        var run = await RunAsync(AdditionalInputs.SourcesFile("""
            ### a file with problems
            garbage
            M:Seeds.Crm.CrmClient.GetEmail;user.contact.email
            more garbage
            """));
        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == RuleIds.MalformedFile));
        Assert.Contains(run.Diagnostics, d => d.Id == RuleIds.UndeclaredCollection && d.Properties["category"] == "user.contact.email");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# only comments\n# and more\n")]
    public async Task AnEmptySourcesFileIsNoProblem(string content)
    {
        var run = await RunAsync(AdditionalInputs.SourcesFile(content));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == RuleIds.MalformedFile);
    }

    [Fact]
    public async Task ABinarySourcesFileIsReportedOnceAtItsStart()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFE, 0x00, 0x41, 0x0A, 0x00 };
        var run = await RunAsync(InMemoryAdditionalText.FromBytes(SourcesPath, bytes));
        var problem = Assert.Single(run.Diagnostics, d => d.Id == RuleIds.MalformedFile);
        Assert.Equal(SourcesPath, problem.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 0), problem.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("binary", problem.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SourcesPath)]
    [InlineData(PolicyPath)]
    public async Task AByteOrderMarkDoesNotShiftColumns(string path)
    {
        // Read from disk, the BOM is decoded away: columns are the editor's.
        var content = path == SourcesPath
            ? "M:Seeds.Crm.CrmClient.GetEmail;user.contact.emial\nP:Seeds.Crm.Customer.Phone;user.contact.phone_number\n"
            : "user.contact.emial: essential.service\nuser.device.ip_address: essential.service\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(content)).ToArray();
        var run = await RunAsync(InMemoryAdditionalText.FromBytes(path, bytes));
        var problem = Assert.Single(run.Diagnostics, d => d.Id == RuleIds.MalformedFile);
        var start = problem.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(0, start.Line);
        Assert.Equal(path == SourcesPath ? "M:Seeds.Crm.CrmClient.GetEmail;".Length : 0, start.Character);

        // Held as a string with the BOM still in it (an editor buffer), the BOM is skipped and the span is the id.
        var text = SourceText.From("\uFEFF" + content);
        var buffered = await RunAsync(new InMemoryAdditionalText(path, text));
        var span = Assert.Single(buffered.Diagnostics, d => d.Id == RuleIds.MalformedFile).Location.SourceSpan;
        Assert.Equal("user.contact.emial", text.ToString(span));
    }

    [Theory]
    [InlineData(SourcesPath, "M:Seeds.Crm.CrmClient.GetEmail;user.contact.email\r\n# comment\r\n\r\n[|nonsense|]\r\nP:Seeds.Crm.Customer.Phone;[|user.contact.phone_numbr|]\r\n")]
    [InlineData(PolicyPath, "user.contact.email: essential.service\r\n# comment\r\n\r\n[|nonsense|]\r\nuser.device.ip_address: [|essential.servic|]\r\n")]
    [InlineData(SourcesPath, "M:Seeds.Crm.CrmClient.GetEmail;user.contact.email\r[|nonsense|]\rP:Seeds.Crm.Customer.Phone;[|user.contact.phone_numbr|]")]
    [InlineData(PolicyPath, "user.contact.email: essential.service\u2028[|nonsense|]\u2029user.device.ip_address: [|essential.servic|]\u0085")]
    public async Task OtherLineEndsKeepLinesAndColumnsRight(string path, string markup)
    {
        await AssertProblemsAsync(path, markup);
    }

    [Theory]
    [InlineData(SourcesPath)]
    [InlineData(PolicyPath)]
    public async Task ProblemsAtTheEndOfATenMegabyteFileAreReportedAtTheirLine(string path)
    {
        var builder = new StringBuilder();
        var good = path == SourcesPath ? "M:Seeds.Crm.CrmClient.GetEmail;user.contact.email\n" : "user.contact.email: essential.service\n";
        builder.Append(good);
        var line = 1;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("# vendor member ").Append(line).Append(" of the generated client, kept for the record\n");
            line++;
        }

        builder.Append("[|nonsense at the end|]\n");
        builder.Append("[||]").Append(new string('x', 5000)).Append('\n');
        await AssertProblemsAsync(path, builder.ToString(), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task ATenMegabyteSourcesFileOfEntriesIsReadInReasonableTime()
    {
        var builder = new StringBuilder("M:Seeds.Crm.CrmClient.GetEmail;user.contact.email\n");
        for (var i = 0; builder.Length < 10 * 1024 * 1024; i++)
        {
            builder.Append("M:Vendor.Generated.Client").Append(i % 500).Append(".Get").Append(i).Append(";user.contact.email\n");
        }

        var watch = Stopwatch.StartNew();
        var run = await RunAsync(AdditionalInputs.SourcesFile(builder.ToString()));
        watch.Stop();
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == RuleIds.MalformedFile);
        Assert.Contains(run.Diagnostics, d => d.Id == RuleIds.UndeclaredCollection && d.Properties["category"] == "user.contact.email");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"a 10 MB sources file took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("M:Seeds.Crm.CrmClient.GetEmail(")]
    [InlineData("M:Seeds.Crm.CrmClient.GetEmail(System.String")]
    [InlineData("M:Seeds.Crm.CrmClient.GetEmail(System.String,,)")]
    [InlineData("M:Seeds.Crm.CrmClient.GetEmail``")]
    [InlineData("M:Seeds.Crm.CrmClient.GetEmail``99999999999999999999(``0)")]
    [InlineData("M:Seeds.Crm.CrmClient`99999999999999999999.GetEmail")]
    [InlineData("M:Seeds.Crm.CrmClient.GetEmail(``0[0:,0:])")]
    [InlineData("M:Seeds.Crm.CrmClient.GetEmail(System.String@)~System.String")]
    [InlineData("M:Seeds.Crm.CrmClient.GetEmail(System.Collections.Generic.List{System.Collections.Generic.List{)")]
    [InlineData("M:.")]
    [InlineData("M:...")]
    [InlineData("P:Seeds.Crm.Customer.")]
    [InlineData("P:Seeds.Crm.Customer.Item(")]
    [InlineData("F:Seeds..Crm")]
    [InlineData("E:#ctor")]
    [InlineData("M:Seeds.Crm.CrmClient.#ctor(")]
    [InlineData("M:Seeds.Crm.CrmClient.op_Implicit(Seeds.Crm.CrmClient)~")]
    [InlineData("M:\u0000\uFFFF")]
    public async Task OddMemberIdsNeverThrow(string id)
    {
        await RunAsync(AdditionalInputs.SourcesFile(id + ";user.contact.email\nM:Seeds.Crm.CrmClient.GetEmail;user.contact.email\n"));
    }

    [Fact]
    public async Task FilesWithoutTextAreIgnored()
    {
        var run = await RunAsync(new InMemoryAdditionalText(SourcesPath, null), new InMemoryAdditionalText(PolicyPath, null));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == RuleIds.MalformedFile);
        Assert.Contains(run.Diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    /// <summary>
    /// A project may carry two files of the same name (a shared one linked in, and its own). Whatever
    /// is read, a problem is reported in the file that has it, inside that file.
    /// </summary>
    [Theory]
    [InlineData("PersonalDataSources.txt", "M:Vendor.Client.Get{0};user.contact.email", "this line of the shared file is garbage", "M:Seeds.Crm.CrmClient.GetEmail;user.contact.email\n")]
    [InlineData("PrivacyPolicy.txt", "user.contact.custom_{0}: essential.service", "this line of the shared policy is garbage", "user.device.ip_address: essential.service\n")]
    public async Task TwoFilesOfTheSameNameEachGetTheirOwnProblems(string name, string goodLine, string badLine, string own)
    {
        var first = new StringBuilder("# shared\n");
        for (var i = 0; i < 40; i++)
        {
            first.Append(string.Format(CultureInfo.InvariantCulture, goodLine, i)).Append('\n');
        }

        first.Append(badLine).Append('\n');
        var run = await RunAsync(
            new InMemoryAdditionalText("/repo/shared/" + name, SourceText.From(first.ToString())),
            new InMemoryAdditionalText("/repo/app/" + name, SourceText.From(own)));
        var problems = run.Diagnostics.Where(d => d.Id == RuleIds.MalformedFile).ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal("/repo/shared/" + name, p.Location.GetLineSpan().Path));
    }

    [Fact]
    public async Task EveryPolicyProblemIsReportedAtItsLineAndColumn()
    {
        await AssertProblemsAsync(PolicyPath, """
            # Sign-up
            user.contact.*: essential.service, marketing.communications
            [|this line has no colon|]
            [|User.Name|]: essential.service
            [|user.contact.emial|]: essential.service
            user.device.ip_address: [|essential.servic|], essential.fraud_detection
            user.device.cookie_id: essential.service, [|essential.service|]
            user.device.device_id: essential.service,[||], analytics.reporting
            [|user.location.precise:|]
            [|user.contact.*|]: essential.service, marketing.communications
            [|user.device.ip_address|]: marketing.advertising
            user.name: [|Marketing|]
            [|user.*.email|]: essential.service
            """);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing but comments\n\n")]
    public async Task AnEmptyPolicyIsReportedAtItsStart(string content)
    {
        var run = await RunAsync(AdditionalInputs.PolicyFile(content));
        var problem = Assert.Single(run.Diagnostics, d => d.Id == RuleIds.MalformedFile);
        Assert.Equal(PolicyPath, problem.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 0), problem.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task ABinaryPolicyIsReportedAtItsStart()
    {
        var run = await RunAsync(InMemoryAdditionalText.FromBytes(PolicyPath, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }));
        var problem = Assert.Single(run.Diagnostics, d => d.Id == RuleIds.MalformedFile);
        Assert.Equal(new LinePosition(0, 0), problem.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task ALineTooLongIsReportedAtItsStart()
    {
        await AssertProblemsAsync(SourcesPath, "M:Seeds.Crm.CrmClient.GetEmail;user.contact.email\n[||]M:" + new string('A', 5000) + ";user.contact.email\n");
    }

    [Fact]
    public async Task ProblemsPastTheCapAreSummarisedOnce()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            builder.Append("garbage ").Append(i).Append('\n');
        }

        var run = await RunAsync(AdditionalInputs.SourcesFile(builder.ToString()));
        var problems = run.Diagnostics.Where(d => d.Id == RuleIds.MalformedFile).ToList();
        Assert.Equal(101, problems.Count);
        Assert.Contains(problems, p => p.GetMessage().Contains("more than 100 problems", StringComparison.Ordinal));
    }

    /// <summary>Runs every analyzer on small code that calls the CRM, with <paramref name="files"/>; the run must be sound.</summary>
    private static async Task<AnalysisRun> RunAsync(params AdditionalText[] files)
    {
        var compilation = Analysis.Compile(new[] { ("/repo/app/Crm.cs", Crm), ("/repo/app/Cards.cs", Usage) });
        var run = await Analysis.RunAsync(compilation, files.ToImmutableArray());
        Analysis.AssertSound(run, string.Join(", ", files.Select(f => f.Path)));
        return run;
    }

    /// <summary>Each <c>[|…|]</c> of the markup is exactly one PRIV005, at that span, in that file; there is no other PRIV005.</summary>
    private static async Task AssertProblemsAsync(string path, string markup, TimeSpan? limit = null)
    {
        TestFileMarkupParser.GetSpans(markup, out string content, out ImmutableArray<TextSpan> spans);
        var expected = spans.OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        var text = SourceText.From(content);
        var watch = Stopwatch.StartNew();
        var run = await RunAsync(new InMemoryAdditionalText(path, text));
        watch.Stop();
        var actual = run.Diagnostics.Where(d => d.Id == RuleIds.MalformedFile).ToList();
        Assert.All(actual, d => Assert.Equal(path, d.Location.GetLineSpan().Path));
        Assert.Equal(
            expected.Select(s => Describe(text, s)),
            actual.Select(d => d.Location.SourceSpan).OrderBy(s => s.Start).ThenBy(s => s.End).Select(s => Describe(text, s)));
        if (limit is { } max)
        {
            Assert.True(watch.Elapsed < max, $"{path} took {watch.Elapsed}");
        }
    }

    private static string Describe(SourceText text, TextSpan span)
    {
        var position = text.Lines.GetLinePosition(span.Start);
        var shown = text.ToString(span);
        return $"({position.Line + 1},{position.Character + 1}) '{(shown.Length > 40 ? shown.Substring(0, 40) + "…" : shown)}'";
    }
}
