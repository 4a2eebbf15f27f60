using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV005: problems in PrivacyPolicy.txt and PersonalDataSources.txt, at their line and column; PRIV009: former ids in PrivacyPolicy.txt.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MalformedFile, Descriptors.DeprecatedId);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            // The files were parsed for this compilation's context, which the site rules share.
            var privacy = PrivacyContext.GetOrCreate(context);
            if (privacy.Policy is null && privacy.Sources.Problems.IsEmpty)
            {
                return;
            }

            context.RegisterAdditionalFileAction(fileContext =>
            {
                var file = fileContext.AdditionalFile;
                var problems = PolicyFiles.IsPolicy(file) && privacy.PolicyFile == file ? privacy.Policy!.Problems
                    : PolicyFiles.IsSources(file) && privacy.SourcesFile == file ? privacy.Sources.Problems
                    : ImmutableArray<FileProblem>.Empty;
                var deprecated = PolicyFiles.IsPolicy(file) && privacy.PolicyFile == file ? privacy.Policy!.Deprecated : ImmutableArray<DeprecatedUse>.Empty;
                if ((problems.IsEmpty && deprecated.IsEmpty) || file.GetText(fileContext.CancellationToken) is not { } text)
                {
                    return;
                }

                var name = System.IO.Path.GetFileName(file.Path);
                foreach (var problem in problems)
                {
                    fileContext.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedFile, PolicyFiles.LocationIn(file, text, problem.Span), name, problem.Message));
                }

                // PRIV009: the lines already read a former id as its fideslang id; this says which to write.
                foreach (var use in deprecated)
                {
                    fileContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DeprecatedId,
                        PolicyFiles.LocationIn(file, text, use.Span),
                        SiteCodec.WriteDeprecatedId(use.Former.Id, use.Former.ReplacedBy),
                        use.Former.Id,
                        use.Former.ReplacedByText));
                }
            });
        }
    }
}
