using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Cli.Loading;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// The scan the manifest tests build by hand: one folder project, "App", under <see cref="Root"/>, holding the
/// diagnostics a test gives, so a test states only the sites and flows it is about.
/// </summary>
internal static class ManifestInputs
{
    public const string Root = "/repo";

    public static readonly FormatContext Context = new(new Dictionary<string, RuleInfo>(), string.Empty);

    public static readonly CollectionSite Email = new("user.contact.email", "Person.Email", SiteKind.ApiCall, "P:Person.Email", platform: "user code", member: "Signup.Run");

    public static ScanResult Result(params Diagnostic[] diagnostics)
        => new(
            new ScanInput(InputKind.Folder, Root, Root, "repo"),
            PolicyFile: null,
            new[] { new ProjectOutcome("App", Scanner.Analyzed, 1, null, diagnostics.ToImmutableArray(), ImmutableArray<Diagnostic>.Empty, ReducedConfidence: false) },
            Array.Empty<string>(),
            Failed: false,
            Warnings: []);

    /// <summary>A place in <c>/repo/A.cs</c> on the 1-based <paramref name="line"/>, column 5.</summary>
    public static Location At(int line)
        => Location.Create(Root + "/A.cs", new TextSpan(line * 10, 5), new LinePositionSpan(new LinePosition(line - 1, 4), new LinePosition(line - 1, 9)));
}
