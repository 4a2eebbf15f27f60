using Xunit;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Tests.Verifiers;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// Runs the flow rules through the one <see cref="TestBuilder"/> against the real SDK packages (the test
/// project references them; their assemblies sit in the output folder) and describes each flow finding
/// as "id 'sink text' category -> processor", so a test reads as the findings it expects.
/// </summary>
internal static class FlowHarness
{
    /// <summary>The sink families' real assemblies, with what they need to bind.</summary>
    public static ImmutableArray<MetadataReference> Packages { get; } = new[]
    {
        "Serilog.dll", "NLog.dll", "log4net.dll", "Sentry.dll", "Microsoft.ApplicationInsights.dll",
        "OpenAI.dll", "System.ClientModel.dll", "Microsoft.Extensions.AI.Abstractions.dll",
        "Microsoft.Extensions.Compliance.Abstractions.dll", "Microsoft.Extensions.Compliance.Redaction.dll",
        "Microsoft.EntityFrameworkCore.dll", "Microsoft.EntityFrameworkCore.Abstractions.dll", "Grpc.Core.Api.dll",
        "MailKit.dll", "MimeKit.dll", "Microsoft.SemanticKernel.Abstractions.dll", "Microsoft.SemanticKernel.Core.dll",
        "Microsoft.Extensions.AI.dll", "Azure.AI.OpenAI.dll", "Azure.Core.dll",
    }.Select(file => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, file))).ToImmutableArray();

    /// <summary>The common usings of the test sources.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers;

        """;

    /// <summary>A model with one classified member, the source most tests use.</summary>
    public const string Person = """

        public class Person
        {
            [PersonalData] public string Email { get; set; } = "";
            public int Id { get; set; }
        }
        """;

    public static TestBuilder Builder(string source)
        => TestBuilder.Create().WithSource(Usings + source + Person).AddReferences(Packages.ToArray());

    /// <summary>The flow findings (PRIV101–PRIV104, and PRIV105 when enabled), described, in source order.</summary>
    public static async Task<List<string>> FlowsAsync(TestBuilder builder)
    {
        var compilation = builder.Compile();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test code does not compile:\n" + string.Join("\n", errors));
        var diagnostics = await builder.GetDiagnosticsAsync();
        return diagnostics.Where(d => d.Id.StartsWith("PRIV1", StringComparison.Ordinal)).Select(Describe).ToList();
    }

    public static Task<List<string>> FlowsAsync(string source) => FlowsAsync(Builder(source));

    public static string Describe(Diagnostic diagnostic)
    {
        Assert.True(SiteCodec.TryReadFlow(diagnostic, out var flow), "not a flow: " + diagnostic);
        var text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
        var severity = diagnostic.Id == RuleIds.FlowToNetwork ? " " + diagnostic.Severity : string.Empty;
        return $"{diagnostic.Id}{severity} '{text}' {flow!.Source.Category} -> {flow.Sink.Processor}";
    }
}
