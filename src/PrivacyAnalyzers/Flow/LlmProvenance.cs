using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Flow.Data;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Who serves an LLM client: Azure.AI.OpenAI's <c>AzureOpenAIClient</c> derives from <c>OpenAI.OpenAIClient</c> and
    /// hands out the very same <c>OpenAI.Chat.ChatClient</c> type, so the type of the receiver cannot tell Azure OpenAI
    /// (Microsoft) from OpenAI. Where the receiver came from can: the call chain that made it, a local's or a member's
    /// initialiser, or an assignment in a constructor of the same file (where DI hands the Azure client over). Only at
    /// an LLM sink handed personal data, a few steps at most; an origin it cannot see keeps the row's own processor.
    /// </summary>
    internal static class LlmProvenance
    {
        private const int MaxSteps = 6;

        /// <summary>The row to report for an LLM sink row, refined by where the client came from.</summary>
        public static FlowMember Refine(FlowMember row, IInvocationOperation invocation, SemanticModel? model)
        {
            var isOpenAI = row.Processor == ThirdPartySinks.OpenAI;
            if (!isOpenAI && row.Processor != ThirdPartySinks.ChatModelProvider)
            {
                return row;
            }

            var receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            var provider = ProviderOf(receiver, model, 0);
            if (provider == ThirdPartySinks.AzureOpenAI)
            {
                return isOpenAI
                    ? (row.TypeName == "OpenAI.Embeddings.EmbeddingClient" ? ThirdPartySinks.AzureOpenAIEmbeddings : ThirdPartySinks.AzureOpenAIChat)
                    : ThirdPartySinks.AzureOpenAIViaChatClient;
            }

            return provider == ThirdPartySinks.OpenAI && !isOpenAI ? ThirdPartySinks.OpenAIViaChatClient : row;
        }

        /// <summary><see cref="ThirdPartySinks.AzureOpenAI"/>, <see cref="ThirdPartySinks.OpenAI"/>, or null when the origin is not visible.</summary>
        private static string? ProviderOf(IOperation? operation, SemanticModel? model, int steps)
        {
            if (operation is null || steps > MaxSteps)
            {
                return null;
            }

            if (IsAzureClient(operation.Type))
            {
                return ThirdPartySinks.AzureOpenAI;
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    return ProviderOf(conversion.Operand, model, steps + 1);
                case IAwaitOperation awaited:
                    return ProviderOf(awaited.Operation, model, steps + 1);
                case IInvocationOperation call:
                    // GetChatClient on a client, AsIChatClient(this ChatClient): the client it was asked of.
                    return ProviderOf(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null), model, steps + 1);
                case IObjectCreationOperation creation:
                    return IsOpenAIType(creation.Type) ? ThirdPartySinks.OpenAI : null;
                case ILocalReferenceOperation local:
                    return ProviderOf(Initializer(local.Local, operation.SemanticModel ?? model), model, steps + 1);
                case IFieldReferenceOperation or IPropertyReferenceOperation:
                    {
                        var member = ((IMemberReferenceOperation)operation).Member;
                        return ProviderOf(Initializer(member, operation.SemanticModel ?? model), model, steps + 1)
                            ?? ProviderOf(ConstructorAssignment(member, operation.SemanticModel ?? model), model, steps + 1);
                    }

                default:
                    return null;
            }
        }

        /// <summary>The initialiser of a local, a field or an auto-property declared in the model's tree, as an operation.</summary>
        private static IOperation? Initializer(ISymbol symbol, SemanticModel? model)
        {
            if (model is null || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var reference = symbol.DeclaringSyntaxReferences[0];
            if (reference.SyntaxTree != model.SyntaxTree)
            {
                return null;
            }

            var value = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };

            return value is null ? null : model.GetOperation(value);
        }

        /// <summary>The value a constructor of the member's type, in the same tree, assigns to it (<c>chat = azure.GetChatClient(…)</c>).</summary>
        private static IOperation? ConstructorAssignment(ISymbol member, SemanticModel? model)
        {
            if (model is null || member.ContainingType is not { } type)
            {
                return null;
            }

            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree != model.SyntaxTree)
                    {
                        continue;
                    }

                    foreach (var node in reference.GetSyntax().DescendantNodes())
                    {
                        if (node is AssignmentExpressionSyntax assignment
                            && NameOf(assignment.Left) == member.Name
                            && model.GetOperation(assignment) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } found
                            && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member.OriginalDefinition))
                        {
                            return found.Value;
                        }
                    }
                }
            }

            return null;
        }

        private static string? NameOf(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };

        private static bool IsAzureClient(ITypeSymbol? type)
        {
            for (var current = type as INamedTypeSymbol; current != null; current = current.BaseType)
            {
                if (current is { Name: "AzureOpenAIClient", ContainingNamespace: { Name: "OpenAI", ContainingNamespace: { Name: "AI", ContainingNamespace: { Name: "Azure", ContainingNamespace.IsGlobalNamespace: true } } } })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A client of the OpenAI package made directly (<c>new OpenAIClient(key)</c>, <c>new ChatClient(model, key)</c>): OpenAI's own service.</summary>
        private static bool IsOpenAIType(ITypeSymbol? type)
        {
            for (var ns = type?.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (ns is { Name: "OpenAI", ContainingNamespace.IsGlobalNamespace: true })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
