using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.RequiredReasons
{
    /// <summary>One required-reason API: the member (or type) that triggers a category, and its documentation.</summary>
    internal sealed class RequiredReasonApi
    {
        public RequiredReasonApi(MemberId id, RequiredReasonCategory category, string documentation)
        {
            Id = id;
            Category = category;
            Documentation = documentation;
        }

        public MemberId Id { get; }

        public RequiredReasonCategory Category { get; }

        public string Documentation { get; }
    }

    /// <summary>A .NET binding of an SDK on Apple's list of commonly used SDKs (PRIV204).</summary>
    internal sealed class CommonSdk
    {
        public CommonSdk(string assembly, string sdks, string package, string manifest)
        {
            Assembly = assembly;
            Sdks = sdks;
            Package = package;
            Manifest = manifest;
        }

        /// <summary>The binding's assembly name, as a reference names it.</summary>
        public string Assembly { get; }

        /// <summary>The SDKs of Apple's list it brings.</summary>
        public string Sdks { get; }

        /// <summary>The NuGet package that brings the assembly.</summary>
        public string Package { get; }

        /// <summary>What is known of a privacy manifest in the package's native framework, with its source.</summary>
        public string Manifest { get; }
    }

    /// <summary>
    /// The data files under <c>RequiredReasons/Data/</c>, embedded and read once per process (like the
    /// source catalog): the required-reason APIs, one row per API with its documentation link, and the
    /// bindings of commonly used SDKs. A malformed row is left out and listed in <see cref="Problems"/>,
    /// which a test keeps empty.
    /// </summary>
    internal static class RequiredReasonCatalog
    {
        private const string ResourcePrefix = "PrivacyAnalyzers.RequiredReasons.Data.";

        private static readonly (ImmutableArray<RequiredReasonApi> Apis, ImmutableArray<CommonSdk> Sdks, ImmutableArray<string> Problems) Builtin = Load();

        public static ImmutableArray<RequiredReasonApi> Apis => Builtin.Apis;

        public static ImmutableArray<CommonSdk> Sdks => Builtin.Sdks;

        public static ImmutableArray<string> Problems => Builtin.Problems;

        private static (ImmutableArray<RequiredReasonApi>, ImmutableArray<CommonSdk>, ImmutableArray<string>) Load()
        {
            var problems = ImmutableArray.CreateBuilder<string>();
            var apis = ImmutableArray.CreateBuilder<RequiredReasonApi>();
            foreach (var (line, fields) in Rows("required-reason-apis.txt", 3, problems))
            {
                var category = RequiredReasonTable.Find(fields[1]);
                if (!MemberId.TryParse(fields[0], out var id))
                {
                    problems.Add($"required-reason-apis.txt({line}): '{fields[0]}' is not a documentation-comment id");
                }
                else if (category is null || fields[1].StartsWith(RequiredReasonTable.CategoryPrefix, StringComparison.Ordinal))
                {
                    problems.Add($"required-reason-apis.txt({line}): '{fields[1]}' is not the short name of a category");
                }
                else if (!fields[2].StartsWith("https://", StringComparison.Ordinal))
                {
                    problems.Add($"required-reason-apis.txt({line}): the row has no documentation link");
                }
                else
                {
                    apis.Add(new RequiredReasonApi(id, category, fields[2]));
                }
            }

            var sdks = ImmutableArray.CreateBuilder<CommonSdk>();
            foreach (var (_, fields) in Rows("common-sdks.txt", 4, problems))
            {
                sdks.Add(new CommonSdk(fields[0], fields[1], fields[2], fields[3]));
            }

            return (apis.ToImmutable(), sdks.ToImmutable(), problems.ToImmutable());
        }

        private static IEnumerable<(int Line, string[] Fields)> Rows(string fileName, int count, ImmutableArray<string>.Builder problems)
        {
            var assembly = typeof(RequiredReasonCatalog).GetTypeInfo().Assembly;
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName);
            if (stream is null)
            {
                problems.Add(fileName + ": not embedded");
                yield break;
            }

            var text = SourceText.From(stream);
            var fileProblems = new List<FileProblem>();
            foreach (var line in LineReader.Read(text, fileName, fileProblems, default))
            {
                var fields = line.Content.Split(';');
                if (fields.Length != count)
                {
                    problems.Add($"{fileName}({line.Number}): expected {count} fields separated by ';'");
                    continue;
                }

                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = fields[i].Trim();
                }

                yield return (line.Number, fields);
            }

            foreach (var problem in fileProblems)
            {
                problems.Add(fileName + ": " + problem.Message);
            }
        }
    }
}
