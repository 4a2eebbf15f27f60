using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// The built-in sources: the data files under <c>Catalog/Data/</c>, one per platform, embedded in
    /// this assembly and read once per process by the parser that reads PersonalDataSources.txt
    /// (<see cref="SourcesParser.ParseBuiltIn"/>). Files named <c>*.values.txt</c> hold value tables
    /// the platform files share, and are read first; the rest follow in file-name order. Reading a
    /// manifest resource is not file IO: the data is part of the assembly.
    /// </summary>
    internal static class SourceCatalog
    {
        private const string ResourcePrefix = "PrivacyAnalyzers.Catalog.Data.";

        private const string SharedTablesSuffix = ".values.txt";

        /// <summary>What the data files hold, read once.</summary>
        private static readonly (ImmutableArray<SourceEntry> Entries, ImmutableArray<string> Platforms, ImmutableArray<string> Problems, ImmutableArray<string> FileNames) Builtin = Load();

        /// <summary>Every built-in source, file by file, in each file's order.</summary>
        public static ImmutableArray<SourceEntry> All => Builtin.Entries;

        /// <summary>The platforms, in file order, as their files' headers name them.</summary>
        public static ImmutableArray<string> Platforms => Builtin.Platforms;

        /// <summary>
        /// Problems in the data files, as <c>file(line,column): message</c>. A malformed row is left
        /// out rather than failing the user's build; a test keeps this list empty.
        /// </summary>
        public static ImmutableArray<string> Problems => Builtin.Problems;

        /// <summary>The data files' resource names, in the order they are read.</summary>
        public static ImmutableArray<string> FileNames => Builtin.FileNames;

        private static (ImmutableArray<SourceEntry> Entries, ImmutableArray<string> Platforms, ImmutableArray<string> Problems, ImmutableArray<string> FileNames) Load()
        {
            var assembly = typeof(SourceCatalog).GetTypeInfo().Assembly;
            var names = new List<string>();
            foreach (var name in assembly.GetManifestResourceNames())
            {
                if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                {
                    names.Add(name);
                }
            }

            names.Sort((a, b) => IsShared(a) != IsShared(b) ? (IsShared(a) ? -1 : 1) : string.CompareOrdinal(a, b));
            var entries = ImmutableArray.CreateBuilder<SourceEntry>();
            var platforms = ImmutableArray.CreateBuilder<string>();
            var problems = ImmutableArray.CreateBuilder<string>();
            var tables = ImmutableDictionary.Create<string, ValueTable>(StringComparer.Ordinal);
            var fileNames = ImmutableArray.CreateBuilder<string>();
            foreach (var name in names)
            {
                var fileName = name.Substring(ResourcePrefix.Length);
                fileNames.Add(fileName);
                SourceText text;
                using (var stream = assembly.GetManifestResourceStream(name)!)
                {
                    text = SourceText.From(stream);
                }

                var file = SourcesParser.ParseBuiltIn(text, fileName, tables);
                entries.AddRange(file.Entries);
                tables = tables.AddRange(file.Tables);
                if (file.Platform != null)
                {
                    platforms.Add(file.Platform);
                }
                else if (!IsShared(name))
                {
                    problems.Add(fileName + ": the file names no platform (a '[platform name]' line)");
                }

                foreach (var problem in file.Problems)
                {
                    var position = text.Lines.GetLinePosition(problem.Span.Start);
                    problems.Add($"{fileName}({position.Line + 1},{position.Character + 1}): {problem.Message}");
                }
            }

            return (entries.ToImmutable(), platforms.ToImmutable(), problems.ToImmutable(), fileNames.ToImmutable());
        }

        private static bool IsShared(string name) => name.EndsWith(SharedTablesSuffix, StringComparison.Ordinal);
    }
}
