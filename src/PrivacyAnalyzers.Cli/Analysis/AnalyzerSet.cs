using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>
    /// The analyzers the tool runs: every concrete <see cref="DiagnosticAnalyzer"/> for C# in the
    /// PrivacyAnalyzers assembly, the one the IDE and the build load, as that assembly lists them
    /// (<see cref="AnalyzerInventory"/>, checked against the assembly by a test): a rule added there is
    /// run (and its findings reported) as is.
    /// </summary>
    internal sealed class AnalyzerSet
    {
        private AnalyzerSet(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            Analyzers = analyzers;
            var descriptors = new SortedDictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var analyzer in analyzers)
            {
                foreach (var descriptor in analyzer.SupportedDiagnostics)
                {
                    descriptors.TryAdd(descriptor.Id, descriptor);
                }
            }

            Descriptors = descriptors;
        }

        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        /// <summary>Every rule the analyzers support, by id (sorted).</summary>
        public IReadOnlyDictionary<string, DiagnosticDescriptor> Descriptors { get; }

        public static AnalyzerSet Load()
        {
            var analyzers = AnalyzerInventory.CreateAll();
            if (analyzers.IsEmpty)
            {
                throw new ToolException("No analyzer found in PrivacyAnalyzers: the tool is broken.", ExitCodes.UsageOrLoadError);
            }

            return new AnalyzerSet(analyzers);
        }
    }
}
