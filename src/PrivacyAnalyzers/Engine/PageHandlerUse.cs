using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What a Razor page does with a <c>[BindProperty]</c> on the requests that post it, read from the page's own syntax
    /// (its declaration, every part of a partial class), outside its GET handlers (<c>OnGet…</c>, which only fill the
    /// property for display):
    /// <list type="bullet">
    /// <item>whether it uses the posted value at all: a delete page's <c>OnPostAsync(int? id)</c> that deletes by the route id,
    /// or a confirmation page's <c>if (Booking == null)</c>, binds a form it never reads, and collects nothing through it;
    /// assigning the property, and comparing it with null, are not uses;</item>
    /// <item>which of its members the page sets itself (<c>Booking.TheUser = loggedInUser</c>): a value the server puts there
    /// replaces whatever the request posted, so those members are not the form's input;</item>
    /// <item>which members it reads, when it only ever reads members (<c>user.Email = Input.Email</c>) and never hands the
    /// whole object on: an entity reused as a form (an <c>IdentityUser</c> subclass) inherits members its form does not post,
    /// and those it never reads (the inherited <c>PhoneNumber</c> on a form that posts names and an address) are not what
    /// the page takes in. A form type's own members are there because its form posts them, read or not (a registration's
    /// <c>Password</c>, read through the handler's parameter that binds the same form).</item>
    /// </list>
    /// Only for pages with posting handlers (<see cref="RequestBinding.IsBoundProperty"/>); a page or property with no
    /// declaration in source is taken to use everything. Names are compared within the page's own class, where
    /// <c>Input</c> is the bound property.
    /// https://learn.microsoft.com/aspnet/core/razor-pages/#writing-a-basic-form
    /// </summary>
    internal readonly struct PageHandlerUse
    {
        private PageHandlerUse(bool usesValue, HashSet<string>? assignedMembers, HashSet<string>? readMembers = null)
        {
            UsesValue = usesValue;
            AssignedMembers = assignedMembers;
            ReadMembers = readMembers;
        }

        /// <summary>The members the page reads, when it reads nothing but members of the property; null when it uses it whole.</summary>
        public HashSet<string>? ReadMembers { get; }

        /// <summary>
        /// Whether a bound member (its first member under the bound type, <c>TheUser</c> of <c>Booking.TheUser.Email</c>) is the
        /// form's input; <paramref name="inherited"/> for a member inherited from the framework.
        /// </summary>
        public bool Keeps(string member, bool inherited)
            => !(AssignedMembers?.Contains(member) ?? false) && (!inherited || ReadMembers is null || ReadMembers.Contains(member));

        /// <summary>Whether code outside the GET handlers reads the posted value (or passes it on).</summary>
        public bool UsesValue { get; }

        /// <summary>The members of the property the page sets outside its GET handlers (<c>Booking.TheUser = …</c>), or null.</summary>
        public HashSet<string>? AssignedMembers { get; }

        public static PageHandlerUse Of(IPropertySymbol property)
        {
            var type = property.ContainingType;
            if (type is null || type.DeclaringSyntaxReferences.Length == 0)
            {
                return new PageHandlerUse(usesValue: true, assignedMembers: null);
            }

            var uses = false;
            var whole = false;
            HashSet<string>? assigned = null;
            HashSet<string>? read = null;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
                {
                    return new PageHandlerUse(usesValue: true, assignedMembers: null);
                }

                foreach (var member in declaration.Members)
                {
                    if (IsReadHandler(member) || member is PropertyDeclarationSyntax { Identifier.ValueText: var declared } && declared == property.Name)
                    {
                        continue;
                    }

                    foreach (var node in member.DescendantNodes())
                    {
                        // A property named as its type (AppUsers AppUsers) shares its name with UserManager<AppUsers>: a type is no use.
                        if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == property.Name
                            && !SyntaxFacts.IsInNamespaceOrTypeContext(identifier))
                        {
                            uses |= IsUse(identifier, ref assigned, ref read, ref whole);
                        }
                    }
                }
            }

            return new PageHandlerUse(uses, assigned, whole ? null : read ?? new HashSet<string>(StringComparer.Ordinal));
        }

        /// <summary>A GET (or HEAD) handler: it shows the page, filling the property from the app's own data.</summary>
        private static bool IsReadHandler(MemberDeclarationSyntax member)
            => member is MethodDeclarationSyntax method && RequestBinding.PageHandlerVerb(method.Identifier.ValueText) is "Get" or "Head" or "Options";

        /// <summary>
        /// Whether an occurrence of the property's name reads its value: not when it is assigned, compared with null, or a
        /// member of it is assigned (that member is recorded in <paramref name="assigned"/>). A read of a member is recorded in
        /// <paramref name="read"/>; any other use (the object handed on, returned, bound again) sets <paramref name="whole"/>.
        /// </summary>
        private static bool IsUse(IdentifierNameSyntax identifier, ref HashSet<string>? assigned, ref HashSet<string>? read, ref bool whole)
        {
            ExpressionSyntax expression = identifier;
            if (identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier)
            {
                if (access.Expression is not ThisExpressionSyntax)
                {
                    // Another object's member of the same name: not the property, and nothing to decide from.
                    return false;
                }

                expression = access;
            }

            switch (expression.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    return false;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    return !IsNull(binary.Left == expression ? binary.Right : binary.Left);
                case IsPatternExpressionSyntax pattern:
                    return !IsNullPattern(pattern.Pattern);
                case MemberAccessExpressionSyntax member when member.Expression == expression
                    && member.Parent is AssignmentExpressionSyntax set && set.Left == member && set.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    (assigned ??= new HashSet<string>(StringComparer.Ordinal)).Add(member.Name.Identifier.ValueText);
                    return false;
                case MemberAccessExpressionSyntax member when member.Expression == expression:
                    (read ??= new HashSet<string>(StringComparer.Ordinal)).Add(member.Name.Identifier.ValueText);
                    return true;
                case ConditionalAccessExpressionSyntax conditional when conditional.Expression == expression
                    && conditional.WhenNotNull is MemberBindingExpressionSyntax binding:
                    (read ??= new HashSet<string>(StringComparer.Ordinal)).Add(binding.Name.Identifier.ValueText);
                    return true;
                default:
                    whole = true;
                    return true;
            }
        }

        private static bool IsNull(ExpressionSyntax expression) => expression.IsKind(SyntaxKind.NullLiteralExpression);

        private static bool IsNullPattern(PatternSyntax pattern) => pattern switch
        {
            ConstantPatternSyntax constant => IsNull(constant.Expression),
            UnaryPatternSyntax { Pattern: ConstantPatternSyntax negated } => IsNull(negated.Expression),
            _ => false,
        };
    }
}
