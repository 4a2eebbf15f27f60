using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// The intraprocedural flow over one <see cref="ControlFlowGraph"/>: a forward may-analysis, each
    /// block's state the union of its predecessors', to a fixpoint with a bounded number of visits per
    /// block. Values flow through assignments, interpolation and concatenation, <c>ToString</c>, object,
    /// anonymous, tuple and record creation and initialisers (fields one level deep), <c>await</c>, and
    /// the captures the graph makes of <c>?.</c> and <c>??</c>; lambdas and local functions are walked
    /// in place; calls into this compilation go through summaries (<see cref="FlowEngine.Summary"/>).
    /// </summary>
    internal sealed class FlowWalker
    {
        /// <summary>Visits of one block before the fixpoint gives up (a may-analysis converges well before).</summary>
        private const int MaxVisitsPerBlock = 6;

        /// <summary>Operations evaluated per walk: bounds a 10,000-statement method.</summary>
        private const int MaxEvaluations = 400_000;

        private const int MaxNestedDepth = 4;

        /// <summary>The summary's returned value keeps what a body throws under this key (no member is named so).</summary>
        private const string ThrownField = "<thrown>";

        private readonly FlowEngine engine;
        private readonly ControlFlowGraph graph;
        private readonly ISymbol owner;
        private readonly FlowCollector collector;
        private readonly int depth;
        private readonly CancellationToken cancellationToken;
        private readonly int nested;
        private int evaluations;
        private Taint? returned;

        // What the body throws (its own throws and its callees'), and the state's key for what a catch receives.
        private Taint? thrown;
        private readonly object thrownKey = new object();
        private Dictionary<int, Taint>? raisedIn;
        private int currentBlock;
        private bool raisedChanged;

        // What the owner's declarations name as recipients, read on the first sink.
        private ImmutableArray<string> ownerRecipients;

        // What each lambda walked here returns, for the propagators it is handed to.
        private Dictionary<IOperation, Taint>? lambdaReturns;

        // The places (a member, an element) the graph captured as an assignment's target, by capture.
        private Dictionary<CaptureId, IOperation>? capturedPlaces;

        public FlowWalker(FlowEngine engine, ControlFlowGraph graph, ISymbol owner, FlowCollector collector, int depth, CancellationToken cancellationToken, int nested = 0)
        {
            this.engine = engine;
            this.graph = graph;
            this.owner = owner;
            this.collector = collector;
            this.depth = depth;
            this.cancellationToken = cancellationToken;
            this.nested = nested;
        }

        /// <summary>Whether the walk stopped at its bound before the fixpoint.</summary>
        public bool Truncated { get; private set; }

        /// <summary>Runs the walk from <paramref name="entry"/>; returns what the return value carries.</summary>
        public Taint? Run(FlowState entry)
        {
            var blocks = graph.Blocks;
            var outStates = new FlowState?[blocks.Length];
            var visits = new int[blocks.Length];
            var queued = new bool[blocks.Length];
            var queue = new Queue<int>();
            List<int>? handlers = null;
            for (var i = 0; i < blocks.Length; i++)
            {
                queue.Enqueue(i);
                queued[i] = true;
                if (blocks[i].Predecessors.IsEmpty && blocks[i].Kind != BasicBlockKind.Entry)
                {
                    // A catch or finally handler's first block (or unreachable code): entered by no edge.
                    (handlers ??= new List<int>()).Add(i);
                }
            }

            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ordinal = queue.Dequeue();
                queued[ordinal] = false;
                if (++visits[ordinal] > MaxVisitsPerBlock || evaluations > MaxEvaluations)
                {
                    Truncated = true;
                    continue;
                }

                var block = blocks[ordinal];
                var state = InState(block, entry, outStates);
                currentBlock = ordinal;
                raisedChanged = false;
                if (block.Predecessors.IsEmpty && TryRegionOf(block) is { } tried)
                {
                    // A catch receives what its try raised (here or in a callee), not what an earlier try did.
                    state = state.Set(thrownKey, RaisedIn(tried));
                }
                foreach (var operation in block.Operations)
                {
                    Eval(operation, ref state);
                }

                if (block.BranchValue != null)
                {
                    var value = Eval(block.BranchValue, ref state);
                    if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
                    {
                        returned = Taint.Union(returned, value);
                    }
                    else if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Throw)
                    {
                        // `throw new InvalidOperationException($"No mailbox for {email}")`: the exception is the data.
                        var type = (block.BranchValue as IConversionOperation)?.Operand.Type ?? block.BranchValue.Type;
                        Raise(value?.Flattened(), type);
                    }
                }
                else if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Rethrow)
                {
                    // `throw;` in a catch: what the catch received goes on, to the callers unless an outer catch takes it.
                    Raise(state.Get(thrownKey), null);
                }

                var changed = outStates[ordinal] is not { } previous || !previous.SameAs(state);
                if (changed)
                {
                    outStates[ordinal] = state;
                    Enqueue(block.FallThroughSuccessor, queue, queued);
                    Enqueue(block.ConditionalSuccessor, queue, queued);
                }

                if ((changed || raisedChanged) && handlers != null)
                {
                    // A handler sees every block before it and what its try raised, and no edge leads to it: on a later
                    // pass of a loop around a try, it is visited again, as a successor would be.
                    foreach (var handler in handlers)
                    {
                        if (handler > ordinal && !queued[handler])
                        {
                            queued[handler] = true;
                            queue.Enqueue(handler);
                        }
                    }
                }
            }

            // What the body throws goes to the callers with the summary, as a field no member has, so a caller's
            // catch can take it apart from the return value (a lambda's or a local function's walk keeps it here).
            return nested == 0 && thrown != null ? Taint.WithField(returned, ThrownField, thrown) : returned;
        }

        /// <summary>The try region a catch (or its filter) handles, for the first block of the handler; null for any other block.</summary>
        private static ControlFlowRegion? TryRegionOf(BasicBlock block)
        {
            for (var region = block.EnclosingRegion; region != null; region = region.EnclosingRegion)
            {
                switch (region.Kind)
                {
                    case ControlFlowRegionKind.TryAndCatch:
                        foreach (var part in region.NestedRegions)
                        {
                            if (part.Kind == ControlFlowRegionKind.Try)
                            {
                                return part;
                            }
                        }

                        return null;
                    case ControlFlowRegionKind.Catch:
                    case ControlFlowRegionKind.Filter:
                    case ControlFlowRegionKind.FilterAndHandler:
                    case ControlFlowRegionKind.LocalLifetime:
                        continue;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>What the blocks of a try region raised (its nested regions' blocks are in its range).</summary>
        private Taint? RaisedIn(ControlFlowRegion tried)
        {
            if (raisedIn is null)
            {
                return null;
            }

            Taint? result = null;
            for (var i = tried.FirstBlockOrdinal; i <= tried.LastBlockOrdinal; i++)
            {
                if (raisedIn.TryGetValue(i, out var raised))
                {
                    result = Taint.Union(result, raised);
                }
            }

            return result;
        }

        private static void Enqueue(ControlFlowBranch? branch, Queue<int> queue, bool[] queued)
        {
            if (branch?.Destination is { } destination && !queued[destination.Ordinal])
            {
                queued[destination.Ordinal] = true;
                queue.Enqueue(destination.Ordinal);
            }
        }

        private static FlowState InState(BasicBlock block, FlowState entry, FlowState?[] outStates)
        {
            if (block.Kind == BasicBlockKind.Entry)
            {
                return entry;
            }

            var state = FlowState.Empty;
            var any = false;
            foreach (var predecessor in block.Predecessors)
            {
                if (outStates[predecessor.Source.Ordinal] is { } other)
                {
                    state = any ? state.Join(other) : other;
                    any = true;
                }
            }

            if (block.Predecessors.IsEmpty)
            {
                // Catch and finally handlers are entered by exceptions: they see everything before them.
                state = entry;
                for (var i = 0; i < block.Ordinal; i++)
                {
                    if (outStates[i] is { } other)
                    {
                        state = state.Join(other);
                    }
                }
            }

            return state;
        }

        private Taint? Eval(IOperation? operation, ref FlowState state)
        {
            if (operation is null)
            {
                return null;
            }

            evaluations++;
            switch (operation)
            {
                case ILiteralOperation:
                case IDefaultValueOperation:
                    return null;
                case ILocalReferenceOperation local:
                    return state.Get(local.Local);
                case IParameterReferenceOperation parameter:
                    return state.Get(parameter.Parameter);
                case IFlowCaptureReferenceOperation capture:
                    return state.Get(capture.Id);
                case IFlowCaptureOperation capture:
                    if (capture.Value is IMemberReferenceOperation or IArrayElementReferenceOperation)
                    {
                        // The graph captures an assignment's target before a branching value (`visit.Mail = a ?? b`):
                        // an assignment to the capture is one to the member it stands for.
                        (capturedPlaces ??= new Dictionary<CaptureId, IOperation>())[capture.Id] = capture.Value;
                    }

                    state = state.Set(capture.Id, Eval(capture.Value, ref state));
                    return null;
                case ISimpleAssignmentOperation assignment:
                    {
                        var value = Eval(assignment.Value, ref state);
                        Assign(assignment.Target, value, assignment, ref state, strong: true);
                        return value;
                    }

                case ICompoundAssignmentOperation compound:
                    {
                        var value = Taint.Union(Eval(compound.Target, ref state), Eval(compound.Value, ref state));
                        Assign(compound.Target, value, compound, ref state, strong: true);
                        return value;
                    }

                case IDeconstructionAssignmentOperation deconstruction:
                    {
                        var value = Eval(deconstruction.Value, ref state);
                        Assign(deconstruction.Target, AsTuple(value, deconstruction.Value.Type, deconstruction.Target), deconstruction, ref state, strong: true);
                        return value;
                    }

                case IPropertyReferenceOperation or IFieldReferenceOperation:
                    return ReadMember((IMemberReferenceOperation)operation, ref state);
                case IInvocationOperation invocation:
                    return Invoke(invocation, ref state);
                case IObjectCreationOperation creation:
                    return Create(creation, ref state);
                case IAnonymousObjectCreationOperation anonymous:
                    {
                        Taint? result = null;
                        foreach (var initializer in anonymous.Initializers)
                        {
                            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } member)
                            {
                                result = Taint.WithField(result, property.Property.Name, Eval(member.Value, ref state));
                            }
                        }

                        return result;
                    }

                case ITupleOperation tuple:
                    {
                        Taint? result = null;
                        for (var i = 0; i < tuple.Elements.Length; i++)
                        {
                            result = Taint.WithField(result, "Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Eval(tuple.Elements[i], ref state));
                        }

                        return result;
                    }

                case IInterpolatedStringOperation interpolated:
                    {
                        Taint? result = null;
                        foreach (var part in interpolated.Parts)
                        {
                            if (part is IInterpolationOperation interpolation)
                            {
                                result = Taint.Union(result, Eval(interpolation.Expression, ref state)?.Flattened());
                            }
                        }

                        return result;
                    }

                case IBinaryOperation binary:
                    {
                        var left = Eval(binary.LeftOperand, ref state);
                        var right = Eval(binary.RightOperand, ref state);
                        return binary.OperatorKind == BinaryOperatorKind.Add ? Taint.Union(left?.Flattened(), right?.Flattened()) : null;
                    }

                case IConversionOperation conversion:
                    return Eval(conversion.Operand, ref state);
                case IAwaitOperation awaited:
                    return Eval(awaited.Operation, ref state);
                case IArgumentOperation argument:
                    return Eval(argument.Value, ref state);
                case IArrayCreationOperation array:
                    return Eval(array.Initializer, ref state)?.Flattened();
                case IArrayInitializerOperation initializer:
                    {
                        Taint? result = null;
                        foreach (var element in initializer.ElementValues)
                        {
                            result = Taint.Union(result, Eval(element, ref state)?.Flattened());
                        }

                        return result;
                    }

                case IArrayElementReferenceOperation element:
                    return Eval(element.ArrayReference, ref state)?.Flattened();
                case IDelegateCreationOperation creation:
                    return Eval(creation.Target, ref state);
                case IFlowAnonymousFunctionOperation lambda:
                    {
                        // What the lambda returns, kept for a propagator it is handed to (`users.Select(u => u.Email)`
                        // hands on the emails); the delegate itself is not the data (printing it prints no email).
                        var lambdaReturned = WalkNested(graph.GetAnonymousFunctionControlFlowGraphInScope(lambda), lambda.Symbol, LambdaEntry(lambda, state))?.Flattened();
                        if (lambdaReturned != null)
                        {
                            (lambdaReturns ??= new Dictionary<IOperation, Taint>())[lambda] = lambdaReturned;
                        }

                        return null;
                    }
                case ICaughtExceptionOperation:
                    // `catch (Exception ex)`: what was thrown in the try, here or in a callee.
                    return state.Get(thrownKey);
                case IIsNullOperation isNull:
                    Eval(isNull.Operand, ref state);
                    return null;
                case IIsPatternOperation isPattern:
                    // The test is a truth value; what it binds (`is string e`, `{ Email: var e }`) takes the tested value.
                    Bind(isPattern.Pattern, Eval(isPattern.Value, ref state), ref state);
                    return null;
                case IWithOperation with:
                    // A copy keeps what the original carried; the initialiser's assignments (made on the copy's
                    // capture in the graph, or listed here) replace single members.
                    {
                        var copy = Eval(with.Operand, ref state);
                        foreach (var item in with.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                        {
                            if (item is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment)
                            {
                                copy = Taint.WithField(copy, MemberKey(member.Member), Eval(assignment.Value, ref state));
                            }
                        }

                        return copy;
                    }

                default:
                    {
                        // An operation kind the walker does not know (a collection expression, which Roslyn 4.8
                        // gives no kind of its own, a dynamic call, broken code): its value carries the union of
                        // its children's, bounded like every union, so no source is lost. A truth value or a
                        // number made from them is not the data itself.
                        Taint? result = null;
                        foreach (var child in operation.ChildOperations)
                        {
                            result = Taint.Union(result, Eval(child, ref state)?.Flattened());
                        }

                        return operation.ConstantValue.HasValue || CarriesNoData(operation.Type) ? null : result;
                    }
            }
        }

        /// <summary>A bool, a number, an enum or a char: what a test, a count or a comparison of personal data yields.</summary>
        private static bool CarriesNoData(ITypeSymbol? type)
            => type != null && (type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char or (>= SpecialType.System_SByte and <= SpecialType.System_UInt64)
                || type.TypeKind == TypeKind.Enum);

        /// <summary>
        /// A size of a string, an array or a collection (<c>email.Length</c>, <c>list.Count</c>): a number about
        /// the data, not the data. A number member of any other type (a location's <c>Latitude</c>, a date's
        /// <c>Year</c>) is the data, and a bool member is a test of it, never the data.
        /// </summary>
        private static bool IsSizeOrTest(ISymbol member)
        {
            var type = member switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };

            if (type is null || !CarriesNoData(type))
            {
                return false;
            }

            if (type.SpecialType == SpecialType.System_Boolean)
            {
                return true;
            }

            var holder = member.ContainingType;
            if (holder is null)
            {
                return false;
            }

            if (holder.SpecialType is SpecialType.System_String or SpecialType.System_Array)
            {
                return true;
            }

            for (var ns = holder.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (ns.Name == "Collections" && ns.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
                {
                    return true;
                }
            }

            return holder is { Name: "StringBuilder", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
        }

        /// <summary>The name a member's value is kept under: a named tuple element is its <c>Item{n}</c> field.</summary>
        private static string MemberKey(ISymbol member)
            => member is IFieldSymbol { CorrespondingTupleField: { } tupleField } ? tupleField.Name : member.Name;

        /// <summary>Binds what a pattern declares to the tested value, member by member for property subpatterns.</summary>
        private void Bind(IPatternOperation? pattern, Taint? value, ref FlowState state)
        {
            switch (pattern)
            {
                case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local } declaration:
                    state = state.Set(local, value?.WithHop(declaration.Syntax.GetLocation(), "bound to '" + local.Name + "'"));
                    break;
                case IRecursivePatternOperation recursive:
                    if (recursive.DeclaredSymbol is ILocalSymbol declared)
                    {
                        state = state.Set(declared, value?.WithHop(recursive.Syntax.GetLocation(), "bound to '" + declared.Name + "'"));
                    }

                    for (var i = 0; i < recursive.DeconstructionSubpatterns.Length; i++)
                    {
                        var element = value?.Fields is null ? value?.Flattened() : value.Field("Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        Bind(recursive.DeconstructionSubpatterns[i], element, ref state);
                    }

                    foreach (var property in recursive.PropertySubpatterns)
                    {
                        Bind(property.Pattern, SubpatternValue(property.Member, value), ref state);
                    }

                    break;
                case INegatedPatternOperation negated:
                    Bind(negated.Pattern, value, ref state);
                    break;
                case IBinaryPatternOperation binary:
                    Bind(binary.LeftPattern, value, ref state);
                    Bind(binary.RightPattern, value, ref state);
                    break;
                case IListPatternOperation list:
                    if (list.DeclaredSymbol is ILocalSymbol whole)
                    {
                        state = state.Set(whole, value);
                    }

                    foreach (var element in list.Patterns)
                    {
                        Bind(element, value?.Flattened(), ref state);
                    }

                    break;
                case ISlicePatternOperation slice:
                    Bind(slice.Pattern, value, ref state);
                    break;
            }
        }

        /// <summary>What a property subpattern's member holds: a source by itself (a classified member), else the tested value's member.</summary>
        private Taint? SubpatternValue(IOperation member, Taint? value)
        {
            if (member is not IMemberReferenceOperation reference)
            {
                return value?.Flattened();
            }

            if (engine.Sources.SiteOf(reference, owner, out var siteOperation) is { } site)
            {
                return Taint.Of(SourceOrigin(site, siteOperation ?? reference));
            }

            if (reference.Instance is IMemberReferenceOperation outer)
            {
                // An extended property pattern (`{ Connection.RemoteIpAddress: var ip }`): the chain's outer member first.
                return SubpatternValue(outer, value)?.Field(MemberKey(reference.Member));
            }

            var key = MemberKey(reference.Member);
            return IsSizeOrTest(reference.Member) && !(value?.Fields?.ContainsKey(key) ?? false) ? null : value?.Field(key);
        }

        private Taint? ReadMember(IMemberReferenceOperation reference, ref FlowState state)
        {
            if (engine.Sources.SiteOf(reference, owner, out var siteOperation) is { } site)
            {
                return Taint.Of(SourceOrigin(site, siteOperation ?? reference));
            }

            var member = reference.Member;
            switch (reference.Instance)
            {
                case null:
                case IInstanceReferenceOperation:
                    return state.Get(member.OriginalDefinition);
                default:
                    var instance = Eval(reference.Instance, ref state);
                    if (reference is IPropertyReferenceOperation { Arguments.Length: > 0 } indexer)
                    {
                        foreach (var argument in indexer.Arguments)
                        {
                            Eval(argument, ref state);
                        }

                        return instance?.Flattened();
                    }

                    if (IsSizeOrTest(member) && !(instance?.Fields?.ContainsKey(MemberKey(member)) ?? false))
                    {
                        // `email.Length`, `list.Count`, `user.EmailConfirmed`: about the data, not the data.
                        return null;
                    }

                    return instance?.Field(MemberKey(member));
            }
        }

        private void Assign(IOperation target, Taint? value, IOperation at, ref FlowState state, bool strong)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    state = state.Set(local.Local, value?.WithHop(at.Syntax.GetLocation(), "assigned to '" + local.Local.Name + "'"));
                    break;
                case IParameterReferenceOperation parameter:
                    state = state.Set(parameter.Parameter, value?.WithHop(at.Syntax.GetLocation(), "assigned to '" + parameter.Parameter.Name + "'"));
                    break;
                case IFlowCaptureReferenceOperation capture:
                    state = state.Set(capture.Id, strong ? value : Taint.Union(state.Get(capture.Id), value));
                    if (capturedPlaces != null && capturedPlaces.TryGetValue(capture.Id, out var place))
                    {
                        Assign(place, value, at, ref state, strong);
                    }

                    break;
                case ITupleOperation tuple:
                    // A deconstruction: element i takes the tuple's Item{i+1} when the value is a tracked tuple.
                    for (var i = 0; i < tuple.Elements.Length; i++)
                    {
                        var element = value?.Fields is null ? value?.Flattened() : value.Field("Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        Assign(tuple.Elements[i], element, at, ref state, strong);
                    }

                    break;
                case IDeclarationExpressionOperation declaration:
                    Assign(declaration.Expression, value, at, ref state, strong);
                    break;
                case IPropertyReferenceOperation or IFieldReferenceOperation:
                    {
                        var reference = (IMemberReferenceOperation)target;
                        if (value != null && engine.Tables.Find(reference.Member, setter: true) is { Role: FlowRole.Sink } row)
                        {
                            Sink(at, row, row.DisplayName(reference.Member.Name), value, insecure: false);
                        }
                        else if (value != null && IsEntityProperty(reference))
                        {
                            Sink(at, Data.StorageSinks.EntityProperty, reference.Member.ContainingType.Name + "." + reference.Member.Name, value, insecure: false);
                        }

                        var indexed = reference is IPropertyReferenceOperation { Arguments.Length: > 0 };
                        switch (reference.Instance)
                        {
                            case null:
                            case IInstanceReferenceOperation:
                                var key = reference.Member.OriginalDefinition;
                                state = state.Set(key, strong && !indexed ? value : Taint.Union(state.Get(key), value));
                                break;
                            default:
                                if (indexed)
                                {
                                    Weak(reference.Instance, value, ref state);
                                }
                                else
                                {
                                    Store(reference.Instance, MemberKey(reference.Member), value, ref state);
                                }

                                break;
                        }

                        break;
                    }

                case IArrayElementReferenceOperation element:
                    Weak(element.ArrayReference, value, ref state);
                    break;
            }
        }

        /// <summary>
        /// A deconstructed object (a record, a type with a <c>Deconstruct</c>) seen as the tuple its <c>Deconstruct</c>
        /// makes: element i is the member its i-th out parameter names (a record's positional parameter names its property).
        /// </summary>
        private static Taint? AsTuple(Taint? value, ITypeSymbol? type, IOperation target)
        {
            if (value?.Fields is null || type is null || type.IsTupleType || target is not (ITupleOperation or IDeclarationExpressionOperation { Expression: ITupleOperation }))
            {
                return value;
            }

            var arity = (target as ITupleOperation ?? (ITupleOperation)((IDeclarationExpressionOperation)target).Expression).Elements.Length;
            foreach (var member in type.GetMembers("Deconstruct"))
            {
                if (member is IMethodSymbol { Parameters.Length: var count } deconstruct && count == arity)
                {
                    Taint? tuple = null;
                    for (var i = 0; i < count; i++)
                    {
                        tuple = Taint.WithField(tuple, "Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), value.Field(deconstruct.Parameters[i].Name));
                    }

                    return tuple;
                }
            }

            return value;
        }

        /// <summary>An entity's property (not a field: EF Core maps properties), through the instance's type, so a base's property counts.</summary>
        private bool IsEntityProperty(IMemberReferenceOperation reference)
            => reference.Member is IPropertySymbol { IsStatic: false, Parameters.IsEmpty: true }
                && engine.IsEntity(reference.Instance?.Type ?? reference.Member.ContainingType);

        /// <summary>Stores a value in a member of the object a place holds (one level: <c>user.Email = …</c>).</summary>
        private static void Store(IOperation instance, string member, Taint? value, ref FlowState state)
        {
            if (Key(instance) is { } key)
            {
                state = state.Set(key, Taint.WithField(state.Get(key), member, value));
            }
            else
            {
                // Deeper than one level (a.B.C = …): the data goes into the outermost object tracked.
                Weak(instance, value, ref state);
            }
        }

        /// <summary>Adds a value to what the place under <paramref name="operation"/> holds (a mutator, an indexer, an element).</summary>
        private static void Weak(IOperation operation, Taint? value, ref FlowState state)
        {
            if (value is null)
            {
                return;
            }

            for (var current = operation; current != null;)
            {
                if (Key(current) is { } key)
                {
                    var existing = state.Get(key);
                    if (current is IMemberReferenceOperation member && !ReferenceEquals(current, operation))
                    {
                        state = state.Set(key, Taint.WithField(existing, member.Member.Name, Taint.Union(existing?.Field(member.Member.Name), value)));
                    }
                    else if (current is IMemberReferenceOperation { Instance: not null and not IInstanceReferenceOperation } nested)
                    {
                        var field = nested.Member.Name;
                        if (Key(nested.Instance!) is { } outer)
                        {
                            var holder = state.Get(outer);
                            state = state.Set(outer, Taint.WithField(holder, field, Taint.Union(holder?.Field(field), value)));
                            return;
                        }

                        state = state.Set(key, Taint.Union(existing, value));
                    }
                    else
                    {
                        state = state.Set(key, Taint.Union(existing, value));
                    }

                    return;
                }

                current = current switch
                {
                    IMemberReferenceOperation member => member.Instance,
                    IConversionOperation conversion => conversion.Operand,
                    IArrayElementReferenceOperation element => element.ArrayReference,
                    _ => null,
                };
            }
        }

        private static object? Key(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFlowCaptureReferenceOperation capture => capture.Id,
            IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } member => member.Member.OriginalDefinition,
            IConversionOperation conversion => Key(conversion.Operand),
            _ => null,
        };

        private Taint? Create(IObjectCreationOperation creation, ref FlowState state)
        {
            if (engine.Sources.SiteOf(creation, owner, out var siteOperation) is { } site)
            {
                return Taint.Of(SourceOrigin(site, siteOperation ?? creation));
            }

            // A constructor keeps what it is handed (a record's positional member, a request's content):
            // each argument goes into the member its parameter names.
            Taint? result = null;
            foreach (var argument in creation.Arguments)
            {
                var value = Eval(argument.Value, ref state);
                if (value != null)
                {
                    result = Taint.WithField(result, argument.Parameter?.Name ?? "arg", value);
                }
            }

            if (creation.Initializer is { } initializer)
            {
                foreach (var item in initializer.Initializers)
                {
                    if (item is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment)
                    {
                        var value = Eval(assignment.Value, ref state);
                        if (value != null && engine.Tables.Find(member.Member, setter: true) is { Role: FlowRole.Sink } row)
                        {
                            Sink(assignment, row, row.DisplayName(member.Member.Name), value, insecure: false);
                        }
                        else if (value != null && member.Member is IPropertySymbol && engine.IsEntity(creation.Type))
                        {
                            Sink(assignment, Data.StorageSinks.EntityProperty, member.Member.ContainingType.Name + "." + member.Member.Name, value, insecure: false);
                        }

                        result = Taint.WithField(result, member.Member.Name, value);
                    }
                    else
                    {
                        result = Taint.Union(result, Eval(item, ref state)?.Flattened());
                    }
                }
            }

            return result;
        }

        private Taint? Invoke(IInvocationOperation invocation, ref FlowState state)
        {
            var method = invocation.TargetMethod;
            if (engine.Sources.SiteOf(invocation, owner, out var siteOperation) is { } site)
            {
                // A source can be a sink too (an SDK's SetUserId reads the id and sends it).
                var sink = engine.Tables.Find(method, setter: false) is { Role: FlowRole.Sink } sinkRow ? sinkRow : null;
                foreach (var argument in invocation.Arguments)
                {
                    if (Eval(argument, ref state) is { } given && sink != null)
                    {
                        Sink(invocation, sink, sink.DisplayName(method.Name), given, insecure: false);
                    }
                }

                return Taint.Of(SourceOrigin(site, siteOperation ?? invocation));
            }

            var receiver = invocation.Instance is null ? null : Eval(invocation.Instance, ref state);
            var arguments = new Taint?[invocation.Arguments.Length];
            var any = receiver != null;
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Eval(invocation.Arguments[i].Value, ref state);
                any |= arguments[i] != null;
            }

            if (!any && !engine.IsInSource(method) && method.MethodKind != MethodKind.LocalFunction)
            {
                // Nothing personal goes in, and a library call brings nothing personal out.
                return null;
            }

            if (FlowEngine.IsUserSanitizer(method))
            {
                return null;
            }

            if (engine.IsLoggerMessage(method))
            {
                for (var i = 0; i < arguments.Length; i++)
                {
                    if (arguments[i] != null && !IsClassified(invocation.Arguments[i].Parameter))
                    {
                        Sink(invocation, LoggerMessageRow, method.ContainingType.Name + "." + method.Name + " ([LoggerMessage])", arguments[i]!, insecure: false);
                    }
                }

                return null;
            }

            if (engine.Tables.Find(method, setter: false) is { } row)
            {
                switch (row.Role)
                {
                    case FlowRole.Redactor:
                        return null;
                    case FlowRole.Hash:
                        return Union(receiver, arguments)?.Pseudonymised();
                    case FlowRole.Sink:
                        var insecure = row.Kind == SinkKind.Network && HasPlainHttp(invocation);
                        row = LlmProvenance.Refine(row, invocation, graph.OriginalOperation.SemanticModel);
                        for (var i = 0; i < arguments.Length; i++)
                        {
                            if (arguments[i] != null)
                            {
                                Sink(invocation, row, row.DisplayName(method.Name), arguments[i]!, insecure);
                            }
                        }

                        return null;
                    case FlowRole.Propagator:
                        return Propagate(invocation, receiver, arguments, ref state);
                }
            }

            if (method.IsImplicitlyDeclared && method.Name == "<Clone>$")
            {
                // A record's `with`: the graph clones the original (then assigns the initialiser's members on the copy).
                return receiver;
            }

            if (method.Name == "ToString" || method.Name == "GetValueOrDefault")
            {
                return Union(receiver, arguments)?.Flattened();
            }

            if (method.MethodKind == MethodKind.LocalFunction)
            {
                return CallLocalFunction(invocation, method, arguments, state);
            }

            if (engine.IsInSource(method))
            {
                if (!any && !engine.MayReturnSource(method, depth - 1, cancellationToken))
                {
                    // Handed nothing personal, and no source of its own to return (to the depth a summary would
                    // follow): the summary cannot change this flow, so its graph is not built.
                    return null;
                }

                return CallSummary(invocation, method, arguments);
            }

            if (receiver != null && method.ReturnType.SpecialType == SpecialType.System_String)
            {
                // Personal data turned into text by its own type (NSUuid.AsString, a value's Format or
                // Display methods) is the same data: the text carries what the value carried.
                return receiver.Flattened();
            }

            if (receiver != null && !method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, method.ContainingType?.OriginalDefinition))
            {
                // A value of a library type turned into another of the same type (an address's MapToIPv4, a
                // date's ToUniversalTime) is the same data.
                return receiver.Flattened();
            }

            if (IsInertQuery(method))
            {
                return null;
            }

            // A call the analysis cannot follow: a coverage gap, never "safe".
            Unresolved(invocation, method, Union(receiver, arguments));
            return null;
        }

        /// <summary>
        /// A core-library query that only inspects the value (<c>string.IsNullOrEmpty</c>, <c>Equals</c>,
        /// <c>Regex.IsMatch</c>, <c>Enumerable.Any</c>): it returns a truth value or a number, writes through
        /// no <c>ref</c> or <c>out</c> parameter, and the runtime's own assemblies hand nothing over in such
        /// a call, so it is not a gap. A socket's <c>Send</c> also returns a number: it is not a core library's.
        /// </summary>
        private static bool IsInertQuery(IMethodSymbol method)
        {
            var result = method.ReturnType;
            if (!(result.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_Double || result.TypeKind == TypeKind.Enum))
            {
                return false;
            }

            foreach (var parameter in method.Parameters)
            {
                if (parameter.RefKind is RefKind.Ref or RefKind.Out)
                {
                    return false;
                }
            }

            return method.ContainingAssembly?.Identity.Name is "System.Runtime" or "System.Private.CoreLib" or "netstandard" or "mscorlib"
                or "System.Linq" or "System.Collections" or "System.Text.RegularExpressions" or "System.Runtime.Extensions";
        }

        /// <summary>A call the analysis cannot follow, handed personal data: a coverage gap, kept as a fact (<see cref="SinkKind.Unresolved"/>).</summary>
        private void Unresolved(IInvocationOperation invocation, IMethodSymbol method, Taint? value)
        {
            collector.Gap(invocation.Syntax.GetLocation());
            if (value is null)
            {
                return;
            }

            var api = (method.ContainingType is { } type ? type.Name + "." : string.Empty) + method.Name;
            foreach (var origin in value.All)
            {
                collector.Sink(invocation, FlowMember.Unresolved, api, origin, insecure: false);
            }
        }

        private Taint? Propagate(IInvocationOperation invocation, Taint? receiver, Taint?[] arguments, ref FlowState state)
        {
            var method = invocation.TargetMethod;
            Taint? given = null;
            foreach (var argument in arguments)
            {
                given = Taint.Union(given, argument?.Flattened());
            }

            if (lambdaReturns != null)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Value is IDelegateCreationOperation { Target: { } target } && lambdaReturns.TryGetValue(target, out var selected))
                    {
                        given = Taint.Union(given, selected);
                    }
                }
            }

            if (invocation.Instance != null && given != null)
            {
                // A mutator (List.Add, StringBuilder.Append) puts the data into its receiver.
                Weak(invocation.Instance, given, ref state);
            }

            if (method.ReturnsVoid || method.ReturnType.SpecialType is SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Char)
            {
                return null;
            }

            return Taint.Union(receiver?.Flattened(), given);
        }

        private Taint? CallLocalFunction(IInvocationOperation invocation, IMethodSymbol method, Taint?[] arguments, FlowState state)
        {
            if (nested >= MaxNestedDepth)
            {
                Unresolved(invocation, method, Union(null, arguments));
                return null;
            }

            var local = graph.GetLocalFunctionControlFlowGraphInScope(method.OriginalDefinition);
            var entry = state;
            for (var i = 0; i < arguments.Length && i < invocation.Arguments.Length; i++)
            {
                if (invocation.Arguments[i].Parameter is { } parameter)
                {
                    entry = entry.Set(parameter.OriginalDefinition, arguments[i]?.WithHop(invocation.Syntax.GetLocation(), "passed to " + method.Name));
                }
            }

            return WalkNested(local, method, entry);
        }

        /// <summary>
        /// The state a lambda starts with: the state at its point, and its own parameters that are sources (a minimal API
        /// handler's <c>(string email) =&gt; …</c> bound from the request, a classified parameter).
        /// </summary>
        private FlowState LambdaEntry(IFlowAnonymousFunctionOperation lambda, FlowState state)
        {
            foreach (var parameter in lambda.Symbol.Parameters)
            {
                if (engine.Sources.SiteOf(parameter, owner) is { } site)
                {
                    var location = parameter.Locations.IsEmpty ? lambda.Syntax.GetLocation() : parameter.Locations[0];
                    state = state.Set(parameter, Taint.Of(Origin.FromSite(site, location, ImmutableArray<string>.Empty)));
                }
            }

            return state;
        }

        private Taint? WalkNested(ControlFlowGraph nestedGraph, IMethodSymbol function, FlowState entry)
        {
            if (nested >= MaxNestedDepth)
            {
                return null;
            }

            var walker = new FlowWalker(engine, nestedGraph, owner, collector, depth, cancellationToken, nested + 1);
            return walker.Run(entry);
        }

        private Taint? CallSummary(IInvocationOperation invocation, IMethodSymbol method, Taint?[] arguments)
        {
            var summary = engine.Summary(method, depth - 1, cancellationToken);
            if (summary is null)
            {
                // Past the depth bound, recursion, or a body that cannot be followed: unknown, never "safe".
                Unresolved(invocation, method, Union(null, arguments));
                return null;
            }

            collector.AddGaps(summary.Gaps);
            var location = invocation.Syntax.GetLocation();
            var hop = "passed to " + method.Name;
            var parameters = ParameterIndexes(invocation);
            var calleeRecipients = default(ImmutableArray<string>);
            foreach (var sink in summary.Sinks)
            {
                if (ArgumentFor(sink.Parameter, parameters, arguments) is not { } given)
                {
                    continue;
                }

                calleeRecipients = calleeRecipients.IsDefault ? DeclaredRecipients(method) : calleeRecipients;
                foreach (var origin in given.All)
                {
                    // A declaration on the callee that names the processor covers what it sends, and so does one on a
                    // helper below it (the summary's sink carries what the declarations on its way name).
                    var carried = origin.WithHop(location, hop).WithHops(sink.Hops, sink.Pseudonymised).WithHop(sink.Location, "handed to " + sink.Api)
                        .WithRecipients(calleeRecipients).WithRecipients(sink.Recipients);
                    collector.Sink(invocation, sink.Row, sink.Api, carried, sink.Insecure);
                }
            }

            if (summary.Returned is not { } returnedTaint)
            {
                return null;
            }

            var result = MapBack(returnedTaint.Origins, parameters, arguments, location, hop + ", returned");
            if (returnedTaint.Fields != null)
            {
                foreach (var field in returnedTaint.Fields)
                {
                    if (field.Key == ThrownField)
                    {
                        // What the callee throws reaches the caller's catch (and the caller's own callers), not its result.
                        var raised = MapBack(field.Value.All, parameters, arguments, location, "thrown by " + method.Name);
                        Raise(raised, null);
                    }
                    else
                    {
                        result = Taint.Union(result, MapBack(field.Value.All, parameters, arguments, location, hop + ", returned"));
                    }
                }
            }

            return result;
        }

        /// <summary>A callee's origins in the caller's terms: its own sources as they are, a parameter's as the argument handed to it.</summary>
        private static Taint? MapBack(ImmutableArray<Origin> origins, int[] parameters, Taint?[] arguments, Location location, string hop)
        {
            Taint? result = null;
            foreach (var origin in origins)
            {
                if (origin.Parameter < 0)
                {
                    result = Taint.Union(result, Taint.Of(origin));
                }
                else if (ArgumentFor(origin.Parameter, parameters, arguments) is { } given)
                {
                    foreach (var passed in given.All)
                    {
                        result = Taint.Union(result, Taint.Of(passed.WithHop(location, hop).WithHops(origin.Hops, origin.Pseudonymised)));
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// An exception carrying personal data is thrown here: a catch below sees it, and so do the callers, unless a catch
        /// around it surely takes it (<paramref name="type"/> is the thrown type when known; a callee's is not).
        /// </summary>
        private void Raise(Taint? exception, ITypeSymbol? type)
        {
            if (exception is null)
            {
                return;
            }

            if (!IsCaughtAround(graph.Blocks[currentBlock], type))
            {
                thrown = Taint.Union(thrown, exception);
            }

            raisedIn ??= new Dictionary<int, Taint>();
            var earlier = raisedIn.TryGetValue(currentBlock, out var known) ? known : null;
            var raised = Taint.Union(earlier, exception)!;
            if (!Taint.Same(earlier, raised))
            {
                raisedIn[currentBlock] = raised;
                raisedChanged = true;
            }
        }

        /// <summary>
        /// Whether a catch of a try around the block takes an exception of <paramref name="type"/> whatever it is: one with
        /// no filter, for <c>Exception</c> (or no type), or for the thrown type or a base of it. A callee's exception, whose
        /// type is not kept, is taken only by a catch of any exception.
        /// </summary>
        private static bool IsCaughtAround(BasicBlock block, ITypeSymbol? type)
        {
            for (var region = block.EnclosingRegion; region != null; region = region.EnclosingRegion)
            {
                if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { Kind: ControlFlowRegionKind.TryAndCatch } tryAndCatch)
                {
                    continue;
                }

                foreach (var handler in tryAndCatch.NestedRegions)
                {
                    if (handler.Kind == ControlFlowRegionKind.Catch && Catches(handler.ExceptionType, type))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Catches(ITypeSymbol? caught, ITypeSymbol? thrownType)
        {
            if (caught is null || caught.SpecialType == SpecialType.System_Object
                || caught is { Name: "Exception", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }

            for (var current = thrownType as INamedTypeSymbol; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, caught.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>For each parameter ordinal of the callee, the index of its argument in the invocation.</summary>
        private static int[] ParameterIndexes(IInvocationOperation invocation)
        {
            var indexes = new int[invocation.TargetMethod.Parameters.Length];
            for (var i = 0; i < indexes.Length; i++)
            {
                indexes[i] = -1;
            }

            for (var i = 0; i < invocation.Arguments.Length; i++)
            {
                if (invocation.Arguments[i].Parameter is { Ordinal: var ordinal } && ordinal < indexes.Length)
                {
                    indexes[ordinal] = i;
                }
            }

            return indexes;
        }

        private static Taint? ArgumentFor(int parameter, int[] indexes, Taint?[] arguments)
            => parameter < indexes.Length && indexes[parameter] >= 0 ? arguments[indexes[parameter]] : null;

        private void Sink(IOperation at, FlowMember row, string api, Taint value, bool insecure)
        {
            if (ownerRecipients.IsDefault)
            {
                ownerRecipients = DeclaredRecipients(owner);
            }

            foreach (var origin in value.All)
            {
                collector.Sink(at, row, api, origin.WithRecipients(ownerRecipients), insecure);
            }
        }

        /// <summary>
        /// The recipients the <c>[CollectsPersonalData]</c> declarations on a member and its types name, whatever their
        /// categories: a member declared to send to OpenAI (<c>Recipients = new[] { "OpenAI" }</c>) declares that
        /// processor for what its sinks send, as a policy's <c>recipients:</c> does for the whole project.
        /// </summary>
        private ImmutableArray<string> DeclaredRecipients(ISymbol member)
        {
            var annotations = engine.Privacy.Annotations;
            var result = ImmutableArray<string>.Empty;
            for (var scope = member; scope is IMethodSymbol or INamedTypeSymbol or IPropertySymbol; scope = scope.ContainingSymbol)
            {
                foreach (var attribute in scope.GetAttributes())
                {
                    if (annotations.IsCollectsPersonalData(attribute.AttributeClass))
                    {
                        result = result.AddRange(FlowRecipients.Of(attribute));
                    }
                }
            }

            return result;
        }

        private Origin SourceOrigin(CollectionSite site, IOperation operation)
        {
            var annotations = engine.Privacy.Annotations;
            var coverage = Coverage.Find(operation, owner, site.Category, annotations, engine.Privacy.Settings(operation.Syntax.SyntaxTree));
            var recipients = ImmutableArray<string>.Empty;
            if (coverage.Declaration is { } declaration)
            {
                site = site.WithDeclaration(AnnotationTypes.FirstStringArgument(declaration), AnnotationTypes.Purposes(declaration));
                recipients = FlowRecipients.Of(declaration);
            }

            return Origin.FromSite(site, operation.Syntax.GetLocation(), recipients);
        }

        private bool IsClassified(IParameterSymbol? parameter)
        {
            if (parameter is null || engine.DataClassification is null)
            {
                return false;
            }

            foreach (var attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && PersonalDataAttributes.InheritsFrom(type, engine.DataClassification))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasPlainHttp(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (StartsWithHttp(argument.Value))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsWithHttp(IOperation value)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    return StartsWithHttp(conversion.Operand);
                case IInterpolatedStringOperation { Parts.Length: > 0 } interpolated:
                    return interpolated.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } } && IsPlainHttp(text);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    return StartsWithHttp(binary.LeftOperand);
                case IObjectCreationOperation { Arguments.Length: > 0 } creation:
                    return StartsWithHttp(creation.Arguments[0].Value);
                default:
                    return value.ConstantValue is { HasValue: true, Value: string constant } && IsPlainHttp(constant);
            }
        }

        private static bool IsPlainHttp(string text) => text.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase);

        private static Taint? Union(Taint? receiver, Taint?[] arguments)
        {
            var result = receiver?.Flattened();
            foreach (var argument in arguments)
            {
                result = Taint.Union(result, argument?.Flattened());
            }

            return result;
        }

        private static readonly FlowMember LoggerMessageRow = FlowMember.Sink(SinkKind.Log, "Microsoft.Extensions.Logging.LoggerMessageAttribute", "", "Microsoft.Extensions.Logging", "https://learn.microsoft.com/dotnet/core/extensions/logger-message-generator");
    }
}
