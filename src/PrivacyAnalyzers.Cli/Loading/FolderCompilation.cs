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

        /// <summary>
        /// The implicit usings of a .NET MAUI app (UseMaui), as the MAUI SDK's targets add them; folder mode adds the
        /// ones a reference shape defines when a project file under the folder says <c>&lt;UseMaui&gt;true</c>.
        /// https://github.com/david-maw/DivisiBill/blob/main/DivisiBill/Services/GlobalUsings.cs ("copied from defaults"),
        /// https://dbritch.blogspot.com/2022/01/implicit-usings-in-net-maui.html
        /// </summary>
        private static readonly string[] MauiImplicitUsings =
        {
            "Microsoft.Maui",
            "Microsoft.Maui.ApplicationModel",
            "Microsoft.Maui.ApplicationModel.Communication",
            "Microsoft.Maui.ApplicationModel.DataTransfer",
            "Microsoft.Maui.Controls",
            "Microsoft.Maui.Controls.Hosting",
            "Microsoft.Maui.Devices",
            "Microsoft.Maui.Devices.Sensors",
            "Microsoft.Maui.Graphics",
            "Microsoft.Maui.Hosting",
            "Microsoft.Maui.Media",
            "Microsoft.Maui.Networking",
            "Microsoft.Maui.Storage",
        };

        /// <summary>The generated file of implicit usings: not a file on disk, so it is in no location.</summary>
        public const string ImplicitUsingsPath = "ImplicitUsings.g.cs";

        /// <summary>Reads and parses the folder once: the default pass's trees, the references, the options.</summary>
        public static FolderInput Read(string folder, string? policyFile, bool nameFallback, string? platform, CancellationToken cancellationToken)
        {
            var files = SourceFiles(folder).ToList();
            if (files.Count == 0)
            {
                throw new ToolException($"'{folder}' holds no .cs files (and no .sln, .slnx or .csproj file).");
            }

            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var texts = new List<SourceText>(files.Count);
            var trees = new List<SyntaxTree>(files.Count + 1);
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SourceText text;
                using (var stream = File.OpenRead(file))
                {
                    text = SourceText.From(stream, Encoding.UTF8, canBeEmbedded: false);
                }

                texts.Add(text);
                trees.Add(CSharpSyntaxTree.ParseText(text, parseOptions, file, cancellationToken));
            }

            var usesMaui = ProjectFiles(folder).Any(p => ReadsUseMaui(p));
            var shapes = ReferenceShapes.Needed(trees, usesMaui ? MauiImplicitUsings : Array.Empty<string>(), cancellationToken);
            var shapeNamespaces = shapes.SelectMany(s => s.Namespaces).ToHashSet(StringComparer.Ordinal);
            var implicitUsings = ImplicitUsings.AsEnumerable();
            if (usesMaui)
            {
                // Only what a shape defines: a global using of a namespace nothing defines is an error of its own.
                implicitUsings = implicitUsings.Concat(MauiImplicitUsings.Where(u => shapeNamespaces.Contains(u) || shapeNamespaces.Any(n => n.StartsWith(u + ".", StringComparison.Ordinal))));
            }

            var hasTopLevelStatements = trees.Any(t => t.GetRoot(cancellationToken) is CompilationUnitSyntax unit && unit.Members.OfType<GlobalStatementSyntax>().Any());
            trees.Add(CSharpSyntaxTree.ParseText(
                string.Concat(implicitUsings.Select(u => "global using global::" + u + ";\n")),
                parseOptions,
                path: ImplicitUsingsPath,
                cancellationToken: cancellationToken));

            var (framework, description) = FrameworkReferences.Load();
            var references = framework
                .Add(MetadataReference.CreateFromFile(typeof(DataCategories).Assembly.Location))
                .AddRange(shapes.Select(s => s.Reference));
            description += " and PrivacyAnalyzers.Annotations";
            if (!shapes.IsEmpty)
            {
                description += ", with the reference shapes of " + string.Join(", ", shapes.Select(s => s.AssemblyName));
            }

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

            // The forms' markup: which view-model properties a text field binds (the analyzers read it as a build hands it
            // to source generators; a folder scan of the .cs files alone would not see the form).
            foreach (var markup in Files(folder, "*.xaml").Concat(Files(folder, "*.axaml")))
            {
                additional.Add(new FileText(markup, markup));
            }

            var options = new CSharpCompilationOptions(
                hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                concurrentBuild: true,
                deterministic: true);
            return new FolderInput(
                AssemblyName(folder),
                trees.ToImmutableArray(),
                texts.ToImmutableArray(),
                parseOptions,
                references,
                shapes,
                options,
                new AnalyzerOptions(additional.ToImmutable(), new FolderOptions(nameFallback, platform)),
                files.Count,
                description);
        }

        /// <summary>The project files under the folder (the same folders as the sources), to read what they say about the platform.</summary>
        private static IEnumerable<string> ProjectFiles(string folder) => Files(folder, "*.csproj");

        private static bool ReadsUseMaui(string project)
        {
            try
            {
                var text = File.ReadAllText(project);
                return text.Contains("<UseMaui>true</UseMaui>", StringComparison.OrdinalIgnoreCase)
                    || text.Contains("Microsoft.Maui.Essentials", StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }

        private static IEnumerable<string> SourceFiles(string folder) => Files(folder, "*.cs");

        private static IEnumerable<string> Files(string folder, string pattern)
        {
            var pending = new Stack<string>();
            pending.Push(folder);
            var found = new List<string>();
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                found.AddRange(Directory.EnumerateFiles(current, pattern));
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

        /// <summary>The folder, read and parsed once; each preprocessor pass compiles it with some trees parsed again.</summary>
        /// <param name="Trees">The default pass's trees (no preprocessor symbols), the implicit usings last.</param>
        /// <param name="Texts">The text of each source file, in the order of <paramref name="Trees"/>.</param>
        internal sealed record FolderInput(
            string AssemblyName,
            ImmutableArray<SyntaxTree> Trees,
            ImmutableArray<SourceText> Texts,
            CSharpParseOptions ParseOptions,
            ImmutableArray<MetadataReference> References,
            ImmutableArray<ReferenceShapes.Shape> Shapes,
            CSharpCompilationOptions CompilationOptions,
            AnalyzerOptions AnalyzerOptions,
            int Documents,
            string Description)
        {
            public Compilation Compile(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(AssemblyName, trees, References, CompilationOptions);
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
