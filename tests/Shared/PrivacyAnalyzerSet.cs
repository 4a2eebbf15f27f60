using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.TestCorpus;

/// <summary>
/// Every C# analyzer in the PrivacyAnalyzers assembly, and the shape the no-op floor must mirror. This
/// is the one place the test side learns "every analyzer": the test builder, the robustness suite, the
/// performance floors and the benchmarks all call <see cref="CreateAll"/>, so a new rule is tested and
/// measured without touching them. It reads the analyzer assembly's public seam
/// (<see cref="AnalyzerInventory"/>): nothing reflects on the engine's internals.
/// </summary>
public static class PrivacyAnalyzerSet
{
    /// <summary>The analyzer assembly under test.</summary>
    public static Assembly Assembly { get; } = typeof(AnalyzerInventory).Assembly;

    /// <summary>The generated-code setting the site rules use: data collected in generated code is still collected.</summary>
    public static GeneratedCodeAnalysisFlags GeneratedCodeAnalysis => AnalyzerInventory.GeneratedCodeAnalysis;

    /// <summary>The operation kinds the analyzers register, so that the floor follows the engine when it changes.</summary>
    public static ImmutableArray<OperationKind> OperationKinds => AnalyzerInventory.OperationKinds;

    /// <summary>New instances of every concrete C# <see cref="DiagnosticAnalyzer"/> in <see cref="Assembly"/>.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAll() => AnalyzerInventory.CreateAll();
}
