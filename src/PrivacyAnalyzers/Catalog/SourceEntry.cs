using System;
using System.Collections.Generic;
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
            IEnumerable<(string Value, string Category)> values)
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
    /// <param name="ParameterName">The parameter whose argument decides, matched by name so named arguments work.</param>
    /// <param name="CategoriesByValue">Constant argument values that name personal data, and their categories.</param>
    /// <param name="Fallback">The category when the argument is not a known constant; null to stay silent.</param>
    internal sealed record ArgumentRule(string ParameterName, ImmutableDictionary<string, string> CategoriesByValue, string? Fallback);

    /// <summary>
    /// A named table of argument values and the categories they name, declared in a catalog data file
    /// (<c>[values name comparer]</c>) and shared by the value-aware sources that cite it. The comparer
    /// is the one the API itself uses: ordinal for Android settings keys, ignoring case for header
    /// names, claim types, registry value names and WQL.
    /// </summary>
    /// <param name="Name">The table's name, as sources cite it.</param>
    /// <param name="ComparerName"><c>ordinal</c> or <c>ignore-case</c>, as the file spells it.</param>
    /// <param name="Comparer">The comparer that name stands for.</param>
    /// <param name="Rows">The rows in the file's order; <see cref="Builder"/> keeps their values distinct.</param>
    internal sealed record ValueTable(string Name, string ComparerName, StringComparer Comparer, ImmutableArray<(string Value, string Category)> Rows)
    {
        /// <summary>The comparer a file names, or null for a name the format does not know.</summary>
        public static StringComparer? ComparerNamed(string name) => name switch
        {
            "ordinal" => StringComparer.Ordinal,
            "ignore-case" => StringComparer.OrdinalIgnoreCase,
            _ => null,
        };

        /// <summary>A table being read, row by row.</summary>
        internal sealed class Builder
        {
            private readonly HashSet<string> values;
            private readonly ImmutableArray<(string Value, string Category)>.Builder rows = ImmutableArray.CreateBuilder<(string, string)>();
            private readonly string comparerName;
            private readonly StringComparer comparer;

            public Builder(string name, string comparerName, StringComparer comparer)
            {
                Name = name;
                this.comparerName = comparerName;
                this.comparer = comparer;
                values = new HashSet<string>(comparer);
            }

            public string Name { get; }

            /// <summary>Adds a row; false when the table already has the value (under its comparer).</summary>
            public bool TryAdd(string value, string category)
            {
                if (!values.Add(value))
                {
                    return false;
                }

                rows.Add((value, category));
                return true;
            }

            public ValueTable ToTable() => new ValueTable(Name, comparerName, comparer, rows.ToImmutable());
        }
    }
}
