using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// The EF Core entity types a model configures without a <c>DbSet&lt;T&gt;</c>
    /// (https://learn.microsoft.com/ef/core/modeling/entity-types#including-types-in-the-model): the <c>T</c> of
    /// <c>modelBuilder.Entity&lt;T&gt;()</c> in a context's <c>OnModelCreating</c>, and of a class implementing
    /// <c>IEntityTypeConfiguration&lt;T&gt;</c> (what <c>ApplyConfiguration</c> and <c>ApplyConfigurationsFromAssembly</c>
    /// apply). Part of the one walk over the compilation's types that <see cref="FlowEngine"/> makes on first need.
    /// </summary>
    internal static class EntityConfiguration
    {
        /// <summary>Adds the entities <paramref name="type"/> configures (as a configuration class, or as a context).</summary>
        public static void AddConfigured(INamedTypeSymbol type, HashSet<INamedTypeSymbol> found, Func<SyntaxTree, SemanticModel> modelOf, CancellationToken cancellationToken)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented is { Name: "IEntityTypeConfiguration", TypeArguments.Length: 1 } && IsEfCore(implemented.ContainingNamespace)
                    && implemented.TypeArguments[0] is INamedTypeSymbol configured)
                {
                    found.Add(configured.OriginalDefinition);
                }
            }

            if (!IsContext(type))
            {
                return;
            }

            foreach (var member in type.GetMembers("OnModelCreating"))
            {
                if (member is not IMethodSymbol { IsOverride: true } method)
                {
                    continue;
                }

                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    SemanticModel? model = null;
                    foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                    {
                        // The name first (cheap), then the symbol: ModelBuilder.Entity<T>, or EntityTypeBuilder's owned and nested builders are not entities.
                        if (node is GenericNameSyntax { Identifier.ValueText: "Entity", TypeArgumentList.Arguments.Count: 1 } name)
                        {
                            model ??= modelOf(reference.SyntaxTree);
                            if (model.GetSymbolInfo(name, cancellationToken).Symbol is IMethodSymbol { TypeArguments.Length: 1 } entity
                                && entity.ContainingType is { Name: "ModelBuilder" } builder && IsEfCore(builder.ContainingNamespace)
                                && entity.TypeArguments[0] is INamedTypeSymbol configured)
                            {
                                found.Add(configured.OriginalDefinition);
                            }
                        }
                    }
                }
            }
        }

        private static bool IsContext(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (current is { Name: "DbContext", Arity: 0 } && IsEfCore(current.ContainingNamespace))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsEfCore(INamespaceSymbol? ns)
            => ns is { Name: "EntityFrameworkCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } };
    }
}
