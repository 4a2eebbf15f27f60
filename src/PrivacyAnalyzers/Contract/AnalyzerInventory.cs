using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Contract
{
    /// <summary>
    /// The analyzers of this assembly and how they register, for hosts (the <c>privacy</c> tool, the
    /// benchmarks, the tests): the one list of them, checked against the assembly by a test, and the
    /// registrations a benchmark's no-op floor mirrors, so nothing reflects on internals.
    /// </summary>
    public static class AnalyzerInventory
    {
        /// <summary>The operation kinds the site engine registers (the hot path).</summary>
        public static ImmutableArray<OperationKind> OperationKinds => SiteDetector.OperationKinds;

        /// <summary>
        /// The generated-code setting of the site rules: data collected in generated code is still
        /// collected, so generated code is analyzed and reported.
        /// </summary>
        public const GeneratedCodeAnalysisFlags GeneratedCodeAnalysis = GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

        /// <summary>New instances of every concrete C# analyzer in the assembly, by full type name.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> CreateAll()
            => ImmutableArray.Create<DiagnosticAnalyzer>(
                new CollectionSiteAnalyzer(),
                new FlowAnalyzer(),
                new PolicyFileAnalyzer());
    }
}
