using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.TestCorpus;

/// <summary>
/// The reporting floor: an analyzer that analyzes nothing and reports exactly the diagnostics PrivacyAnalyzers
/// reported in one earlier run on the same syntax trees (the same <see cref="Diagnostic"/> objects: id, message,
/// primary and additional locations, properties, severity). What it costs above <see cref="Empty"/> (the same
/// registrations, nothing reported) is what the analyzer driver charges per reported diagnostic; what ours costs
/// above it is our analysis.
/// </summary>
/// <remarks>
/// It registers what the no-op floor registers (a compilation-start action, then operation actions for the engine's
/// operation kinds, doing nothing), plus a semantic-model action that reports the diagnostics located in that tree
/// (as ours reports a tree's diagnostics from its operation callbacks, while the tree is analyzed) and a
/// compilation-end action that reports those without a source location (as PRIV004 does). The recorded
/// diagnostics must come from a compilation of the same <see cref="SyntaxTree"/> instances: the driver rejects a
/// diagnostic located in a tree that is not in the compilation.
/// </remarks>
#pragma warning disable RS1001, RS1036 // Not shipped: built by the benchmarks, never loaded from a package.
public sealed class ReportingFloorAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
{
    private readonly ImmutableDictionary<SyntaxTree, ImmutableArray<Diagnostic>> byTree;
    private readonly ImmutableArray<Diagnostic> elsewhere;
    private readonly ImmutableArray<OperationKind> operationKinds;
    private readonly GeneratedCodeAnalysisFlags generatedCode;

    private ReportingFloorAnalyzer(
        ImmutableArray<DiagnosticDescriptor> supported,
        ImmutableDictionary<SyntaxTree, ImmutableArray<Diagnostic>> byTree,
        ImmutableArray<Diagnostic> elsewhere,
        ImmutableArray<OperationKind> operationKinds,
        GeneratedCodeAnalysisFlags generatedCode)
    {
        SupportedDiagnostics = supported;
        this.byTree = byTree;
        this.elsewhere = elsewhere;
        this.operationKinds = operationKinds;
        this.generatedCode = generatedCode;
        Count = elsewhere.Length + byTree.Values.Sum(d => d.Length);
    }

    /// <summary>How many diagnostics it reports per run.</summary>
    public int Count { get; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// A floor that reports <paramref name="recorded"/>'s diagnostics whose id one of <paramref name="analyzers"/>
    /// supports (the compiler's own diagnostics in the same result are left out), with their registrations' shape.
    /// </summary>
    public static ReportingFloorAnalyzer Replaying(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<Diagnostic> recorded)
    {
        var supported = Supported(analyzers);
        var ids = new HashSet<string>(supported.Select(d => d.Id), StringComparer.Ordinal);
        var ours = recorded.Where(d => ids.Contains(d.Id)).ToList();
        var byTree = ours
            .Where(d => d.Location.SourceTree is not null)
            .GroupBy(d => d.Location.SourceTree!)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        var elsewhere = ours.Where(d => d.Location.SourceTree is null).ToImmutableArray();
        return new ReportingFloorAnalyzer(supported, byTree, elsewhere, PrivacyAnalyzerSet.OperationKinds, PrivacyAnalyzerSet.GeneratedCodeAnalysis);
    }

    /// <summary>The same registrations and descriptors as <see cref="Replaying"/>, reporting nothing: the floor to compare it with.</summary>
    public static ReportingFloorAnalyzer Empty(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => new(Supported(analyzers), ImmutableDictionary<SyntaxTree, ImmutableArray<Diagnostic>>.Empty, ImmutableArray<Diagnostic>.Empty, PrivacyAnalyzerSet.OperationKinds, PrivacyAnalyzerSet.GeneratedCodeAnalysis);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(generatedCode);
        var kinds = operationKinds;
        var trees = byTree;
        var other = elsewhere;
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationAction(static _ => { }, kinds);
            start.RegisterSemanticModelAction(model =>
            {
                if (trees.TryGetValue(model.SemanticModel.SyntaxTree, out var diagnostics))
                {
                    foreach (var diagnostic in diagnostics)
                    {
                        model.ReportDiagnostic(diagnostic);
                    }
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var diagnostic in other)
                {
                    end.ReportDiagnostic(diagnostic);
                }
            });
        });
    }

    /// <summary>The analyzers' descriptors, one per id: the driver accepts a reported diagnostic whose id is among them.</summary>
    private static ImmutableArray<DiagnosticDescriptor> Supported(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First()).ToImmutableArray();
}
