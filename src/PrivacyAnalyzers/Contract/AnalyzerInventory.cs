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

        /// <summary>
        /// Every built-in catalogued member as code writes it: <c>Type.Member</c> (<c>Build.Serial</c>,
        /// <c>Secure.GetString</c>, <c>Geolocation.GetLocationAsync</c>), a constructor as <c>new Type</c>. The tool
        /// looks for them in code it could not analyse (inactive <c>#if</c> regions) to say what it did not see.
        /// </summary>
        public static ImmutableHashSet<string> CatalogMemberNames()
        {
            var names = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
            foreach (var entry in Catalog.SourceCatalog.All)
            {
                if (Catalog.MemberId.TryParse(entry.MemberId, out var id) && id.Kind != 'T' && !id.IsIndexer)
                {
                    names.Add(id.IsConstructor ? "new " + id.TypeSimpleName : id.TypeSimpleName + "." + id.MemberName);
                }
            }

            return names.ToImmutable();
        }

        /// <summary>New instances of every concrete C# analyzer in the assembly, by full type name.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> CreateAll()
            => ImmutableArray.Create<DiagnosticAnalyzer>(
                new CollectionSiteAnalyzer(),
                new FlowAnalyzer(),
                new PolicyFileAnalyzer(),
                new RequiredReasonAnalyzer());
    }
}
