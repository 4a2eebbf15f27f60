using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.RequiredReasons
{
    /// <summary>A declared reason the code contradicts (PRIV203): the reason, and what shows it.</summary>
    internal readonly struct Contradiction
    {
        public Contradiction(ReasonCode reason, string evidence)
        {
            Reason = reason;
            Evidence = evidence;
        }

        public ReasonCode Reason { get; }

        public string Evidence { get; }
    }

    /// <summary>
    /// Where a declared reason can be seen to be wrong, from constant arguments only (no data flow):
    /// C617.1 ("files inside the app container") on a rooted path written in the code, which no app
    /// container path is (containers are found at run time), and CA92.1 ("only this app's defaults") on
    /// an App Group's suite name (<c>group.…</c>). A declaration that also lists the reason that would
    /// allow the use (3B52.1, DDA9.1, 0A2A.1; 1C8F.1) is not contradicted.
    /// </summary>
    internal static class RequiredReasonContradictions
    {
        private static readonly ImmutableArray<string> OutsideContainerReasons = ImmutableArray.Create("3B52.1", "DDA9.1", "0A2A.1");

        private static readonly ImmutableArray<string> AppGroupReasons = ImmutableArray.Create("1C8F.1", "C56D.1", "AC6B.1");

        public static Contradiction? Find(IOperation operation, RequiredReasonApi api, AttributeData declaration)
        {
            if (api.Category == RequiredReasonTable.FileTimestamp)
            {
                return Check(operation, declaration, api.Category, "C617.1", OutsideContainerReasons, IsRootedPath, " is a path outside the app container");
            }

            if (api.Category == RequiredReasonTable.UserDefaults)
            {
                return Check(operation, declaration, api.Category, "CA92.1", AppGroupReasons, IsAppGroup, " is an App Group's suite, shared with other apps");
            }

            return null;
        }

        private static Contradiction? Check(IOperation operation, AttributeData declaration, RequiredReasonCategory category, string code, ImmutableArray<string> allowing, Func<string, bool> contradicts, string evidence)
        {
            if (category.Find(code) is not { } reason || !RequiredReasonCoverage.HasReason(declaration, code))
            {
                return null;
            }

            foreach (var other in allowing)
            {
                if (RequiredReasonCoverage.HasReason(declaration, other))
                {
                    return null;
                }
            }

            var value = ConstantArgument(operation, contradicts) ?? ConstantArgument(Instance(operation), contradicts);
            return value is null ? null : new Contradiction(reason, "'" + value + "'" + evidence);
        }

        private static IOperation? Instance(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.Instance,
            IPropertyReferenceOperation property => property.Instance,
            _ => null,
        };

        private static string? ConstantArgument(IOperation? operation, Func<string, bool> contradicts)
        {
            var arguments = operation switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };

            foreach (var argument in arguments)
            {
                if (argument.Value.ConstantValue is { HasValue: true, Value: string text } && contradicts(text))
                {
                    return text;
                }
            }

            return null;
        }

        private static bool IsRootedPath(string text) => text.Length > 0 && (text[0] == '/' || text[0] == '~');

        private static bool IsAppGroup(string text) => text.StartsWith("group.", StringComparison.Ordinal);
    }
}
