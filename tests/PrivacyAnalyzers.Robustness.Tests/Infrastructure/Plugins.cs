using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Robustness.Tests.Infrastructure;

/// <summary>
/// Every analyzer and every code fix of the package, as the shared sets find them
/// (<see cref="PrivacyAnalyzerSet"/>, <see cref="PrivacyCodeFixSet"/>), so a rule or a fix added later
/// is covered without touching this suite.
/// </summary>
internal static class Plugins
{
    public static Assembly AnalyzerAssembly => PrivacyAnalyzerSet.Assembly;

    public static Assembly CodeFixAssembly => PrivacyCodeFixSet.Assembly;

    /// <summary>Fresh instances of every concrete analyzer, in a stable order.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() => PrivacyAnalyzerSet.CreateAll();

    /// <summary>Fresh instances of every concrete code fix provider, in a stable order.</summary>
    public static ImmutableArray<CodeFixProvider> Fixers() => PrivacyCodeFixSet.CreateAll();

    /// <summary>Every diagnostic id the analyzers can report.</summary>
    public static ImmutableHashSet<string> DiagnosticIds { get; } =
        Analyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The ids that are off by default (the inventory): the suite turns them on so their code runs too.</summary>
    public static ImmutableArray<string> DisabledByDefault { get; } =
        Analyzers().SelectMany(a => a.SupportedDiagnostics).Where(d => !d.IsEnabledByDefault).Select(d => d.Id)
            .Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray();
}
