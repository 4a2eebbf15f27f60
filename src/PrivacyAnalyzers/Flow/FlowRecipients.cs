using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>The declared recipients of personal data: <c>Recipients = new[] { "Sentry" }</c> on a <c>[CollectsPersonalData]</c>.</summary>
    internal static class FlowRecipients
    {
        public const string RecipientsArgument = "Recipients";

        public static ImmutableArray<string> Of(AttributeData declaration)
        {
            foreach (var argument in declaration.NamedArguments)
            {
                if (argument.Key == RecipientsArgument && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
                {
                    var builder = ImmutableArray.CreateBuilder<string>();
                    foreach (var value in argument.Value.Values)
                    {
                        if (value.Value is string recipient)
                        {
                            builder.Add(recipient);
                        }
                    }

                    return builder.ToImmutable();
                }
            }

            return ImmutableArray<string>.Empty;
        }

        /// <summary>Whether a processor is among the recipients (names compare without case: "sentry" is Sentry).</summary>
        public static bool Contains(ImmutableArray<string> recipients, string? processor)
        {
            if (processor is null)
            {
                return false;
            }

            foreach (var recipient in recipients)
            {
                if (string.Equals(recipient.Trim(), processor, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
