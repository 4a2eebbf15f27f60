using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.TestCorpus;

/// <summary>What a set of analyzers registers for one compilation: the shape the analyzer driver charges for.</summary>
public sealed record RegistrationShape(
    ImmutableArray<OperationKind> OperationKinds,
    ImmutableArray<SyntaxKind> SyntaxKinds,
    ImmutableArray<SymbolKind> SymbolKinds,
    bool CompilationEnd,
    ImmutableArray<string> Other,
    GeneratedCodeAnalysisFlags GeneratedCode)
{
    public override string ToString()
    {
        var parts = new List<string>();
        if (!OperationKinds.IsEmpty)
        {
            parts.Add("operations " + string.Join("/", OperationKinds));
        }

        if (!SyntaxKinds.IsEmpty)
        {
            parts.Add("syntax nodes " + string.Join("/", SyntaxKinds));
        }

        if (!SymbolKinds.IsEmpty)
        {
            parts.Add("symbols " + string.Join("/", SymbolKinds));
        }

        if (CompilationEnd)
        {
            parts.Add("compilation end");
        }

        parts.AddRange(Other);
        return string.Join("; ", parts);
    }
}

/// <summary>
/// Finds out what analyzers register, by running their <c>Initialize</c> and their compilation-start
/// actions on a real compilation with recording contexts, so that a no-op floor can mirror them
/// exactly, including registrations made only under conditions (annotations referenced, a policy file).
/// </summary>
public static class RegistrationRecorder
{
    public static RegistrationShape Record(IEnumerable<DiagnosticAnalyzer> analyzers, Compilation compilation)
    {
        var recorder = new Recording();
        foreach (var analyzer in analyzers)
        {
            var context = new RecordingAnalysisContext(recorder);
            analyzer.Initialize(context);
            foreach (var start in context.StartActions)
            {
                start(new RecordingStartContext(recorder, compilation));
            }
        }

        return new RegistrationShape(
            recorder.OperationKinds.OrderBy(k => k).ToImmutableArray(),
            recorder.SyntaxKinds.OrderBy(k => k).ToImmutableArray(),
            recorder.SymbolKinds.OrderBy(k => k).ToImmutableArray(),
            recorder.CompilationEnd,
            recorder.Other.OrderBy(o => o, StringComparer.Ordinal).ToImmutableArray(),
            recorder.GeneratedCode);
    }

    private sealed class Recording
    {
        public HashSet<OperationKind> OperationKinds { get; } = new();

        public HashSet<SyntaxKind> SyntaxKinds { get; } = new();

        public HashSet<SymbolKind> SymbolKinds { get; } = new();

        public HashSet<string> Other { get; } = new(StringComparer.Ordinal);

        public bool CompilationEnd { get; set; }

        public GeneratedCodeAnalysisFlags GeneratedCode { get; set; }

        public void Syntax<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
            where TLanguageKindEnum : struct
        {
            foreach (var kind in kinds)
            {
                SyntaxKinds.Add((SyntaxKind)Convert.ToInt32(kind, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// Records the top level. A top-level registration applies to every compilation, so it is recorded the way
    /// a compilation-start action making it is: through <see cref="RecordingStartContext"/>, one recorder for both.
    /// Only a top-level compilation action keeps its own entry (in a start context it would be a compilation end).
    /// </summary>
    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        private readonly Recording recording;

        public RecordingAnalysisContext(Recording recording)
        {
            this.recording = recording;
        }

        public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new();

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
            => recording.GeneratedCode |= analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => recording.Other.Add("compilation");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            => StartActions.Add(start => start.RegisterSemanticModelAction(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => StartActions.Add(start => start.RegisterSymbolAction(action, symbolKinds));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => StartActions.Add(start => start.RegisterSymbolStartAction(action, symbolKind));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => StartActions.Add(start => start.RegisterCodeBlockStartAction(action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
            => StartActions.Add(start => start.RegisterCodeBlockAction(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            => StartActions.Add(start => start.RegisterSyntaxTreeAction(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            => StartActions.Add(start => start.RegisterAdditionalFileAction(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => StartActions.Add(start => start.RegisterSyntaxNodeAction(action, syntaxKinds));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            => StartActions.Add(start => start.RegisterOperationBlockStartAction(action));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            => StartActions.Add(start => start.RegisterOperationBlockAction(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => StartActions.Add(start => start.RegisterOperationAction(action, operationKinds));
    }

    private sealed class RecordingStartContext : CompilationStartAnalysisContext
    {
        private readonly Recording recording;

        public RecordingStartContext(Recording recording, Compilation compilation)
            : base(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None)
        {
            this.recording = recording;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => recording.CompilationEnd = true;

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => recording.Other.Add("semantic model");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => recording.SymbolKinds.UnionWith(symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => recording.Other.Add("symbol start " + symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => recording.Other.Add("code block start");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => recording.Other.Add("code block");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => recording.Other.Add("syntax tree");

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => recording.Other.Add("additional file");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => recording.Syntax(syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => recording.Other.Add("operation block start");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => recording.Other.Add("operation block");

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => recording.OperationKinds.UnionWith(operationKinds);
    }
}
