using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// A <c>[CollectsPersonalData(category, purposes…)]</c> as written: its ids and where each one is,
    /// so rules can report at the very argument at fault.
    /// </summary>
    internal sealed class DeclarationSyntax
    {
        private DeclarationSyntax(AttributeSyntax attribute, IdArgument category, List<IdArgument> purposes)
        {
            Attribute = attribute;
            Category = category;
            Purposes = purposes;
        }

        public AttributeSyntax Attribute { get; }

        public IdArgument Category { get; }

        public IReadOnlyList<IdArgument> Purposes { get; }

        /// <summary>
        /// Reads an attribute if it is a <c>CollectsPersonalData</c>: a name check first (cheap), the
        /// symbol only when the name matches. Arguments that are not constants are skipped.
        /// </summary>
        public static DeclarationSyntax? TryRead(AttributeSyntax attribute, SemanticModel model, AnnotationTypes annotations, System.Threading.CancellationToken cancellationToken)
        {
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
            if (name != "CollectsPersonalData" && name != AnnotationTypes.CollectsPersonalDataName)
            {
                return null;
            }

            if (model.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor
                || !annotations.IsCollectsPersonalData(constructor.ContainingType)
                || attribute.ArgumentList is not { Arguments.Count: > 0 } list)
            {
                return null;
            }

            IdArgument? category = null;
            var purposes = new List<IdArgument>();
            foreach (var argument in list.Arguments)
            {
                if (argument.NameEquals != null)
                {
                    continue; // Justification, Retention, Recipients.
                }

                if (category is null)
                {
                    category = Read(argument.Expression, model, cancellationToken);
                    if (category is null)
                    {
                        return null;
                    }

                    continue;
                }

                if (argument.Expression is ArrayCreationExpressionSyntax { Initializer: { } initializer })
                {
                    AddAll(initializer.Expressions, model, purposes, cancellationToken);
                }
                else if (argument.Expression is ImplicitArrayCreationExpressionSyntax implicitArray)
                {
                    AddAll(implicitArray.Initializer.Expressions, model, purposes, cancellationToken);
                }
                else if (Read(argument.Expression, model, cancellationToken) is { } purpose)
                {
                    purposes.Add(purpose);
                }
            }

            return category is null ? null : new DeclarationSyntax(attribute, category, purposes);
        }

        private static void AddAll(SeparatedSyntaxList<ExpressionSyntax> expressions, SemanticModel model, List<IdArgument> purposes, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var expression in expressions)
            {
                if (Read(expression, model, cancellationToken) is { } purpose)
                {
                    purposes.Add(purpose);
                }
            }
        }

        private static IdArgument? Read(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken)
            => model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string id } ? new IdArgument(id, expression) : null;
    }

    /// <summary>One id argument of a declaration and its expression.</summary>
    internal sealed class IdArgument
    {
        public IdArgument(string id, ExpressionSyntax expression)
        {
            Id = id;
            Expression = expression;
        }

        public string Id { get; }

        public ExpressionSyntax Expression { get; }

        public bool IsLiteral => Expression.IsKind(SyntaxKind.StringLiteralExpression);
    }
}
