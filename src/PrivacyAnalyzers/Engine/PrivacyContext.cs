using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What every analyzer of one compilation needs, built once for all of them: the referenced types,
    /// the annotations, the source index, request binding, the name fallback, the policy and sources
    /// files, and the settings. Shared the way roslyn-analyzers share <c>WellKnownTypeProvider.GetOrCreate</c>:
    /// a table keyed weakly by the compilation, so a second analyzer costs no second index, and the
    /// context dies with its compilation. The policy comes from the analyzer options, so a context is
    /// only handed to a start context with the same options.
    /// </summary>
    // Built from the start context of the analyzer that registers the actions (RS1012 sees none here).
#pragma warning disable RS1012
    internal sealed class PrivacyContext
    {
        /// <summary>Contexts kept per compilation for different options (two hosts analysing one compilation).</summary>
        private const int MaxPerCompilation = 4;

        private static readonly ConditionalWeakTable<Compilation, Slot> Contexts = new ConditionalWeakTable<Compilation, Slot>();

        private PrivacyContext(CompilationStartAnalysisContext context)
        {
            Compilation = context.Compilation;
            Options = context.Options;
            (Policy, PolicyFile) = PolicyFiles.FindPolicy(context);
            (Sources, SourcesFile) = PolicyFiles.FindSources(context);
            var entries = Sources.Entries.IsEmpty ? SourceCatalog.All : SourceCatalog.All.AddRange(Sources.Entries);
            Types = new ReferencedTypes(context.Compilation);
            Index = SourceIndex.Create(Types, entries);
            Fallback = NameFallback.Create(context.Options, entries);
            var binding = new RequestBinding(Types);
            Binding = binding.IsEmpty ? null : binding;
            Server = new ServerProject(context.Compilation, context.Options);
            CookieReads = new CookieReads(context.Compilation);
        }

        /// <summary>The cookies the compilation reads back by name (decided lazily, only when a cookie write asks).</summary>
        public CookieReads CookieReads { get; }

        /// <summary>Whether the project is a server (decided lazily, only when a host-identity site asks).</summary>
        public ServerProject Server { get; }

        public Compilation Compilation { get; }

        /// <summary>The options the context was built with (policy, sources, .editorconfig).</summary>
        public AnalyzerOptions Options { get; }

        /// <summary>The parsed PrivacyPolicy.txt, or null when the project has none.</summary>
        public PrivacyPolicy? Policy { get; }

        public AdditionalText? PolicyFile { get; }

        /// <summary>The parsed PersonalDataSources.txt (empty when there is none).</summary>
        public SourcesFile Sources { get; }

        public AdditionalText? SourcesFile { get; }

        public ReferencedTypes Types { get; }

        /// <summary>The catalog and the user's own sources, matched by symbol.</summary>
        public SourceIndex Index { get; }

        public AnnotationTypes Annotations => Index.Annotations;

        /// <summary>ASP.NET Core request binding, or null when the compilation cannot bind annotated types.</summary>
        public RequestBinding? Binding { get; }

        /// <summary>Name-only matching, or null unless <c>privacy_analyzers.name_fallback</c> is on.</summary>
        public NameFallback? Fallback { get; }

        /// <summary>Whether nothing in this compilation can be a collection site.</summary>
        public bool IsEmpty => Index.IsEmpty && Fallback is null;

        /// <summary>The .editorconfig settings that apply to a tree.</summary>
        public AnalyzerSettings Settings(SyntaxTree tree) => AnalyzerSettings.For(Options, tree);

        /// <summary>The context of the start context's compilation and options, built on first use.</summary>
        public static PrivacyContext GetOrCreate(CompilationStartAnalysisContext context)
            => Contexts.GetOrCreateValue(context.Compilation).Get(context);

        /// <summary>Whether this context was built from <paramref name="options"/> (or from the same files and configuration).</summary>
        private bool IsFor(AnalyzerOptions options)
        {
            if (ReferenceEquals(Options, options))
            {
                return true;
            }

            if (!ReferenceEquals(Options.AnalyzerConfigOptionsProvider, options.AnalyzerConfigOptionsProvider)
                || Options.AdditionalFiles.Length != options.AdditionalFiles.Length)
            {
                return false;
            }

            for (var i = 0; i < options.AdditionalFiles.Length; i++)
            {
                if (!ReferenceEquals(Options.AdditionalFiles[i], options.AdditionalFiles[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The contexts of one compilation; the table holds it only while the compilation lives.</summary>
        private sealed class Slot
        {
            private readonly object gate = new object();
            private ImmutableArray<PrivacyContext> contexts = ImmutableArray<PrivacyContext>.Empty;

            public PrivacyContext Get(CompilationStartAnalysisContext context)
            {
                // Analyzers start concurrently: the lock makes the second one wait for, and share, the first's context.
                lock (gate)
                {
                    foreach (var existing in contexts)
                    {
                        if (existing.IsFor(context.Options))
                        {
                            return existing;
                        }
                    }

                    var created = new PrivacyContext(context);
                    contexts = contexts.Length < MaxPerCompilation ? contexts.Add(created) : ImmutableArray.Create(created);
                    return created;
                }
            }
        }
    }
#pragma warning restore RS1012
}
