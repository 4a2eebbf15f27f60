using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Bound request models as flow sources: the members of the types bound by the compilation's actions (and by
    /// pages' and controllers' <c>[BindProperty]</c> properties) that the site detector's bound-model rule
    /// (<see cref="RequestBinding"/>, reported by <c>BoundModelSites</c>) finds personal, at that rule's confidence:
    /// an annotated member at full confidence, a member named for what it holds (<c>FullName</c>,
    /// <c>DateOfBirth</c>) at name confidence, and only while <c>privacy_analyzers.bound_member_names</c> is on.
    /// A member is a source wherever it is read, as an annotated member is: an action that hands its request to
    /// a service (<c>accounts.Register(request)</c>) still hands over what the request carries.
    /// A name that says what it holds only beside personal data (a <c>City</c> next to an <c>Email</c>) is a
    /// site of the form, but not what a value read from it is (a destination's city in a prompt is not the
    /// guest's address), so such members do not start a flow.
    /// The bound members are found once per compilation, on first need, with one walk over its own types.
    /// </summary>
    internal sealed class BoundModelSources
    {
        private readonly PrivacyContext privacy;
        private readonly RequestBinding? binding;

        // Bound members (properties) and bound scalar parameters, by symbol, with the site each is.
        private Dictionary<ISymbol, CollectionSite>? bound;

        public BoundModelSources(PrivacyContext privacy)
        {
            this.privacy = privacy;
            binding = privacy.Binding;
        }

        /// <summary>Whether the compilation binds no request models at all.</summary>
        public bool IsEmpty => binding is null;

        /// <summary>Whether a property is a bound model's personal member (cheap checks first).</summary>
        public bool Contains(ISymbol member)
            => binding != null && member is IPropertySymbol or IParameterSymbol && Members().TryGetValue(member.OriginalDefinition, out _);

        /// <summary>Whether one of a method's own parameters is bound from the request and personal (an action's <c>string email</c>).</summary>
        public bool BindsParameterOf(IMethodSymbol method)
        {
            if (binding is null || method.Parameters.IsEmpty)
            {
                return false;
            }

            var members = Members();
            foreach (var parameter in method.Parameters)
            {
                if (members.ContainsKey(parameter.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The site a bound model's member (<c>request.FullName</c>) or a bound parameter is, read in <paramref name="owner"/>, or null.</summary>
        public CollectionSite? SiteOf(ISymbol member, ISymbol? owner)
        {
            if (binding is null || member is not (IPropertySymbol or IParameterSymbol) || !Members().TryGetValue(member.OriginalDefinition, out var site))
            {
                return null;
            }

            return owner is null ? site : new CollectionSite(
                site.Category,
                site.Api,
                SiteKind.RequestBinding,
                boundPath: site.BoundPath,
                platform: Platforms.AspNetCore,
                member: ScopeNames.MemberName(owner),
                confidence: site.Confidence);
        }

        private Dictionary<ISymbol, CollectionSite> Members()
        {
            var known = Volatile.Read(ref bound);
            if (known is null)
            {
                Interlocked.CompareExchange(ref bound, Find(), null);
                known = Volatile.Read(ref bound)!;
            }

            return known;
        }

        private Dictionary<ISymbol, CollectionSite> Find()
        {
            var found = new Dictionary<ISymbol, CollectionSite>(SymbolReferenceComparer.Instance);
            var fields = new List<BoundField>();
            foreach (var type in OwnClasses.Of(privacy.Compilation.Assembly))
            {
                AddBoundBy(type, fields, found);
            }

            return found;
        }

        /// <summary>What one type binds: its actions' parameters, its <c>[BindProperty]</c> properties.</summary>
        private void AddBoundBy(INamedTypeSymbol type, List<BoundField> fields, Dictionary<ISymbol, CollectionSite> found)
        {
            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IMethodSymbol method when binding!.IsAction(method):
                        foreach (var parameter in method.Parameters)
                        {
                            if (!binding.IsService(parameter))
                            {
                                Add(parameter, parameter.Type, fields, found);
                            }
                        }

                        break;
                    case IPropertySymbol property when binding!.IsBoundProperty(property):
                        Add(property, property.Type, fields, found);
                        break;
                }
            }
        }

        /// <summary>The personal members one bound parameter or property brings in, each resolved from its path to its symbol.</summary>
        private void Add(ISymbol bound, ITypeSymbol type, List<BoundField> fields, Dictionary<ISymbol, CollectionSite> found)
        {
            fields.Clear();
            binding!.Collect(bound, type, fields);
            if (fields.Count == 0 || bound.Locations.Length == 0 || bound.Locations[0].SourceTree is not { } tree)
            {
                return;
            }

            var names = privacy.Settings(tree).BoundMemberNames;
            foreach (var field in fields)
            {
                var segments = field.Path.Split('.');
                if (field.ByName && (!names || !BindingNames.TryGetCategory(segments[segments.Length - 1], out _)))
                {
                    // Off by option, or a name that says what it holds only beside other personal members.
                    continue;
                }

                // A path of one segment is the bound parameter itself (an action's `string phoneNumber`);
                // a bound property by itself is read through its page, whose handlers see it as a member.
                var symbol = segments.Length == 1 ? (bound is IParameterSymbol ? bound.OriginalDefinition : null) : Resolve(type, segments);
                if (symbol is null || found.ContainsKey(symbol))
                {
                    continue;
                }

                found.Add(symbol, new CollectionSite(
                    field.Category,
                    field.Path,
                    SiteKind.RequestBinding,
                    boundPath: field.Path,
                    platform: Platforms.AspNetCore,
                    confidence: field.ByName ? CollectionSite.NameConfidence : null));
            }
        }

        /// <summary>The property a bound path names (<c>BookingRequest.Contact.Phone</c>: the type's name, then members), or null.</summary>
        private static ISymbol? Resolve(ITypeSymbol type, string[] segments)
        {
            IPropertySymbol? current = null;
            var holder = type;
            for (var i = 1; i < segments.Length; i++)
            {
                current = null;
                foreach (var member in holder.GetMembers(segments[i]))
                {
                    if (member is IPropertySymbol { IsStatic: false } property)
                    {
                        current = property;
                        break;
                    }
                }

                if (current is null)
                {
                    return null;
                }

                holder = current.Type;
            }

            return current?.OriginalDefinition;
        }
    }
}
