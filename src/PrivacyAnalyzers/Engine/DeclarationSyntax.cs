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
        /// Reads an attribute if it is a <c>CollectsPersonalData</c>: a name check first (cheap), then
        /// the values the compiler already bound for the symbol the attribute is on (its
        /// <see cref="AttributeData"/>), paired with the argument expressions by position. Only when the
        /// owner or the arguments cannot be paired that way (an unusual target, a named argument out of
        /// order) is the attribute bound again through the semantic model. Arguments that are not
        /// constants are skipped.
        /// </summary>
        public static DeclarationSyntax? TryRead(AttributeSyntax attribute, SemanticModel model, AnnotationTypes annotations, System.Threading.CancellationToken cancellationToken)
        {
            if (!AttributeNames.Is(attribute, AnnotationTypes.CollectsPersonalDataName)
                || attribute.ArgumentList is not { Arguments.Count: > 0 } list)
            {
                return null;
            }

            var expressions = Expressions(list);
            if (expressions.Category is null)
            {
                return null;
            }

            var owner = Owner(attribute, model, cancellationToken);
            if (owner != null)
            {
                foreach (var data in owner.GetAttributes())
                {
                    if (data.ApplicationSyntaxReference is { } reference && reference.Span == attribute.Span && reference.SyntaxTree == attribute.SyntaxTree)
                    {
                        return annotations.IsCollectsPersonalData(data.AttributeClass) ? FromAttributeData(attribute, data, expressions) ?? FromSemanticModel(attribute, model, expressions, cancellationToken) : null;
                    }
                }
            }

            if (model.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor
                || !annotations.IsCollectsPersonalData(constructor.ContainingType))
            {
                return null;
            }

            return FromSemanticModel(attribute, model, expressions, cancellationToken);
        }

        /// <summary>The symbol an attribute applies to, for the usual placements; null for the rest.</summary>
        private static ISymbol? Owner(AttributeSyntax attribute, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        {
            if (attribute.Parent is not AttributeListSyntax list)
            {
                return null;
            }

            var target = list.Target?.Identifier.ValueText;
            switch (list.Parent)
            {
                case CompilationUnitSyntax:
                    return target == "assembly" ? model.Compilation.Assembly : null;
                case BaseFieldDeclarationSyntax field when target is null or "field" or "event" && field.Declaration.Variables.Count > 0:
                    return model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken);
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax when target is null or "type":
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax when target is null or "method":
                case BasePropertyDeclarationSyntax when target is null or "property" or "event":
                    return model.GetDeclaredSymbol(list.Parent, cancellationToken);
                case LocalFunctionStatementSyntax local when target is null or "method":
                    return model.GetDeclaredSymbol(local, cancellationToken);
                case LambdaExpressionSyntax lambda when target is null or "method":
                    return model.GetSymbolInfo(lambda, cancellationToken).Symbol;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The category and purpose expressions as written: loose trailing purposes, or one array (or
        /// collection expression) of them. Not positional when an element cannot be paired with a value (a spread).
        /// </summary>
        private static WrittenArguments Expressions(AttributeArgumentListSyntax list)
        {
            ExpressionSyntax? category = null;
            var purposes = new List<ExpressionSyntax>();
            var positional = true;
            foreach (var argument in list.Arguments)
            {
                if (argument.NameEquals != null)
                {
                    continue; // Justification, Retention, Recipients.
                }

                // By name (`purposes: …, category: …`) or by position: the category comes first.
                var name = argument.NameColon?.Name.Identifier.ValueText;
                if (name == "category" || (name is null && category is null))
                {
                    category = argument.Expression;
                    continue;
                }

                switch (argument.Expression)
                {
                    case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                        purposes.AddRange(initializer.Expressions);
                        break;
                    case ImplicitArrayCreationExpressionSyntax implicitArray:
                        purposes.AddRange(implicitArray.Initializer.Expressions);
                        break;
                    case CollectionExpressionSyntax collection:
                        foreach (var element in collection.Elements)
                        {
                            if (element is ExpressionElementSyntax expression)
                            {
                                purposes.Add(expression.Expression);
                            }
                            else
                            {
                                positional = false;
                            }
                        }

                        break;
                    default:
                        purposes.Add(argument.Expression);
                        break;
                }
            }

            return new WrittenArguments(category, purposes, positional);
        }

        /// <summary>The values the compiler bound, by position; null when they cannot be paired with the expressions.</summary>
        private static DeclarationSyntax? FromAttributeData(AttributeSyntax attribute, AttributeData data, WrittenArguments expressions)
        {
            var arguments = data.ConstructorArguments;
            if (!expressions.Positional || arguments.Length != 2 || arguments[0].Value is not string category || arguments[1].Kind != TypedConstantKind.Array
                || arguments[1].IsNull || arguments[1].Values.Length != expressions.Purposes.Count)
            {
                return null;
            }

            var purposes = new List<IdArgument>(expressions.Purposes.Count);
            for (var i = 0; i < expressions.Purposes.Count; i++)
            {
                if (arguments[1].Values[i].Value is string purpose)
                {
                    purposes.Add(new IdArgument(purpose, expressions.Purposes[i]));
                }
            }

            return new DeclarationSyntax(attribute, new IdArgument(category, expressions.Category!), purposes);
        }

        private static DeclarationSyntax? FromSemanticModel(AttributeSyntax attribute, SemanticModel model, WrittenArguments expressions, System.Threading.CancellationToken cancellationToken)
        {
            var category = Read(expressions.Category!, model, cancellationToken);
            if (category is null)
            {
                return null;
            }

            var purposes = new List<IdArgument>(expressions.Purposes.Count);
            foreach (var expression in expressions.Purposes)
            {
                if (Read(expression, model, cancellationToken) is { } purpose)
                {
                    purposes.Add(purpose);
                }
            }

            return new DeclarationSyntax(attribute, category, purposes);
        }

        private static IdArgument? Read(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken)
            => model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string id } ? new IdArgument(id, expression) : null;
    }

    /// <summary>A declaration's id expressions as written, before their values are read.</summary>
    /// <param name="Category">The category expression, when there is one.</param>
    /// <param name="Purposes">The purpose expressions, in order.</param>
    /// <param name="Positional">Whether every purpose expression stands for one element of the bound array (no spread).</param>
    internal readonly record struct WrittenArguments(ExpressionSyntax? Category, List<ExpressionSyntax> Purposes, bool Positional);

    /// <summary>One id argument of a declaration and its expression.</summary>
    internal sealed record IdArgument(string Id, ExpressionSyntax Expression)
    {
        public bool IsLiteral => Expression.IsKind(SyntaxKind.StringLiteralExpression);
    }
}
