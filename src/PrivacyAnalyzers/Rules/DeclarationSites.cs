using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The entry point for declarations: each <c>[CollectsPersonalData]</c> is read once
    /// (<see cref="DeclarationSyntax"/>), checked as written (PRIV002, PRIV006) and remembered for PRIV004.
    /// </summary>
    internal sealed class DeclarationSites(PrivacyContext privacy, UnusedDeclarationReporter unused)
    {
        public void Analyze(SyntaxNodeAnalysisContext context)
        {
            var attribute = (AttributeSyntax)context.Node;
            var declaration = DeclarationSyntax.TryRead(attribute, context.SemanticModel, privacy.Annotations, context.CancellationToken);
            if (declaration is null)
            {
                return;
            }

            DeclarationRules.Check(declaration, privacy.Policy, context.ReportDiagnostic);
            unused.Collect(attribute, declaration.Category.Id, privacy.Settings(attribute.SyntaxTree));
        }
    }
}
