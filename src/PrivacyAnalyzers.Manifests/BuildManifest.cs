using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests
{
    /// <summary>
    /// The manifest from the build itself, for the package's MSBuild task (and <c>privacy merge</c>): one project's
    /// compiler log to its manifest, manifests merged, written and read as the CLI writes and reads them.
    /// </summary>
    public static class BuildManifest
    {
        /// <summary>
        /// One project's (one target framework's) compiler log to its manifest. Paths are made relative to
        /// <paramref name="rootDirectory"/> (the build passes the solution's folder or the repository's root), so
        /// the parts of one build merge into what <c>privacy scan</c> of the solution writes.
        /// </summary>
        /// <param name="sarifPath">The compiler's SARIF 2.1 log (<c>ErrorLog=file,version=2.1</c>).</param>
        /// <param name="projectName">The project's name as a scan names it (the file name without extension).</param>
        /// <param name="projectPath">The project file; the manifest's root is its file name.</param>
        /// <param name="policyFile">The policy file (PrivacyPolicy.txt) the analyzers read, or null.</param>
        /// <exception cref="ManifestReadException">The log is missing, truncated, edited, of another SARIF version or of another tool.</exception>
        public static Manifest FromCompilerLog(string sarifPath, string projectName, string projectPath, string rootDirectory, string? policyFile)
            => FromCompilerLog(sarifPath, projectName, projectPath, rootDirectory, policyFile, documents: 0);

        /// <inheritdoc cref="FromCompilerLog(string, string, string, string, string?)"/>
        /// <param name="documents">How many source documents the project compiles (<c>@(Compile)</c>'s count): a scan records it
        /// per project, so pass it for the build's manifest to equal the scan's byte for byte.</param>
        public static Manifest FromCompilerLog(string sarifPath, string projectName, string projectPath, string rootDirectory, string? policyFile, int documents)
        {
            ArgumentException.ThrowIfNullOrEmpty(projectPath);
            var root = Path.GetFullPath(rootDirectory);
            var project = CompilerLog.Read(sarifPath, projectName, root, documents);
            var notes = new List<string>();
            if (project.Status == ProjectRecords.CompileErrors)
            {
                notes.Add($"{project.Name} does not compile ({project.Message}); its results may be incomplete.");
            }

            var input = new ManifestInput(
                Path.GetFileName(projectPath),
                "project",
                [project],
                notes,
                [],
                Failed: notes.Count > 0,
                Policy: policyFile is null ? null : Path.GetRelativePath(root, Path.GetFullPath(policyFile)).Replace('\\', '/'));
            var manifest = ManifestAssembler.Assemble(input, generatedAt: null);
            var repositoryPath = RepositoryPrefix(root);
            return repositoryPath.Length == 0 ? manifest : manifest with { Scan = manifest.Scan with { RepositoryPath = repositoryPath } };
        }

        /// <summary>The parts as one manifest (target frameworks of a project, projects of a solution, shards of a CI matrix).</summary>
        /// <exception cref="ManifestMergeException">Two parts disagree about one site (the message names both), or they scanned different roots.</exception>
        public static Manifest Merge(IReadOnlyList<Manifest> parts)
        {
            ArgumentNullException.ThrowIfNull(parts);
            return ManifestMerger.Merge(parts.Select((m, i) => new ManifestPart(PartName(m, i), m)).ToList(), root: null);
        }

        /// <summary>The parts as the manifest of <paramref name="root"/> (a solution by name and kind).</summary>
        /// <inheritdoc cref="Merge(IReadOnlyList{Manifest})"/>
        public static Manifest Merge(IReadOnlyList<Manifest> parts, MergeRoot root)
        {
            ArgumentNullException.ThrowIfNull(parts);
            return ManifestMerger.Merge(parts.Select((m, i) => new ManifestPart(PartName(m, i), m)).ToList(), root);
        }

        /// <summary>The manifest's JSON: exactly the bytes <c>privacy scan --format json</c> writes.</summary>
        public static string ToJson(Manifest manifest) => ManifestJson.Serialize(manifest);

        /// <summary>A manifest written by this tool.</summary>
        /// <exception cref="ManifestReadException">The file is missing, not a manifest, or of another schema version.</exception>
        public static Manifest ReadJson(string path) => ManifestJson.Read(path);

        /// <summary>
        /// The folder relative to its git repository (<c>src/MyApp/</c>), empty at the repository's root or outside one:
        /// the manifest's <see cref="ScanInfo.RepositoryPath"/>.
        /// </summary>
        public static string RepositoryPrefix(string rootDirectory)
        {
            for (var directory = new DirectoryInfo(rootDirectory); directory is not null; directory = directory.Parent)
            {
                if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
                {
                    var relative = Path.GetRelativePath(directory.FullName, rootDirectory).Replace('\\', '/');
                    return relative == "." ? string.Empty : relative.TrimEnd('/') + "/";
                }
            }

            return string.Empty;
        }

        private static string PartName(Manifest manifest, int index)
            => $"part {index + 1} ({string.Join(", ", manifest.Scan.Projects.Select(p => p.Name))})";
    }
}
