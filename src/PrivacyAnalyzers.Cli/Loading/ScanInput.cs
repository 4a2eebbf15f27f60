namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>What a scan reads.</summary>
    internal enum InputKind
    {
        Solution,
        Project,
        Folder,
    }

    /// <summary>
    /// The resolved input of a scan: a .sln/.slnx, a .csproj, or a folder of .cs files. A folder that
    /// holds exactly one solution or project file means that file, as with <c>dotnet build folder</c>.
    /// </summary>
    /// <param name="Path">The solution or project file, or the folder (full path).</param>
    /// <param name="RootDirectory">Paths in the manifest are relative to this folder.</param>
    /// <param name="RootName">The input's name in the manifest: the file name, or the folder's.</param>
    internal sealed record ScanInput(InputKind Kind, string Path, string RootDirectory, string RootName)
    {
        private static readonly string[] SolutionExtensions = { ".sln", ".slnx" };

        public string KindName => Kind switch
        {
            InputKind.Solution => "solution",
            InputKind.Project => "project",
            _ => "folder",
        };

        /// <summary>The input of a scan; with <paramref name="forceFolder"/> (--folder), a folder (a solution's or project's own folder) in folder mode.</summary>
        public static ScanInput Resolve(string path, bool forceFolder)
        {
            if (!forceFolder)
            {
                return Resolve(path);
            }

            if (string.IsNullOrWhiteSpace(path))
            {
                return Resolve(path);
            }

            var full = System.IO.Path.GetFullPath(path);
            var folder = File.Exists(full) ? System.IO.Path.GetDirectoryName(full)! : full;
            if (!Directory.Exists(folder))
            {
                throw new ToolException($"'{path}' does not exist.");
            }

            return AsFolder(folder);
        }

        /// <summary>A folder in folder mode.</summary>
        public static ScanInput AsFolder(string folder) => new(InputKind.Folder, folder, folder, new DirectoryInfo(folder).Name);

        public static ScanInput Resolve(string path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ToolException("No path given: pass a .sln, .slnx or .csproj file, or a folder of .cs files.");
            }

            var full = System.IO.Path.GetFullPath(path);
            if (File.Exists(full))
            {
                var extension = System.IO.Path.GetExtension(full);
                var directory = System.IO.Path.GetDirectoryName(full)!;
                var name = System.IO.Path.GetFileName(full);
                if (SolutionExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
                {
                    return new ScanInput(InputKind.Solution, full, directory, name);
                }

                if (extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase))
                {
                    return new ScanInput(InputKind.Project, full, directory, name);
                }

                if (extension.Equals(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ToolException($"'{path}' is a single C# file: pass its folder to scan the folder's .cs files.");
                }

                throw new ToolException($"'{path}' is not a .sln, .slnx or .csproj file (PrivacyAnalyzers analyses C#).");
            }

            if (!Directory.Exists(full))
            {
                throw new ToolException($"'{path}' does not exist.");
            }

            var candidates = Directory.EnumerateFiles(full)
                .Where(f => SolutionExtensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)
                    || System.IO.Path.GetExtension(f).Equals(".csproj", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
            if (candidates.Count == 1)
            {
                return Resolve(candidates[0]);
            }

            if (candidates.Count > 1)
            {
                throw new ToolException(
                    $"'{path}' holds several solution or project files ({string.Join(", ", candidates.Select(System.IO.Path.GetFileName))}): pass the one to scan.");
            }

            return new ScanInput(InputKind.Folder, full, full, new DirectoryInfo(full).Name);
        }
    }
}
