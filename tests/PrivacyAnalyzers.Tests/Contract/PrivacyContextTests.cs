using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Contract;

/// <summary>One <see cref="PrivacyContext"/> per compilation and options, shared by every analyzer.</summary>
public sealed class PrivacyContextTests
{
    private const string Code = """
        using Microsoft.AspNetCore.Http;

        class Visitors
        {
            object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;
        }
        """;

    [Fact]
    public async Task TwoAnalyzersOnOneCompilationShareOneContext()
    {
        var first = new ContextProbe();
        var second = new ContextProbe();
        await RunAsync(AnalyzerRunner.Compile(new[] { Code }), Options(), first, second);

        var context = Assert.Single(first.Seen);
        Assert.Same(context, Assert.Single(second.Seen));
        Assert.False(context.IsEmpty);
    }

    [Fact]
    public async Task TheRealAnalyzersUseTheSharedContext()
    {
        var probe = new ContextProbe();
        await RunAsync(AnalyzerRunner.Compile(new[] { Code }), Options(), probe, new PrivacyAnalyzers.Rules.CollectionSiteAnalyzer(), new PrivacyAnalyzers.Rules.PolicyFileAnalyzer());

        // The probe never looks a member up: the site analyzer did, in the context the probe was handed.
        Assert.True(Assert.Single(probe.Seen).Index.ResolvedMembers > 0, "CollectionSiteAnalyzer built an index of its own");
    }

    [Fact]
    public async Task ANewCompilationGetsANewContext()
    {
        var probe = new ContextProbe();
        var options = Options();
        await RunAsync(AnalyzerRunner.Compile(new[] { Code }), options, probe);
        await RunAsync(AnalyzerRunner.Compile(new[] { Code }), options, probe);

        Assert.Equal(2, probe.Seen.Count);
        Assert.NotSame(probe.Seen.First(), probe.Seen.Last());
    }

    [Fact]
    public async Task OtherOptionsOnTheSameCompilationGetTheirOwnContext()
    {
        var compilation = AnalyzerRunner.Compile(new[] { Code });
        var withoutPolicy = new ContextProbe();
        var withPolicy = new ContextProbe();
        await RunAsync(compilation, Options(), withoutPolicy);
        await RunAsync(compilation, Options(("PrivacyPolicy.txt", "user.device: essential.service\n")), withPolicy);

        Assert.Null(Assert.Single(withoutPolicy.Seen).Policy);
        Assert.NotNull(Assert.Single(withPolicy.Seen).Policy);
    }

    private static AnalyzerOptions Options(params (string Path, string Text)[] files)
        => new(files.Select(f => (AdditionalText)new InMemoryFile(f.Path, f.Text)).ToImmutableArray());

    private static async Task RunAsync(Compilation compilation, AnalyzerOptions options, params DiagnosticAnalyzer[] analyzers)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzers),
            new CompilationWithAnalyzersOptions(options, (e, a, d) => throw e, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    /// <summary>Records the context each compilation start hands it.</summary>
#pragma warning disable RS1001, RS1025, RS1026 // Test double, never shipped.
    private sealed class ContextProbe : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1025, RS1026
    {
        public ConcurrentQueue<PrivacyContext> Seen { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(new DiagnosticDescriptor("PROBE", "probe", "probe", "test", DiagnosticSeverity.Hidden, isEnabledByDefault: true));

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => Seen.Enqueue(PrivacyContext.GetOrCreate(start)));
        }
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default)
            => Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
