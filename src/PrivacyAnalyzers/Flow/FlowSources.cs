using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Where a flow starts: a catalogued site or a <c>[PersonalDataSource]</c> (through the one
    /// <see cref="SiteDetector"/>), or a member or parameter classified personal
    /// (<c>[PersonalData]</c>, <c>DataClassificationAttribute</c>, and on bound request models
    /// <c>[EmailAddress]</c>, <c>[Phone]</c>, <c>[CreditCard]</c>). A member's attributes are read once
    /// per compilation and cached by reference.
    /// </summary>
    internal sealed class FlowSources
    {
        private const string None = "";

        private readonly PrivacyContext privacy;
        private readonly PersonalDataAttributes attributes;
        private readonly BoundModelSources bound;
        private readonly ConcurrentDictionary<ISymbol, string> categories =
            new ConcurrentDictionary<ISymbol, string>(concurrencyLevel: 4, capacity: 256, SymbolReferenceComparer.Instance);

        private readonly System.Func<ISymbol, string> compute;

        // Per containing type definition: whether any of its members may carry one of the attributes (see
        // PersonalDataAttributes.MembersMayCarry). A few hundred types hold the tens of thousands of member reads
        // the pre-check asks about, and a type's answer needs no attribute of any member.
        private readonly ConcurrentDictionary<ISymbol, bool> typesMayCarry =
            new ConcurrentDictionary<ISymbol, bool>(concurrencyLevel: 4, capacity: 256, SymbolReferenceComparer.Instance);

        private readonly System.Func<ISymbol, bool> membersMayCarry;

        public FlowSources(PrivacyContext privacy)
        {
            this.privacy = privacy;
            var types = privacy.Types;
            attributes = new PersonalDataAttributes(types);
            bound = new BoundModelSources(privacy);
            compute = Compute;
            membersMayCarry = type => attributes.MembersMayCarry((INamedTypeSymbol)type);
            IsEmpty = privacy.IsEmpty && attributes.IsEmpty && bound.IsEmpty;
        }

        /// <summary>Whether nothing in the compilation can start a flow.</summary>
        public bool IsEmpty { get; }

        /// <summary>Microsoft.Extensions.Compliance's base of every data classification attribute, when referenced.</summary>
        public INamedTypeSymbol? DataClassification => attributes.DataClassification;

        /// <summary>Whether an operation is a source by itself (cheap checks first); for the "holds a source" pre-check.</summary>
        public bool IsSource(IOperation operation, IMethodSymbol? owner)
        {
            switch (operation.Kind)
            {
                case OperationKind.Invocation when Data.StoredReads.TryGetCategory(((IInvocationOperation)operation).TargetMethod, out _):
                    // An account store's read of a classified member (FLOW5: Flow/Data/StoredReads).
                    return true;
                case OperationKind.Invocation:
                case OperationKind.ObjectCreation:
                case OperationKind.MethodReference:
                case OperationKind.EventReference:
                    return !privacy.Index.IsEmpty && SiteDetector.TryGetSite(operation, privacy.Index, out _);
                case OperationKind.PropertyReference:
                case OperationKind.FieldReference:
                    var member = ((IMemberReferenceOperation)operation).Member;
                    return (!privacy.Index.IsEmpty && SiteDetector.TryGetSite(operation, privacy.Index, out _)) || CategoryOf(member) != null
                        || bound.Contains(member);
                case OperationKind.ParameterReference:
                    return IsSource(((IParameterReferenceOperation)operation).Parameter);
                default:
                    return false;
            }
        }

        /// <summary>The site an operation collects, or null: the catalogue first, then classified members.</summary>
        public CollectionSite? SiteOf(IOperation operation, ISymbol owner, out IOperation? siteOperation)
        {
            siteOperation = null;
            if (!privacy.Index.IsEmpty && SiteDetector.TryGetSite(operation, privacy.Index, out var match))
            {
                siteOperation = match.Operation;
                return new CollectionSite(match.Category, match.ApiName, SiteKind.ApiCall, match.Source.MemberId, platform: match.Source.Platform, member: ScopeNames.MemberName(owner));
            }

            if (operation is IInvocationOperation { TargetMethod: var read } && Data.StoredReads.TryGetCategory(read, out var stored))
            {
                // `await users.GetEmailAsync(user)`: the classified member the account store reads back (FLOW5: Flow/Data/StoredReads).
                siteOperation = operation;
                return new CollectionSite(stored, read.ContainingType.Name + "." + read.Name, SiteKind.ApiCall, DocumentationCommentId.CreateDeclarationId(read.OriginalDefinition), platform: Platforms.AspNetCore, member: ScopeNames.MemberName(owner));
            }

            if (operation is IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } reference
                && CategoryOf(reference.Member) is { } category)
            {
                siteOperation = operation;
                return ClassifiedSite(reference.Member, category, owner);
            }

            if (operation is IMemberReferenceOperation { Member: IPropertySymbol } boundReference
                && bound.SiteOf(boundReference.Member, owner) is { } boundSite)
            {
                // `request.FullName` in an action that binds the request: the bound-model rule's site.
                siteOperation = operation;
                return boundSite;
            }

            return null;
        }

        /// <summary>The site a classified or request-bound parameter is, or null.</summary>
        public CollectionSite? SiteOf(IParameterSymbol parameter, ISymbol owner)
            => CategoryOf(parameter) is { } category ? ClassifiedSite(parameter, category, owner)
                : MayBeBound(parameter) ? bound.SiteOf(parameter, owner) : null;

        /// <summary>Whether a method has a parameter bound from the request that is personal (no attribute needed).</summary>
        public bool BindsParameterOf(IMethodSymbol method) => !bound.IsEmpty && bound.BindsParameterOf(method);

        /// <summary>Whether a parameter is a source by itself: classified, or bound from the request and named for what it holds.</summary>
        public bool IsSource(IParameterSymbol parameter)
            => CategoryOf(parameter) != null || (MayBeBound(parameter) && bound.Contains(parameter));

        /// <summary>Whether a lambda's parameter can be bound here: some minimal-API handler lambda binds one (BoundModelSources).</summary>
        public bool BindsLambdaParameters => bound.BindsLambdaParameters;

        /// <summary>A method's parameter may be bound; a lambda's only where a minimal-API handler lambda binds some.</summary>
        private bool MayBeBound(IParameterSymbol parameter) => !IsDeclaredInBody(parameter) || bound.BindsLambdaParameters;

        /// <summary>
        /// Whether a parameter reference, <paramref name="reference"/>, to a lambda's or local function's parameter may
        /// be a source: only when one of the lambdas and local functions around it (one of them declares the parameter)
        /// has an attribute on a parameter, as such a parameter is classified only by its own declaration and never bound.
        /// A walk up the syntax from the reference to <paramref name="body"/>: the pre-check meets every lambda
        /// parameter's every use (<c>x => x.Status</c>), and asking each parameter symbol for its attributes or its
        /// declaration (which the compiler rebuilds from its location on each call) was a quarter of the pre-check.
        /// </summary>
        public static bool MayBeClassified(SyntaxNode reference, SyntaxNode body)
        {
            for (var node = reference.Parent; node != null && node != body; node = node.Parent)
            {
                switch (node)
                {
                    case SimpleLambdaExpressionSyntax simple when simple.Parameter.AttributeLists.Count > 0:
                        return true;
                    case ParenthesizedLambdaExpressionSyntax lambda when AnyAttributes(lambda.ParameterList):
                        return true;
                    case AnonymousMethodExpressionSyntax { ParameterList: { } list } when AnyAttributes(list):
                        return true;
                    case LocalFunctionStatementSyntax local when AnyAttributes(local.ParameterList):
                        return true;
                }
            }

            return false;
        }

        private static bool AnyAttributes(ParameterListSyntax list)
        {
            foreach (var parameter in list.Parameters)
            {
                if (parameter.AttributeLists.Count > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A lambda's or local function's parameter: classified only by an attribute on its own declaration, and bound from
        /// a request only when the lambda is a minimal-API handler (<see cref="BindsLambdaParameters"/>).
        /// </summary>
        public static bool IsDeclaredInBody(IParameterSymbol parameter)
            => parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction };

        private static CollectionSite ClassifiedSite(ISymbol member, string category, ISymbol owner)
        {
            var api = member is IParameterSymbol ? "parameter '" + member.Name + "'" : member.ContainingType.Name + "." + member.Name;
            // A parameter has no documentation-comment id of its own: the site names it by its API alone.
            var id = member is IParameterSymbol ? null : DocumentationCommentId.CreateDeclarationId(member.OriginalDefinition);
            return new CollectionSite(category, api, SiteKind.ApiCall, id, platform: Platforms.UserCode, member: ScopeNames.MemberName(owner));
        }

        /// <summary>The category a member's or parameter's attributes give it, or null.</summary>
        public string? CategoryOf(ISymbol member)
        {
            if (attributes.IsEmpty || !MayCarry(member))
            {
                return null;
            }

            var category = categories.GetOrAdd(member.OriginalDefinition, compute);
            return ReferenceEquals(category, None) ? null : category;
        }

        /// <summary>
        /// Whether a member or parameter may carry one of the attributes, decided without asking for its attributes: a
        /// member by its containing type (<see cref="PersonalDataAttributes.MembersMayCarry"/>), once per type rather than
        /// once per member with a walk up to its assembly; a parameter by its assembly.
        /// </summary>
        private bool MayCarry(ISymbol member)
        {
            switch (member)
            {
                case IPropertySymbol or IFieldSymbol or IEventSymbol when member.OriginalDefinition.ContainingType is { } containing:
                    return typesMayCarry.GetOrAdd(containing.OriginalDefinition, membersMayCarry);
                default:
                    return attributes.MayCarry(member);
            }
        }

        private string Compute(ISymbol member) => attributes.CategoryOf(member, member.GetAttributes()) ?? None;
    }
}
