using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PrivacyAnalyzers.Build.Tasks
{
    /// <summary>
    /// Keeps the package's own SARIF log from changing what the compiler runs (docs/msbuild.md, "Cost").
    /// Without an error log the compiler filters suggestion-level (Info) diagnostics out of the build and does not
    /// even run an analyzer whose rules are all at suggestion or silent (CommonCompiler: <c>severityFilter |=
    /// SeverityFilter.Info</c> when there is no log); with one, it runs them all, and on a large project that is
    /// most of the log's cost (CA1822 and CA1859 in the SDK's defaults). When the log is the package's, written only
    /// for the manifest, this task writes a global config that sets those rules to <c>none</c>: the rules of other
    /// analyzers that are enabled by default at suggestion and that no configuration of the project mentions (by
    /// id, by category or all at once). The build then runs, and prints, what it runs without a log. It is not used
    /// for a log the project asked for (ErrorLog), nor in design-time builds, and
    /// <c>PrivacyManifestSkipSuggestions=false</c> turns it off.
    /// </summary>
    public sealed class WriteLogOnlyRulesConfig : Task
    {
        private const string KeyPrefix = "# inputs: ";

        /// <summary>@(Analyzer): the analyzer assemblies the compiler is given.</summary>
        public ITaskItem[] Analyzers { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>@(EditorConfigFiles): the .editorconfig and global config files the compiler is given.</summary>
        public ITaskItem[] ConfigFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>$(RoslynTargetsPath): where the compiler (csc, and Microsoft.CodeAnalysis beside it) is.</summary>
        public string? CompilerDirectory { get; set; }

        /// <summary>$(Language): the analyzers' language attribute names it (C#).</summary>
        public string Language { get; set; } = "C#";

        /// <summary>$(ResolvedCodeAnalysisRuleSet): a rule set configures severities in ways this task does not read.</summary>
        public string? RuleSet { get; set; }

        /// <summary>The global config to write (or to delete when there is nothing to turn off).</summary>
        [Required]
        public string OutputPath { get; set; } = string.Empty;

        /// <summary>The written config, to add to EditorConfigFiles; empty when there is none.</summary>
        [Output]
        public string ConfigFile { get; set; } = string.Empty;

        /// <summary>How many rules the config turns off.</summary>
        [Output]
        public int RuleCount { get; set; }

        public override bool Execute()
        {
            try
            {
                Run();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Only a cost: without the config the log is complete and the manifest the same.
                Log.LogMessage(MessageImportance.Normal, $"PrivacyManifest: suggestion-level rules run because of the log ({exception.Message}).");
                ConfigFile = string.Empty;
            }

            return !Log.HasLoggedErrors;
        }

        private void Run()
        {
            if (!string.IsNullOrWhiteSpace(RuleSet))
            {
                Skip($"the project's rule set {RuleSet} configures severities");
                return;
            }

            var compiler = CompilerAssemblies(CompilerDirectory);
            if (compiler is null)
            {
                Skip($"Microsoft.CodeAnalysis.dll is not under '{CompilerDirectory}'");
                return;
            }

            var configuration = new SeverityConfiguration();
            var key = new StringBuilder().Append(compiler).Append('|').Append(Language);
            foreach (var config in ConfigFiles)
            {
                var path = config.GetMetadata("FullPath");
                if (string.Equals(path, Path.GetFullPath(OutputPath), StringComparison.Ordinal))
                {
                    continue;
                }

                var text = File.ReadAllText(path);
                configuration.Add(text);
                key.Append('|').Append(path).Append('=').Append(Hash(text));
            }

            var analyzers = Analyzers.Select(item => new FileInfo(item.GetMetadata("FullPath"))).Where(file => !IsOurs(file)).ToList();
            foreach (var file in analyzers)
            {
                key.Append('|').Append(file.FullName).Append(':').Append(file.Exists ? file.Length : -1).Append(':').Append(file.Exists ? file.LastWriteTimeUtc.Ticks : 0);
            }

            var inputs = Hash(key.ToString());
            if (configuration.ConfiguresAll)
            {
                Skip("the project configures every analyzer rule's severity (dotnet_analyzer_diagnostic.severity)");
                return;
            }

            if (Current(inputs, out var count))
            {
                Publish(count);
                return;
            }

            var problems = new List<string>();
            var byId = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in analyzers)
            {
                foreach (var rule in AnalyzerDescriptors.Read(file.FullName, compiler, Language, problems))
                {
                    // One id can have several descriptors: it is quiet only when every one of them is a suggestion.
                    var quiet = rule.EnabledByDefault && rule.Configurable && rule.DefaultSeverity == "Info" && !configuration.Configures(rule);
                    byId[rule.Id] = byId.TryGetValue(rule.Id, out var before) ? before && quiet : quiet;
                }
            }

            foreach (var problem in problems)
            {
                Log.LogMessage(MessageImportance.Low, $"PrivacyManifest: rules not read from {problem}");
            }

            var ids = byId.Where(pair => pair.Value && pair.Key.Length > 0).Select(pair => pair.Key).OrderBy(id => id, StringComparer.Ordinal).ToList();
            var written = new StringBuilder()
                .Append("# PrivacyAnalyzers (docs/msbuild.md, \"Cost\"): written for the manifest's SARIF log, so that the compiler runs\n")
                .Append("# what it runs without a log. These rules of other analyzers are at suggestion by default and no configuration\n")
                .Append("# of the project mentions them: without a log the build skips them. PrivacyManifestSkipSuggestions=false keeps them.\n")
                .Append(KeyPrefix).Append(inputs).Append('\n')
                .Append("is_global = true\n")
                .Append("global_level = -50\n");
            foreach (var id in ids)
            {
                written.Append("dotnet_diagnostic.").Append(id).Append(".severity = none\n");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputPath))!);
            File.WriteAllText(OutputPath, written.ToString(), new UTF8Encoding(false));
            Publish(ids.Count);
        }

        /// <summary>The config already written for the same analyzers, configuration and compiler: nothing to load.</summary>
        private bool Current(string inputs, out int count)
        {
            count = 0;
            if (!File.Exists(OutputPath))
            {
                return false;
            }

            var lines = File.ReadAllLines(OutputPath);
            if (!lines.Any(line => line == KeyPrefix + inputs))
            {
                return false;
            }

            count = lines.Count(line => line.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal));
            return true;
        }

        private void Publish(int count)
        {
            RuleCount = count;
            ConfigFile = Path.GetFullPath(OutputPath);
            Log.LogMessage(MessageImportance.Low, $"PrivacyManifest: {count} suggestion-level rules of other analyzers stay off in the manifest's log build ({ConfigFile}).");
        }

        private void Skip(string reason)
        {
            if (File.Exists(OutputPath))
            {
                File.Delete(OutputPath);
            }

            ConfigFile = string.Empty;
            Log.LogMessage(MessageImportance.Low, $"PrivacyManifest: suggestion-level rules run in the manifest's log build: {reason}.");
        }

        /// <summary>The folder of the compiler's Microsoft.CodeAnalysis.dll: bincore under the SDK's Roslyn folder, or the folder itself.</summary>
        private static string? CompilerAssemblies(string? directory)
        {
            if (string.IsNullOrWhiteSpace(directory))
            {
                return null;
            }

            foreach (var candidate in new[] { Path.Combine(directory, "bincore"), directory })
            {
                if (File.Exists(Path.Combine(candidate, "Microsoft.CodeAnalysis.dll")))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            return null;
        }

        /// <summary>The package's own analyzers: the manifest is made of their rules, which stay as configured.</summary>
        private static bool IsOurs(FileInfo file) => file.Name.StartsWith("PrivacyAnalyzers", StringComparison.OrdinalIgnoreCase);

        private static string Hash(string text)
        {
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);
        }
    }
}
