using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.TestCorpus;

/// <summary>
/// The floor: an analyzer that registers exactly the actions PrivacyAnalyzers registers (a
/// compilation-start action, then an operation action for the same operation kinds, with concurrent
/// execution and the same generated-code setting) and does nothing in them. What it costs is what
/// the analyzer driver charges any analyzer of that shape; what ours costs above it is ours.
/// </summary>
/// <remarks>
/// Its one descriptor is enabled by default: an analyzer whose every rule is disabled is not run at all.
/// <see cref="Mirroring"/> makes a wider floor from what the analyzers actually register
/// (<see cref="RegistrationRecorder"/>): the difference between the two floors is what the driver
/// charges for the extra registrations (walking syntax for node actions, waiting for compilation end).
/// </remarks>
#pragma warning disable RS1001, RS1036 // Not shipped: built by the benchmarks and tests, never loaded from a package.
public sealed class NoOpAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
{
#pragma warning disable RS2008 // No release tracking for a test-only rule.
    private static readonly DiagnosticDescriptor NeverReported = new(
        "NOOP001",
        "Never reported",
        "Never reported",
        "Performance",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);
#pragma warning restore RS2008

    private readonly RegistrationShape shape;

    public NoOpAnalyzer(ImmutableArray<OperationKind> operationKinds, GeneratedCodeAnalysisFlags generatedCode)
        : this(new RegistrationShape(operationKinds, ImmutableArray<SyntaxKind>.Empty, ImmutableArray<SymbolKind>.Empty, CompilationEnd: false, ImmutableArray<string>.Empty, generatedCode))
    {
    }

    private NoOpAnalyzer(RegistrationShape shape)
    {
        this.shape = shape;
    }

    /// <summary>
    /// The floor for PrivacyAnalyzers' site detection: a compilation-start action, then an operation
    /// action for <c>AnalyzerInventory.OperationKinds</c>; generated code analyzed and reported.
    /// </summary>
    public static NoOpAnalyzer MirroringPrivacyAnalyzers()
        => new(PrivacyAnalyzerSet.OperationKinds, PrivacyAnalyzerSet.GeneratedCodeAnalysis);

    /// <summary>A floor that registers everything <paramref name="shape"/> says (syntax nodes, symbols, compilation end too).</summary>
    public static NoOpAnalyzer Mirroring(RegistrationShape shape) => new(shape);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(NeverReported);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(shape.GeneratedCode);
        var registrations = shape;
        context.RegisterCompilationStartAction(start =>
        {
            if (!registrations.OperationKinds.IsEmpty)
            {
                start.RegisterOperationAction(static _ => { }, registrations.OperationKinds);
            }

            if (!registrations.SyntaxKinds.IsEmpty)
            {
                start.RegisterSyntaxNodeAction(static _ => { }, registrations.SyntaxKinds);
            }

            if (!registrations.SymbolKinds.IsEmpty)
            {
                start.RegisterSymbolAction(static _ => { }, registrations.SymbolKinds);
            }

            if (registrations.CompilationEnd)
            {
                start.RegisterCompilationEndAction(static _ => { });
            }

            if (registrations.Other.Contains("additional file"))
            {
                start.RegisterAdditionalFileAction(static _ => { });
            }

            if (registrations.Other.Contains("semantic model"))
            {
                start.RegisterSemanticModelAction(static _ => { });
            }

            if (registrations.Other.Contains("syntax tree"))
            {
                start.RegisterSyntaxTreeAction(static _ => { });
            }
        });
    }
}
