using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules.Reporters;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The entry point for data a platform hands to an override (<see cref="CallbackParameters"/>): the site is the
    /// override's first read of the parameter. A syntax action on method declarations, so the check that costs
    /// anything (the symbol, the overridden chain) runs only for an <c>override</c> with a listed name.
    /// </summary>
    internal sealed class CallbackSites(PrivacyContext privacy, SiteReporter reporter)
    {
        public void Analyze(SyntaxNodeAnalysisContext context)
        {
            var declaration = (MethodDeclarationSyntax)context.Node;
            if (!CallbackParameters.MayMatch(declaration.Identifier.ValueText) || !declaration.Modifiers.Any(SyntaxKind.OverrideKeyword))
            {
                return;
            }

            if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } method
                || !CallbackParameters.TryMatch(method, out var callback, out var parameter))
            {
                return;
            }

            var read = FirstRead(declaration, parameter, context.SemanticModel, context.CancellationToken);
            if (read is null)
            {
                return;
            }

            var coverage = Coverage.Find(context.SemanticModel.GetOperation(read, context.CancellationToken), method, callback.Category, privacy.Annotations, privacy.Settings(read.SyntaxTree));
            var site = new CollectionSite(
                callback.Category,
                callback.ApiName,
                SiteKind.ApiCall,
                callback.MemberId,
                platform: callback.Platform,
                member: ScopeNames.MemberName(method));
            reporter.Report(context.ReportDiagnostic, read.GetLocation(), site, coverage);
        }

        /// <summary>The first use of the parameter in the body, in source order (nameof excluded); null when it is never read.</summary>
        private static IdentifierNameSyntax? FirstRead(MethodDeclarationSyntax declaration, IParameterSymbol parameter, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            SyntaxNode? body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody;
            if (body is null)
            {
                return null;
            }

            foreach (var node in body.DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == parameter.Name
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, parameter)
                    && identifier.Parent is not ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } })
                {
                    return identifier;
                }
            }

            return null;
        }
    }
}
