using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>
    /// The analyzers the tool runs: every concrete <see cref="DiagnosticAnalyzer"/> for C# in the
    /// PrivacyAnalyzers assembly, the one the IDE and the build load, instantiated by reflection. There
    /// is no list to keep in step: a rule added to that assembly is run (and its findings reported) as is.
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

        /// <summary>The assembly that holds the analyzers.</summary>
        public static Assembly AnalyzerAssembly => typeof(RuleIds).Assembly;

        public static AnalyzerSet Load()
        {
            var builder = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            foreach (var type in LoadableTypes(AnalyzerAssembly).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (type.IsAbstract
                    || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                    || type.GetConstructor(Type.EmptyTypes) is null
                    || !type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                {
                    continue;
                }

                builder.Add((DiagnosticAnalyzer)Activator.CreateInstance(type)!);
            }

            if (builder.Count == 0)
            {
                throw new ToolException($"No analyzer found in {AnalyzerAssembly.GetName().Name}: the tool is broken.", ExitCodes.UsageOrLoadError);
            }

            return new AnalyzerSet(builder.ToImmutable());
        }

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                return exception.Types.Where(t => t is not null)!;
            }
        }
    }
}
