using Microsoft.CodeAnalysis;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>
/// The samples under docs/samples/ are modelled on the seed policies: they collect what those
/// policies list, declare all of it, and their own PrivacyPolicy.txt allows it. The build checks
/// they are clean (they are in the solution, with warnings as errors); this checks they still
/// collect what they are meant to show.
/// </summary>
public sealed class SamplesTests
{
    private static readonly string[] WebUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
        "System.Threading.Tasks", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    };

    private static readonly string[] LibraryUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    [Fact]
    public Task WebPortalCollectsTheSeedsVisitorAndContactDataAllDeclared() => VerifySampleAsync(
        "WebPortal",
        WebUsings,
        OutputKind.ConsoleApplication,
        "user.behavior.browsing_history",
        "user.contact.address.city",
        "user.contact.address.country",
        "user.contact.address.postal_code",
        "user.contact.address.street",
        "user.contact.email",
        "user.contact.phone_number",
        "user.device",
        "user.device.cookie_id",
        "user.device.ip_address",
        "user.job_title",
        "user.name.first",
        "user.name.last",
        "user.workplace");

    [Fact]
    public Task MeetingAppCollectsTheSeedsDeviceDataAllDeclared() => VerifySampleAsync(
        "MeetingApp",
        LibraryUsings,
        OutputKind.DynamicallyLinkedLibrary,
        "user.biometric.voice",
        "user.contact",
        "user.content.self_image",
        "user.device",
        "user.device.device_id",
        "user.location.imprecise");

    private static async Task VerifySampleAsync(string name, string[] implicitUsings, OutputKind kind, params string[] expectedCategories)
    {
        var folder = Path.Combine(Repo.Root, "docs", "samples", name);
        var sources = Directory.GetFiles(folder, "*.cs", SearchOption.TopDirectoryOnly)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Append(string.Concat(implicitUsings.Select(u => $"global using {u};\n")))
            .ToList();
        var policy = Path.Combine(folder, "PrivacyPolicy.txt");
        var sample = TestBuilder.Create()
            .WithSources(sources.ToArray())
            .WithOutputKind(kind)
            .WithRuleEnabled(RuleIds.CollectionSite)
            .WithAdditionalFile(policy, File.ReadAllText(policy));
        var errors = sample.Compile().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var diagnostics = await sample.GetDiagnosticsAsync();

        var findings = diagnostics.Where(d => d.Id != RuleIds.CollectionSite).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        var categories = diagnostics.Select(d => d.Properties["category"]!).Distinct().OrderBy(c => c, StringComparer.Ordinal);
        Assert.Equal(expectedCategories, categories);
    }
}
