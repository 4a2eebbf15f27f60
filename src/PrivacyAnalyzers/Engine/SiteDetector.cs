using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Turns an operation into a collection site, or nothing. Every rule that needs sites uses this
    /// one detector, so the IDE, the build and the command-line tool agree on what a site is.
    /// </summary>
    internal static class SiteDetector
    {
        /// <summary>
        /// The operation kinds that can reach a source; analyzers register exactly these (published,
        /// for benchmarks that mirror the registrations, as <see cref="Contract.AnalyzerInventory.OperationKinds"/>).
        /// </summary>
        public static ImmutableArray<OperationKind> OperationKinds { get; } = ImmutableArray.Create(
            OperationKind.Invocation,
            OperationKind.PropertyReference,
            OperationKind.FieldReference,
            OperationKind.EventReference,
            OperationKind.ObjectCreation,
            OperationKind.MethodReference);

        public static bool TryGetSite(IOperation operation, SourceIndex index, out SiteMatch site)
            => TryGetSite(operation, index, out site, out _);

        /// <summary>
        /// As below, reading the options a use-shape rule needs (<see cref="UseShapes.Refine"/>) through
        /// <paramref name="settings"/>, only for matched sites.
        /// </summary>
        public static bool TryGetSite(IOperation operation, SourceIndex index, Func<SyntaxTree, AnalyzerSettings>? settings, out SiteMatch site, out SourceEntry? possible)
        {
            if (!Match(operation, index, out site, out possible))
            {
                return false;
            }

            var options = settings is null ? AnalyzerSettings.Default : settings(operation.Syntax.SyntaxTree);
            var refined = UseShapes.Refine(site, index, options);
            if (refined is null)
            {
                site = default;
                return false;
            }

            if (!ReferenceEquals(refined, site.Category))
            {
                site = site with { Category = refined };
            }

            return true;
        }

        /// <summary>
        /// As above; when the operation uses a value-aware source with an argument that is not a
        /// constant, and the source has no fallback, <paramref name="possible"/> names that source:
        /// the code may collect personal data, depending on a value known only at run time.
        /// </summary>
        public static bool TryGetSite(IOperation operation, SourceIndex index, out SiteMatch site, out SourceEntry? possible)
            => TryGetSite(operation, index, settings: null, out site, out possible);

        /// <summary>The catalog (or a use shape) matched, before the use decides what it yields.</summary>
        private static bool Match(IOperation operation, SourceIndex index, out SiteMatch site, out SourceEntry? possible)
        {
            site = default;
            possible = null;
            var member = UsedMember(operation, out var arguments);
            if (member is null)
            {
                return false;
            }

            var source = index.Find(member);
            if (source is null)
            {
                // The user's own [DllImport] of a Win32 function that reads other applications' input or windows.
                if (member is IMethodSymbol { IsExtern: true } native && operation is IInvocationOperation call)
                {
                    return NativeImports.TryMatch(call, native, out site);
                }

                // Shapes no catalog id names (a claim picked by a lambda, a header through TryGetValue).
                return UseShapes.TryMatch(operation, index, out site) && IsCollectingUse(operation);
            }

            if (!IsCollectingUse(operation))
            {
                return false;
            }

            string? value = null;
            var category = source.Category ?? CategoryFromArgument(source.Argument!, arguments, out value);
            if (category is null)
            {
                if (source.Argument is { Fallback: null } && value is null && HasArgumentFor(source.Argument, arguments))
                {
                    possible = source;
                }

                return false;
            }

            site = new SiteMatch(operation, member, source, category, value);
            return true;
        }

        /// <summary>
        /// The member an operation of one of <see cref="OperationKinds"/> uses, and the arguments it
        /// passes (empty for a field, an event or a method group); null for any other operation.
        /// </summary>
        public static ISymbol? UsedMember(IOperation operation, out ImmutableArray<IArgumentOperation> arguments)
        {
            (ISymbol? member, arguments) = operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IPropertyReferenceOperation property => (property.Property, property.Arguments),
                IFieldReferenceOperation field => (field.Field, ImmutableArray<IArgumentOperation>.Empty),
                IEventReferenceOperation @event => (@event.Event, ImmutableArray<IArgumentOperation>.Empty),
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                IMethodReferenceOperation reference => (reference.Method, ImmutableArray<IArgumentOperation>.Empty),
                _ => ((ISymbol?)null, ImmutableArray<IArgumentOperation>.Empty),
            };
            return member;
        }

        /// <summary>
        /// Reads collect; writes do not (setting the clipboard, a cookie jar assignment), nor does
        /// unsubscribing from an event or naming a member in <c>nameof</c>.
        /// </summary>
        private static bool IsCollectingUse(IOperation operation)
        {
            var parent = operation.Parent;
            switch (operation.Kind)
            {
                case OperationKind.PropertyReference:
                case OperationKind.FieldReference:
                    if (parent is ISimpleAssignmentOperation assignment && assignment.Target == operation)
                    {
                        return false;
                    }

                    break;
                case OperationKind.EventReference:
                    if (parent is not IEventAssignmentOperation { Adds: true })
                    {
                        return false;
                    }

                    break;
            }

            for (var current = parent; current != null; current = current.Parent)
            {
                if (current.Kind == OperationKind.NameOf)
                {
                    return false;
                }
            }

            return true;
        }

        internal static string? CategoryFromArgument(ArgumentRule rule, ImmutableArray<IArgumentOperation> arguments, out string? value)
        {
            value = null;
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name != rule.ParameterName)
                {
                    continue;
                }

                value = ConstantString(argument.Value);
                if (value is null)
                {
                    return rule.Fallback;
                }

                return rule.CategoriesByValue.TryGetValue(value, out var category) ? category : null;
            }

            return rule.Fallback;
        }

        private static bool HasArgumentFor(ArgumentRule rule, ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == rule.ParameterName)
                {
                    return true;
                }
            }

            return false;
        }

        internal static string? ConstantString(IOperation value)
        {
            if (value.ConstantValue is { HasValue: true, Value: string constant })
            {
                return constant;
            }

            // ASP.NET Core's HeaderNames are static readonly fields, not constants.
            if (value is IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field }
                && KnownStringFields.TryGetValue(field, out var known))
            {
                return known;
            }

            return null;
        }
    }
}
