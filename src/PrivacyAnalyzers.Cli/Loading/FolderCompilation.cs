using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// Folder mode: every .cs file under a folder (bin/, obj/ and hidden folders left out), compiled
    /// together against the framework reference assemblies (<see cref="FrameworkReferences"/>) and the
    /// annotations assembly, with the SDK's implicit global usings for web projects. There is no project
    /// file to say what else the code references, so some names may not resolve: the scan counts them
    /// and labels its results accordingly.
    /// </summary>
    internal static class FolderCompilation
    {
        /// <summary>The implicit usings of Microsoft.NET.Sdk and Microsoft.NET.Sdk.Web.</summary>
        private static readonly string[] ImplicitUsings =
        {
            "System",
            "System.Collections.Generic",
            "System.IO",
            "System.Linq",
            "System.Net.Http",
            "System.Net.Http.Json",
            "System.Threading",
            "System.Threading.Tasks",
            "Microsoft.AspNetCore.Builder",
            "Microsoft.AspNetCore.Hosting",
            "Microsoft.AspNetCore.Http",
            "Microsoft.AspNetCore.Routing",
            "Microsoft.Extensions.Configuration",
            "Microsoft.Extensions.DependencyInjection",
            "Microsoft.Extensions.Hosting",
            "Microsoft.Extensions.Logging",
        };

        private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules" };

        /// <summary>The additional files folder mode picks up next to the sources, as the package's build props do.</summary>
        private static readonly string[] AdditionalFileNames = { "PrivacyPolicy.txt", "PersonalDataSources.txt" };

        public static (Compilation Compilation, AnalyzerOptions Options, int Documents, string References) Create(
            string folder,
            string? policyFile,
            CancellationToken cancellationToken)
            => Create(folder, policyFile, platform: null, cancellationToken);

        /// <param name="platform">The Apple platform given with --platform, seen by the analyzers as build_property.TargetPlatformIdentifier.</param>
        public static (Compilation Compilation, AnalyzerOptions Options, int Documents, string References) Create(
            string folder,
            string? policyFile,
            string? platform,
            CancellationToken cancellationToken)
        {
            var files = SourceFiles(folder).ToList();
            if (files.Count == 0)
            {
                throw new ToolException($"'{folder}' holds no .cs files (and no .sln, .slnx or .csproj file).");
            }

            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = new List<SyntaxTree>(files.Count + 1);
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SourceText text;
                using (var stream = File.OpenRead(file))
                {
                    text = SourceText.From(stream, Encoding.UTF8, canBeEmbedded: false);
                }

                trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, file, cancellationToken));
            }

            var hasTopLevelStatements = trees.Any(t => t.GetRoot(cancellationToken) is CompilationUnitSyntax unit && unit.Members.OfType<GlobalStatementSyntax>().Any());
            trees.Add(CSharpSyntaxTree.ParseText(
                string.Concat(ImplicitUsings.Select(u => "global using global::" + u + ";\n")),
                parseOptions,
                // Not a file on disk: a generated-style name keeps it out of every location.
                path: "ImplicitUsings.g.cs",
                cancellationToken: cancellationToken));

            var (framework, description) = FrameworkReferences.Load();
            var references = framework.Add(MetadataReference.CreateFromFile(typeof(DataCategories).Assembly.Location));

            var compilation = CSharpCompilation.Create(
                AssemblyName(folder),
                trees,
                references,
                new CSharpCompilationOptions(
                    hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable,
                    allowUnsafe: true,
                    concurrentBuild: true,
                    deterministic: true));

            var additional = ImmutableArray.CreateBuilder<AdditionalText>();
            foreach (var name in AdditionalFileNames)
            {
                var path = Path.Combine(folder, name);
                if (name == "PrivacyPolicy.txt" && policyFile is not null)
                {
                    continue;
                }

                if (File.Exists(path))
                {
                    additional.Add(new FileText(path, path));
                }
            }

            if (policyFile is not null)
            {
                additional.Add(new FileText(policyFile, PolicyFiles.AnalyzerPath(policyFile)));
            }

            // --platform says what a project's build would: build_property.TargetPlatformIdentifier (the required-reason rules).
            var options = platform is null
                ? new AnalyzerOptions(additional.ToImmutable())
                : new AnalyzerOptions(additional.ToImmutable(), new GlobalAnalyzerOptions(PrivacyAnalyzers.Contract.RequiredReasonInfo.PlatformProperty, platform));
            return (compilation, options, files.Count, description + " and PrivacyAnalyzers.Annotations");
        }

        private static IEnumerable<string> SourceFiles(string folder)
        {
            var pending = new Stack<string>();
            pending.Push(folder);
            var found = new List<string>();
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                found.AddRange(Directory.EnumerateFiles(current, "*.cs"));
                foreach (var child in Directory.EnumerateDirectories(current))
                {
                    var name = Path.GetFileName(child);
                    if (name.StartsWith('.') || SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    pending.Push(child);
                }
            }

            return found.OrderBy(f => f, StringComparer.Ordinal);
        }

        private static string AssemblyName(string folder)
        {
            var name = new DirectoryInfo(folder).Name;
            var cleaned = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_').ToArray());
            return cleaned.Length == 0 ? "Scanned" : cleaned;
        }

        /// <summary>An additional file read from disk, seen by the analyzers under <see cref="Path"/>.</summary>
        internal sealed class FileText : AdditionalText
        {
            private readonly string file;

            public FileText(string file, string analyzerPath)
            {
                this.file = file;
                Path = analyzerPath;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default)
            {
                using var stream = File.OpenRead(file);
                return SourceText.From(stream, Encoding.UTF8);
            }
        }
    }
}
