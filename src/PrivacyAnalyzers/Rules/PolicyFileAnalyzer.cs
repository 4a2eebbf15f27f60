using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV005: problems in PrivacyPolicy.txt and PersonalDataSources.txt, at their line and column.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MalformedFile);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var policy = PolicyFiles.FindPolicy(context);
            var sources = PolicyFiles.FindSources(context);
            if (policy.Policy is null && sources.Sources.Problems.IsEmpty)
            {
                return;
            }

            context.RegisterAdditionalFileAction(fileContext =>
            {
                var file = fileContext.AdditionalFile;
                var problems = PolicyFiles.IsPolicy(file) && policy.File == file ? policy.Policy!.Problems
                    : PolicyFiles.IsSources(file) && sources.File == file ? sources.Sources.Problems
                    : ImmutableArray<FileProblem>.Empty;
                if (problems.IsEmpty || file.GetText(fileContext.CancellationToken) is not { } text)
                {
                    return;
                }

                var name = System.IO.Path.GetFileName(file.Path);
                foreach (var problem in problems)
                {
                    fileContext.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedFile, PolicyFiles.LocationIn(file, text, problem.Span), name, problem.Message));
                }
            });
        }
    }
}
