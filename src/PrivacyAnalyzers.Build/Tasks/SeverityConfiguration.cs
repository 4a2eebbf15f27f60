using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Build.Tasks
{
    /// <summary>
    /// What the project's .editorconfig and global config files say about rule severities, read as text: the ids
    /// configured one by one, the categories configured as a whole, and whether all analyzer rules are configured
    /// at once (<c>dotnet_analyzer_diagnostic.severity</c>). A rule the project configures in any way is the
    /// project's decision, and the package leaves it alone.
    /// </summary>
    internal sealed class SeverityConfiguration
    {
        private static readonly Regex ById = new(@"^\s*dotnet_diagnostic\.(?<name>[^.\s=]+)\.severity\s*[=:]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
        private static readonly Regex ByCategory = new(@"^\s*dotnet_analyzer_diagnostic\.category-(?<name>[^\s=]+)\.severity\s*[=:]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
        private static readonly Regex All = new(@"^\s*dotnet_analyzer_diagnostic\.severity\s*[=:]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

        public HashSet<string> Ids { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Categories { get; } = new(StringComparer.OrdinalIgnoreCase);

        public bool ConfiguresAll { get; private set; }

        public void Add(string text)
        {
            using var reader = new StringReader(text);
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                if (All.IsMatch(line))
                {
                    ConfiguresAll = true;
                }
                else if (ById.Match(line) is { Success: true } id)
                {
                    Ids.Add(id.Groups["name"].Value);
                }
                else if (ByCategory.Match(line) is { Success: true } category)
                {
                    Categories.Add(category.Groups["name"].Value);
                }
            }
        }

        public bool Configures(RuleDescriptor rule) => ConfiguresAll || Ids.Contains(rule.Id) || Categories.Contains(rule.Category);
    }
}
