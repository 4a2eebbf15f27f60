using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Rules.Reporters
{
    /// <summary>
    /// PRIV004: at the end of the compilation, the declarations no site used. One per compilation:
    /// declarations are collected as they are read, sites mark the one that covers them.
    /// </summary>
    internal sealed class UnusedDeclarationReporter
    {
        private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), (Location Location, string Category, string Reason)> declarations =
            new ConcurrentDictionary<(SyntaxTree, TextSpan), (Location, string, string)>();

        private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), byte> used = new ConcurrentDictionary<(SyntaxTree, TextSpan), byte>();

        /// <summary>A declaration read from the code; <paramref name="settings"/> say whether its kind counts at all.</summary>
        public void Collect(AttributeSyntax attribute, string category, AnalyzerSettings settings)
        {
            var onAssembly = attribute.Parent is AttributeListSyntax { Target.Identifier.ValueText: "assembly" };
            var onType = attribute.Parent?.Parent is BaseTypeDeclarationSyntax;
            var reason = onAssembly && !settings.AllowAssemblyDeclarations ? ": assembly-level declarations are turned off (" + AnalyzerSettings.AssemblyDeclarationsKey + " = false)"
                : onType && !settings.AllowTypeDeclarations ? ": type-level declarations are turned off (" + AnalyzerSettings.TypeDeclarationsKey + " = false)"
                : string.Empty;
            declarations.TryAdd((attribute.SyntaxTree, attribute.Span), (attribute.GetLocation(), category, reason));
        }

        /// <summary>A site's covering declaration.</summary>
        public void MarkUsed(AttributeData declaration)
        {
            if (declaration.ApplicationSyntaxReference is { } reference)
            {
                used.TryAdd((reference.SyntaxTree, reference.Span), 0);
            }
        }

        public void Report(CompilationAnalysisContext context)
        {
            foreach (var pair in declarations)
            {
                if (!used.ContainsKey(pair.Key))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnusedDeclaration, pair.Value.Location, pair.Value.Category, pair.Value.Reason));
                }
            }
        }
    }
}
