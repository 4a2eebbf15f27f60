using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.Tests.Verifiers;

/// <summary>
/// Every analyzer of the package at once, as a build runs them: for rules that work together
/// (a site, its declaration, the policy file). Test code compiles against <see cref="TestReferences.All"/>.
/// </summary>
public static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() => typeof(CollectionSiteAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>A diagnostic matched by id, severity and location; the message is not checked.</summary>
    public static DiagnosticResult Diagnostic(string id)
        => new DiagnosticResult(id, Descriptor(id).DefaultSeverity);

    /// <summary>A diagnostic whose message is checked too.</summary>
    public static DiagnosticResult Message(string id, params object[] arguments)
        => new DiagnosticResult(Descriptor(id)).WithArguments(arguments);

    private static DiagnosticDescriptor Descriptor(string id)
        => Create().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

    /// <summary>A test with the policy file (and optional .editorconfig lines) beside the code.</summary>
    public sealed class Test : CSharpAnalyzerTest<CollectionSiteAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = OfflineReferenceAssemblies.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            DisabledDiagnostics.Add(RuleIds.CollectionSite);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Create();

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
    }

    /// <summary>A code-fix test that runs every analyzer, with one fixer.</summary>
    public sealed class FixTest<TCodeFix> : CSharpCodeFixTest<CollectionSiteAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public FixTest()
        {
            ReferenceAssemblies = OfflineReferenceAssemblies.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            DisabledDiagnostics.Add(RuleIds.CollectionSite);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Create();

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
    }
}
