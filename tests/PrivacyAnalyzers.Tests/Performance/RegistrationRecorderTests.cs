using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.TestCorpus;
using Xunit;

namespace PrivacyAnalyzers.Tests.Performance;

/// <summary>The recorder the no-op floor mirrors: top-level registrations count as the compilation-start ones they amount to.</summary>
public sealed class RegistrationRecorderTests
{
    [Fact]
    public void TopLevelAndCompilationStartRegistrationsRecordTheSameShape()
    {
        var compilation = CorpusCompilation.Create("Recorded", ImmutableArray.Create(CSharpSyntaxTree.ParseText("class C { }")));

        var topLevel = RegistrationRecorder.Record(new DiagnosticAnalyzer[] { new Registering(atStart: false) }, compilation);
        var atStart = RegistrationRecorder.Record(new DiagnosticAnalyzer[] { new Registering(atStart: true) }, compilation);

        Assert.Equal(atStart.ToString(), topLevel.ToString());
        Assert.Equal(
            "operations Invocation; syntax nodes IdentifierName; symbols NamedType; code block; syntax tree",
            topLevel.ToString());
        Assert.Equal(GeneratedCodeAnalysisFlags.None, topLevel.GeneratedCode);
    }

    [Fact]
    public void ATopLevelCompilationActionIsNotACompilationEnd()
    {
        var compilation = CorpusCompilation.Create("Recorded", ImmutableArray.Create(CSharpSyntaxTree.ParseText("class C { }")));

        var shape = RegistrationRecorder.Record(new DiagnosticAnalyzer[] { new CompilationOnly() }, compilation);

        Assert.False(shape.CompilationEnd);
        Assert.Equal(new[] { "compilation" }, shape.Other);
    }

#pragma warning disable RS1001, RS1036 // Not shipped: recorded here, never loaded by a driver.
    private sealed class Registering(bool atStart) : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            if (atStart)
            {
                context.RegisterCompilationStartAction(start =>
                {
                    start.RegisterOperationAction(_ => { }, OperationKind.Invocation);
                    start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.IdentifierName);
                    start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
                    start.RegisterCodeBlockAction(_ => { });
                    start.RegisterSyntaxTreeAction(_ => { });
                });
            }
            else
            {
                context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
                context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.IdentifierName);
                context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
                context.RegisterCodeBlockAction(_ => { });
                context.RegisterSyntaxTreeAction(_ => { });
            }
        }
    }

#pragma warning disable RS1001, RS1036 // Not shipped: recorded here, never loaded by a driver.
    private sealed class CompilationOnly : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1036
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(_ => { });
        }
    }
}
