using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// The flow analysis of one compilation: the tables, the sources, and the per-method summaries,
    /// computed on demand and cached here (this object lives as long as the compilation's analysis:
    /// no static state). Summaries are keyed by method and remaining call depth, so a summary is a pure
    /// function of the code, whichever member asked first: recursion and mutual recursion end at depth
    /// zero, as an unknown (a coverage gap), never as "safe".
    /// </summary>
    internal sealed class FlowEngine
    {
        /// <summary>The .editorconfig key of the call depth summaries follow (default <see cref="DefaultDepth"/>).</summary>
        public const string DepthKey = "privacy_analyzers.flow_depth";

        public const int DefaultDepth = 3;

        internal const int MaxDepth = 8;

        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary?[]> summaries =
            new ConcurrentDictionary<IMethodSymbol, MethodSummary?[]>(concurrencyLevel: 4, capacity: 64, SymbolReferenceComparer.Instance);

        private readonly ConcurrentDictionary<IMethodSymbol, SourceFacts> sourceFacts =
            new ConcurrentDictionary<IMethodSymbol, SourceFacts>(concurrencyLevel: 4, capacity: 256, SymbolReferenceComparer.Instance);

        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        // A method's graph, made once for its summaries at every call depth and for its own analysis as an owner
        // (the driver's graph of its body, when the owner asked first): building graphs was the largest single
        // cost of the flow rules on dense flow.
        private readonly ConcurrentDictionary<IMethodSymbol, ControlFlowGraph> graphs =
            new ConcurrentDictionary<IMethodSymbol, ControlFlowGraph>(concurrencyLevel: 4, capacity: 64, SymbolReferenceComparer.Instance);
        private readonly INamedTypeSymbol? loggerMessage;
        private readonly INamedTypeSymbol? dbContext;
        private readonly INamedTypeSymbol? dbSet;

        // The EF Core entity types of the compilation (a DbSet<T> of one of its contexts), found on first
        // need with one walk over the compilation's own types, and only when EF Core is referenced.
        private HashSet<INamedTypeSymbol>? entities;

        private FlowEngine(PrivacyContext privacy, int depth)
        {
            Privacy = privacy;
            Depth = depth;
            Tables = new FlowTables();
            Sources = new FlowSources(privacy);
            DataClassification = Sources.DataClassification;
            loggerMessage = privacy.Types.Get("Microsoft.Extensions.Logging.LoggerMessageAttribute", "Microsoft.Extensions.Logging.Abstractions");
            Recipients = privacy.Policy?.Recipients ?? ImmutableArray<string>.Empty;
            ServiceProviders = privacy.Policy?.ServiceProviders ?? ImmutableArray<string>.Empty;
            dbContext = privacy.Types.Get("Microsoft.EntityFrameworkCore.DbContext", "Microsoft.EntityFrameworkCore");
            dbSet = privacy.Types.Get("Microsoft.EntityFrameworkCore.DbSet`1", "Microsoft.EntityFrameworkCore");
        }

        /// <summary>
        /// Whether a type (or one of its bases) is an EF Core entity of this compilation: the type argument
        /// of a <c>DbSet&lt;T&gt;</c> property of a <c>DbContext</c> declared here (its bases' sets included,
        /// so <c>IdentityDbContext&lt;AppUser&gt;</c>'s <c>Users</c> makes <c>AppUser</c> one).
        /// </summary>
        public bool IsEntity(ITypeSymbol? type)
        {
            if (dbContext is null || dbSet is null || type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None)
            {
                return false;
            }

            var known = Volatile.Read(ref entities);
            if (known is null)
            {
                known = FindEntities();
                Interlocked.CompareExchange(ref entities, known, null);
                known = Volatile.Read(ref entities)!;
            }

            for (var current = named; current != null; current = current.BaseType)
            {
                if (known.Contains(current.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private HashSet<INamedTypeSymbol> FindEntities()
        {
            var found = new HashSet<INamedTypeSymbol>(SymbolReferenceComparer.Instance);
            foreach (var type in OwnClasses.Of(Compilation.Assembly))
            {
                AddSets(type, found);
                EntityConfiguration.AddConfigured(type, found, Model, CancellationToken.None);
            }

            return found;
        }

        private void AddSets(INamedTypeSymbol type, HashSet<INamedTypeSymbol> found)
        {
            var isContext = false;
            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, dbContext))
                {
                    isContext = true;
                    break;
                }
            }

            if (!isContext)
            {
                return;
            }

            for (var current = type; current != null && !SymbolEqualityComparer.Default.Equals(current, dbContext); current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { Type: INamedTypeSymbol { TypeArguments.Length: 1 } set }
                        && SymbolEqualityComparer.Default.Equals(set.OriginalDefinition, dbSet)
                        && set.TypeArguments[0] is INamedTypeSymbol entity)
                    {
                        found.Add(entity.OriginalDefinition);
                    }
                }
            }
        }

        public PrivacyContext Privacy { get; }

        public Compilation Compilation => Privacy.Compilation;

        public int Depth { get; }

        public FlowTables Tables { get; }

        public FlowSources Sources { get; }

        public INamedTypeSymbol? DataClassification { get; }

        /// <summary>The processors PrivacyPolicy.txt's <c>recipients:</c> names.</summary>
        public ImmutableArray<string> Recipients { get; }

        /// <summary>The recipients PrivacyPolicy.txt marks <c>(service provider)</c>.</summary>
        public ImmutableArray<string> ServiceProviders { get; }

        public static FlowEngine Create(PrivacyContext privacy, AnalyzerOptions options)
        {
            var depth = DefaultDepth;
            if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(DepthKey, out var text)
                && int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                depth = parsed > MaxDepth ? MaxDepth : parsed;
            }

            return new FlowEngine(privacy, depth);
        }

        /// <summary>Whether a method is a <c>[LoggerMessage]</c> logging method (generated).</summary>
        public bool IsLoggerMessage(IMethodSymbol method)
        {
            if (loggerMessage is null || method.DeclaringSyntaxReferences.IsEmpty)
            {
                return false;
            }

            foreach (var attribute in (method.PartialDefinitionPart ?? method).GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, loggerMessage))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a method carries the user's <c>[PersonalDataSanitizer]</c>.</summary>
        public static bool IsUserSanitizer(IMethodSymbol method)
        {
            if (method.DeclaringSyntaxReferences.IsEmpty && method.ContainingAssembly?.Name is "System.Runtime" or "System.Private.CoreLib")
            {
                return false;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "PersonalDataSanitizerAttribute", ContainingNamespace: { Name: AnnotationTypes.Namespace, ContainingNamespace.IsGlobalNamespace: true } })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a member holds a source, or calls (to <paramref name="depth"/>) a member of this
        /// compilation that does: the cheap pre-check before any flow work. One walk over the operation
        /// tree, with the name checks of the site index first, that stops at the first source and otherwise
        /// lists the member's callees in this compilation; the callees are then asked the same, their bodies
        /// bound only when this member has no source of its own. What a member's body holds is kept per
        /// compilation (<see cref="SourceFacts"/>), so no body is walked twice, and a member analyzed as an
        /// owner hands its answer to the callers that ask for it later.
        /// </summary>
        public bool HoldsSource(IOperation root, IMethodSymbol? owner, int depth, CancellationToken cancellationToken)
        {
            SourceFacts facts;
            if (owner != null && IsBodyOf(root, owner))
            {
                var definition = owner.OriginalDefinition;
                if (!sourceFacts.TryGetValue(definition, out facts!))
                {
                    facts = sourceFacts.GetOrAdd(definition, Collect(root, owner, cancellationToken));
                }
            }
            else
            {
                facts = Collect(root, owner, cancellationToken);
            }

            return Holds(facts, depth, cancellationToken);
        }

        /// <summary>
        /// Whether a call to <paramref name="callee"/> at a remaining call depth can return personal data of
        /// the callee's own (a source in its body, or in a callee's, to that depth): when it cannot, and the
        /// call is handed nothing personal, its summary cannot change the caller's flow and is not computed.
        /// </summary>
        public bool MayReturnSource(IMethodSymbol callee, int depth, CancellationToken cancellationToken)
            => depth > 0 && Holds(Facts(callee.OriginalDefinition, cancellationToken), depth, cancellationToken);

        private bool Holds(SourceFacts facts, int depth, CancellationToken cancellationToken)
        {
            if (facts.OwnSource)
            {
                return true;
            }

            if (depth <= 1 || facts.Callees.IsEmpty)
            {
                return false;
            }

            // Depth is at most MaxDepth: the answer per depth is a pure function of the code, kept once computed
            // (a race computes the same answer twice). Recursion ends as the depth goes down.
            var known = Volatile.Read(ref facts.Answers[depth]);
            if (known != SourceFacts.Unknown)
            {
                return known == SourceFacts.Yes;
            }

            var result = false;
            foreach (var callee in facts.Callees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Holds(Facts(callee, cancellationToken), depth - 1, cancellationToken))
                {
                    result = true;
                    break;
                }
            }

            Volatile.Write(ref facts.Answers[depth], result ? SourceFacts.Yes : SourceFacts.No);
            return result;
        }

        private SourceFacts Facts(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (sourceFacts.TryGetValue(method, out var known))
            {
                return known;
            }

            var body = Body(method, cancellationToken);
            return sourceFacts.GetOrAdd(method, body is null ? SourceFacts.None : Collect(body, method, cancellationToken));
        }

        /// <summary>Whether an operation block is the whole body <see cref="Body"/> gives for its owner (what a caller's question would bind).</summary>
        private static bool IsBodyOf(IOperation root, IMethodSymbol owner)
        {
            var references = owner.DeclaringSyntaxReferences;
            return references.Length == 1 && references[0].SyntaxTree == root.Syntax.SyntaxTree && references[0].Span == root.Syntax.Span && root.Parent is null;
        }

        /// <summary>One walk of a body: a source of its own (a classified parameter, a source operation), or else its callees in this compilation.</summary>
        private SourceFacts Collect(IOperation root, IMethodSymbol? owner, CancellationToken cancellationToken)
        {
            if (owner != null && ParametersMayBeSources(root.Syntax, owner))
            {
                foreach (var parameter in owner.Parameters)
                {
                    if (Sources.IsSource(parameter))
                    {
                        return SourceFacts.Own;
                    }
                }
            }

            HashSet<IMethodSymbol>? seen = null;
            ImmutableArray<IMethodSymbol>.Builder? callees = null;
            foreach (var operation in root.Descendants())
            {
                if (operation.Kind == OperationKind.ParameterReference)
                {
                    var parameter = ((IParameterReferenceOperation)operation).Parameter;
                    if (owner != null && ReferenceEquals(parameter.ContainingSymbol, owner))
                    {
                        // The owner's own parameters were looked at above.
                        continue;
                    }

                    if (FlowSources.IsDeclaredInBody(parameter) && !FlowSources.MayBeClassified(operation.Syntax, root.Syntax) && !Sources.BindsLambdaParameters)
                    {
                        // A lambda's or local function's parameter without an attribute where it is declared, in a
                        // compilation whose minimal-API handlers bind no lambda parameter: no source.
                        continue;
                    }
                }

                if (Sources.IsSource(operation, owner))
                {
                    return SourceFacts.Own;
                }

                if (operation.Kind == OperationKind.Invocation && ((IInvocationOperation)operation).TargetMethod is var callee && IsInSource(callee)
                    && (seen ??= new HashSet<IMethodSymbol>(SymbolReferenceComparer.Instance)).Add(callee.OriginalDefinition))
                {
                    (callees ??= ImmutableArray.CreateBuilder<IMethodSymbol>()).Add(callee.OriginalDefinition);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return callees is null ? SourceFacts.None : new SourceFacts(false, callees.ToImmutable());
        }

        /// <summary>
        /// Whether any of <paramref name="owner"/>'s parameters may start a flow: one whose declaration may carry a
        /// classifying attribute (<see cref="ParametersMayCarryAttributes"/>), or one bound from the request and named
        /// for what it holds, which needs no attribute.
        /// </summary>
        public bool ParametersMayBeSources(SyntaxNode body, IMethodSymbol owner)
            => ParametersMayCarryAttributes(body, owner) || Sources.BindsParameterOf(owner);

        /// <summary>
        /// Whether a parameter of <paramref name="owner"/> may carry an attribute (and so be classified), seen on
        /// <paramref name="body"/>, the syntax of the body the pre-check walks: a parameter's attributes are those
        /// of its declaration, so when that is a method, constructor or operator declaration (not partial: another
        /// part may add some) whose parameters have no attribute list, none has one. Anything else (an accessor,
        /// whose parameters an indexer declares; a record's primary constructor; top-level statements) may.
        /// Asking the attributes of every parameter of every body was an eighth of the flow rules' time on code
        /// that collects little: the answer per parameter is cached, but each parameter is asked once or twice.
        /// </summary>
        public static bool ParametersMayCarryAttributes(SyntaxNode body, IMethodSymbol owner)
        {
            if (owner.Parameters.IsEmpty)
            {
                return false;
            }

            if (body is not BaseMethodDeclarationSyntax { ParameterList: { } list } declaration
                || list.Parameters.Count != owner.Parameters.Length
                || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }

            foreach (var parameter in list.Parameters)
            {
                if (parameter.AttributeLists.Count > 0)
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsInSource(IMethodSymbol method)
            => method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.StaticConstructor
                && !method.IsAbstract && !method.IsExtern
                // By reference: an assembly is one symbol per compilation, and the comparer's Equals was half this test's time.
                && ReferenceEquals(method.ContainingAssembly, Compilation.Assembly)
                && !method.DeclaringSyntaxReferences.IsEmpty;

        /// <summary>The summary of a method of this compilation at a remaining call depth, or null when it cannot be followed.</summary>
        public MethodSummary? Summary(IMethodSymbol method, int depth, CancellationToken cancellationToken)
        {
            if (depth <= 0)
            {
                return null;
            }

            method = method.OriginalDefinition;
            var slots = summaries.GetOrAdd(method, _ => new MethodSummary?[MaxDepth + 1]);
            var existing = Volatile.Read(ref slots[depth]);
            if (existing != null)
            {
                return existing;
            }

            var graph = Graph(method, cancellationToken);
            if (graph is null)
            {
                return null;
            }

            var collector = new FlowCollector(summaryMode: true);
            var entry = FlowState.Empty;
            for (var i = 0; i < method.Parameters.Length; i++)
            {
                entry = entry.Set(method.Parameters[i], Taint.Of(Origin.FromParameter(i)));
            }

            var walker = new FlowWalker(this, graph, method, collector, depth, cancellationToken);
            var returned = walker.Run(entry);
            var summary = new MethodSummary(returned, collector.SummarySinks(), collector.Gaps);
            Volatile.Write(ref slots[depth], summary);
            return summary;
        }

        private IOperation? Body(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var references = method.DeclaringSyntaxReferences;
            if (references.Length != 1)
            {
                // Partial methods and members spread over several declarations are not followed.
                return null;
            }

            var syntax = references[0].GetSyntax(cancellationToken);
            var model = Model(syntax.SyntaxTree);
            return model.GetOperation(syntax, cancellationToken);
        }

        private ControlFlowGraph? Graph(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (graphs.TryGetValue(method, out var known))
            {
                return known;
            }

            var body = Body(method, cancellationToken);
            var graph = body switch
            {
                IMethodBodyOperation methodBody => ControlFlowGraph.Create(methodBody, cancellationToken),
                IConstructorBodyOperation constructorBody => ControlFlowGraph.Create(constructorBody, cancellationToken),
                IBlockOperation { Parent: null } block => ControlFlowGraph.Create(block, cancellationToken),
                _ => null,
            };

            return graph is null ? null : graphs.GetOrAdd(method, graph);
        }

        /// <summary>
        /// The graph of an owner's operation block: the one a summary of the owner already made, when it is the
        /// graph of this very block; else <paramref name="create"/>'s (the driver's), kept for the owner's summaries.
        /// </summary>
        public ControlFlowGraph OwnerGraph(IOperation block, IMethodSymbol? owner, System.Func<IOperation, ControlFlowGraph> create)
        {
            if (owner is null)
            {
                return create(block);
            }

            var definition = owner.OriginalDefinition;
            if (graphs.TryGetValue(definition, out var known) && ReferenceEquals(known.OriginalOperation, block))
            {
                return known;
            }

            var graph = create(block);
            if (IsBodyOf(block, owner))
            {
                graphs.TryAdd(definition, graph);
            }

            return graph;
        }

        // A callee's body lives in another tree (or another member of this one): its operations come
        // from that tree's semantic model, made once per tree for all the summaries of the compilation.
#pragma warning disable RS1030 // Summaries need callees' bodies; a model is made once per tree and cached.
        private SemanticModel Model(SyntaxTree tree) => models.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030
    }
}
