using System.CommandLine;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Cli.Commands
{
    /// <summary>
    /// <c>privacy merge</c>: per-project or per-shard manifests (and compiler logs) as the one manifest
    /// <c>privacy scan</c> of the whole solution writes, byte for byte, whatever their order and sharding
    /// (docs/manifest.md, "Merging"). <c>--solution</c> names what the parts were cut from: the merged
    /// manifest's root, kind and repository path, onto which each part's paths are rebased.
    /// </summary>
    internal static class MergeCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var inputs = new Argument<string[]>("inputs")
            {
                Description = "Manifests (privacy scan --format json, or the build's privacy-manifest.json) and compiler logs "
                    + "(.sarif, SARIF 2.1; [Name=]file.sarif names the project, else the file name does).",
                Arity = ArgumentArity.OneOrMore,
            };
            var output = new Option<string?>("--output", "-o") { Description = "Write the merged manifest to this file (atomically) instead of stdout." };
            var solution = new Option<string?>("--solution") { Description = "The .sln or .slnx the parts come from: the merged manifest's root (as `privacy scan` of it names it); parts scanned in folders below it are rebased onto it." };
            var root = new Option<string?>("--root") { Description = "The folder compiler logs' paths are made relative to (default: the solution's folder, else the current folder)." };
            var command = new Command("merge", "Merge per-project or per-shard manifests into the one `privacy scan` of the whole writes.")
            {
                inputs, output, solution, root,
            };
            command.SetAction((result, token) => RunAsync(result.GetValue(inputs)!, result.GetValue(output), result.GetValue(solution), result.GetValue(root), stdout, stderr, token));
            return command;
        }

        private static async Task<int> RunAsync(string[] inputs, string? output, string? solution, string? root, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        {
            var reporter = new Reporter(stderr, Verbosity.Normal, interactive: false);
            try
            {
                var manifest = Merge(inputs, solution, root);
                var json = ManifestJson.Serialize(manifest);
                if (output is null)
                {
                    await stdout.WriteAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
                    await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await AtomicFile.WriteAsync(output, json, cancellationToken).ConfigureAwait(false);
                }

                reporter.Info($"merged {PrivacyAnalyzers.Manifests.Formats.Text.Plural(inputs.Length, "part")}: {PrivacyAnalyzers.Manifests.Formats.Text.Summary(manifest.Summary)}{(output is null ? string.Empty : " → " + output)}");
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is ManifestReadException or ManifestMergeException or ToolException)
            {
                reporter.Error(exception.Message);
                return exception is ToolException tool ? tool.ExitCode : ExitCodes.UsageOrLoadError;
            }
        }

        /// <summary>The parts read and merged (compiler logs assembled first).</summary>
        public static Manifest Merge(IReadOnlyList<string> inputs, string? solution, string? root)
        {
            MergeRoot? mergeRoot = null;
            if (solution is not null)
            {
                var path = Path.GetFullPath(solution);
                if (!File.Exists(path) || Path.GetExtension(path) is not (".sln" or ".slnx"))
                {
                    throw new ToolException($"--solution '{solution}' is not a .sln or .slnx file.");
                }

                mergeRoot = new MergeRoot(Path.GetFileName(path), "solution", BuildManifest.RepositoryPrefix(Path.GetDirectoryName(path)!));
            }

            var rootDirectory = Path.GetFullPath(root ?? (solution is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(solution))!));
            var parts = new List<ManifestPart>();
            foreach (var input in inputs)
            {
                var (name, path) = Split(input);
                parts.Add(new ManifestPart(
                    path,
                    path.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase)
                        ? BuildManifest.FromCompilerLog(path, name, name + ".csproj", rootDirectory, policyFile: null)
                        : ManifestJson.Read(path)));
            }

            return ManifestMerger.Merge(parts, mergeRoot);
        }

        /// <summary><c>Name=file.sarif</c>, or the file with its name (without its extension) as the project's.</summary>
        private static (string Name, string Path) Split(string input)
        {
            var equals = input.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !File.Exists(input))
            {
                return (input[..equals], input[(equals + 1)..]);
            }

            return (Path.GetFileNameWithoutExtension(input), input);
        }
    }
}
