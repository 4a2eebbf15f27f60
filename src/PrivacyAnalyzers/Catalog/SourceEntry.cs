using System;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// One known source of personal data: a platform member, named by its documentation-comment id,
    /// and the category it yields. A method id without a parameter list matches every overload.
    /// </summary>
    internal sealed class SourceEntry
    {
        private SourceEntry(string memberId, string platform, string? category, ArgumentRule? argument)
        {
            MemberId = memberId;
            Platform = platform;
            Category = category;
            Argument = argument;
        }

        /// <summary>The documentation-comment id, such as <c>P:UIKit.UIDevice.IdentifierForVendor</c>.</summary>
        public string MemberId { get; }

        /// <summary>The platform the member belongs to, for docs and manifests.</summary>
        public string Platform { get; }

        /// <summary>The category every use yields; null when the argument decides.</summary>
        public string? Category { get; }

        /// <summary>For value-aware sources: which argument decides the category, and how.</summary>
        public ArgumentRule? Argument { get; }

        public static SourceEntry Member(string memberId, string category, string platform)
            => new SourceEntry(memberId, platform, category, argument: null);

        /// <summary>
        /// A source that is personal only for some constant argument values (a settings key, a header
        /// name, a claim type). <paramref name="fallback"/> is the category when the argument is not a
        /// known constant, or null when such a use is not reported.
        /// </summary>
        public static SourceEntry ByArgument(
            string memberId,
            string platform,
            string parameterName,
            StringComparer comparer,
            string? fallback,
            params (string Value, string Category)[] values)
            => ByArgument(memberId, platform, parameterName, comparer, fallback, (System.Collections.Generic.IEnumerable<(string, string)>)values);

        /// <summary>As above, from a shared table of values.</summary>
        public static SourceEntry ByArgument(
            string memberId,
            string platform,
            string parameterName,
            StringComparer comparer,
            string? fallback,
            System.Collections.Generic.IEnumerable<(string Value, string Category)> values)
        {
            var map = ImmutableDictionary.CreateBuilder<string, string>(comparer);
            foreach (var (value, category) in values)
            {
                map[value] = category;
            }

            return new SourceEntry(memberId, platform, category: null, new ArgumentRule(parameterName, map.ToImmutable(), fallback));
        }
    }

    /// <summary>How a value-aware source picks its category from one argument.</summary>
    internal sealed class ArgumentRule
    {
        public ArgumentRule(string parameterName, ImmutableDictionary<string, string> categoriesByValue, string? fallback)
        {
            ParameterName = parameterName;
            CategoriesByValue = categoriesByValue;
            Fallback = fallback;
        }

        /// <summary>The parameter whose argument decides, matched by name so named arguments work.</summary>
        public string ParameterName { get; }

        /// <summary>Constant argument values that name personal data, and their categories.</summary>
        public ImmutableDictionary<string, string> CategoriesByValue { get; }

        /// <summary>The category when the argument is not a known constant; null to stay silent.</summary>
        public string? Fallback { get; }
    }
}
