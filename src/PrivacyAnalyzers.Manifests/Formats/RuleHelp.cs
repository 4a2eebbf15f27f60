using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>
    /// What SARIF says about a rule besides its descriptor: a friendly name and the rule's page.
    /// The pages are docs/rules/&lt;ID&gt;.md, embedded in this library at build time (PrivacyAnalyzers.Manifests.csproj),
    /// so the help a code-scanning alert shows is the page the help link opens, never a second text.
    /// </summary>
    public static partial class RuleHelp
    {
        private const string ResourcePrefix = "PrivacyAnalyzers.Manifests.Rules.";

        /// <summary>
        /// The rule's friendly name: the name of its <see cref="RuleIds"/> constant (<c>UndeclaredCollection</c>),
        /// the contract's own Pascal-case name for it (SARIF2012 asks for one). Read from the public constants,
        /// so a new rule needs no entry here.
        /// </summary>
        public static string? Name(string id) => Names.TryGetValue(id, out var name) ? name : null;

        private static readonly FrozenDictionary<string, string> Names = typeof(RuleIds)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToFrozenDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name, StringComparer.Ordinal);

        /// <summary>The rule's page as Markdown, links made absolute against its help link; null when the tool has no page for it.</summary>
        public static string? Markdown(string id, string? helpUri)
        {
            using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".md");
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
            if (helpUri is null || !Uri.TryCreate(helpUri, UriKind.Absolute, out var page))
            {
                return text;
            }

            // Relative links (../taxonomy.md) mean nothing inside an alert: resolve them against the page's own address.
            return RelativeLink().Replace(text, match => "](" + new Uri(page, match.Groups["target"].Value).AbsoluteUri + ")");
        }

        /// <summary>
        /// The same page as plain text (SARIF's required <c>help.text</c>, for viewers without Markdown):
        /// headings without their marks, the property table and code fences dropped, inline marks removed.
        /// </summary>
        public static string PlainText(string markdown)
        {
            var lines = new List<string>();
            var inFence = false;
            foreach (var raw in markdown.Split('\n'))
            {
                if (raw.StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                    continue;
                }

                if (inFence)
                {
                    lines.Add("    " + raw);
                    continue;
                }

                if (raw.StartsWith('|'))
                {
                    continue;
                }

                var line = raw.TrimStart('#').TrimStart();
                line = MarkdownLink().Replace(line, "${text} (${target})");
                line = line.Replace("`", string.Empty, StringComparison.Ordinal).Replace("**", string.Empty, StringComparison.Ordinal);
                if (line.Length == 0 && lines.Count > 0 && lines[^1].Length == 0)
                {
                    continue;
                }

                lines.Add(line);
            }

            return string.Join('\n', lines).Trim() + "\n";
        }

        [GeneratedRegex(@"\]\((?<target>(?!https?:|#|mailto:)[^)\s]+)\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
        private static partial Regex RelativeLink();

        [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<target>[^)\s]+)\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
        private static partial Regex MarkdownLink();
    }
}
