using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.TestCorpus;

/// <summary>
/// Every C# analyzer in the PrivacyAnalyzers assembly, and the shape the no-op floor must mirror. This
/// is the one place the test side learns "every analyzer": the test builder, the robustness suite, the
/// performance floors and the benchmarks all call <see cref="CreateAll"/>, so a new rule is tested and
/// measured without touching them.
/// </summary>
public static class PrivacyAnalyzerSet
{
    /// <summary>The analyzer assembly under test.</summary>
    public static Assembly Assembly { get; } = typeof(PrivacyAnalyzers.Rules.CollectionSiteAnalyzer).Assembly;

    /// <summary>
    /// The generated-code setting every PrivacyAnalyzers rule uses: data collected in generated code is
    /// still collected (see CollectionSiteAnalyzer.Initialize).
    /// </summary>
    public static GeneratedCodeAnalysisFlags GeneratedCodeAnalysis => GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

    /// <summary>
    /// <c>SiteDetector.OperationKinds</c>, the operation kinds the analyzers register, read by reflection
    /// (the engine is internal) so that the floor follows the engine when it changes.
    /// </summary>
    public static ImmutableArray<OperationKind> OperationKinds { get; } = ReadOperationKinds();

    /// <summary>
    /// New instances of every non-abstract C# <see cref="DiagnosticAnalyzer"/> in <see cref="Assembly"/>,
    /// in a stable order. Found by reflection until the analyzer assembly lists them itself; then this
    /// body becomes that list's factory.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAll()
        => Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute
                && attribute.Languages.Contains(LanguageNames.CSharp))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static ImmutableArray<OperationKind> ReadOperationKinds()
    {
        var detector = Assembly.GetType("PrivacyAnalyzers.Engine.SiteDetector", throwOnError: true)!;
        var property = detector.GetProperty("OperationKinds", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("SiteDetector.OperationKinds not found: update the no-op floor with the engine.");
        return (ImmutableArray<OperationKind>)property.GetValue(null)!;
    }
}
