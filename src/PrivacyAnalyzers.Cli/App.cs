using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using PrivacyAnalyzers.Cli.Analysis;
using PrivacyAnalyzers.Cli.Commands;
using PrivacyAnalyzers.Cli.Formats;
using PrivacyAnalyzers.Cli.Formats.Apple;
using PrivacyAnalyzers.Manifests.Formats;
using PrivacyAnalyzers.Cli.Loading;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Cli
{
    /// <summary>
    /// The commands: <c>scan</c> writes a manifest, <c>render</c> writes another format of a JSON manifest,
    /// <c>check</c> fails on findings, <c>diff</c> compares two manifests. Exit codes: 0 success, 1 findings or growth, 2 usage or load errors, 3 (check) incomplete coverage, 130 cancelled.
    /// </summary>
    internal static class App
    {
        /// <summary>Runs the tool; tests call this in-process with their own writers and token.</summary>
        /// <param name="errorIsTerminal">Whether stderr is a terminal: progress is shown only then.</param>
        /// <param name="handleTermination">Whether Ctrl-C and SIGTERM cancel the run (the real process only).</param>
        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, bool errorIsTerminal, bool handleTermination, CancellationToken cancellationToken)
        {
            var root = BuildCommands(stdout, stderr, errorIsTerminal);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    await stderr.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
                }

                await stderr.WriteLineAsync("Run 'privacy --help' for usage.").ConfigureAwait(false);
                return ExitCodes.UsageOrLoadError;
            }

            var configuration = new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                // Ctrl-C cancels the token; the run then has this long to stop and clean up.
                ProcessTerminationTimeout = handleTermination ? TimeSpan.FromSeconds(10) : null,
            };

            try
            {
                return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await stderr.WriteLineAsync("error: cancelled").ConfigureAwait(false);
                return ExitCodes.Cancelled;
            }
            catch (ToolException exception)
            {
                await stderr.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
                return exception.ExitCode;
            }
            catch (ManifestFormatException exception)
            {
                await stderr.WriteLineAsync("error: " + exception.Message).ConfigureAwait(false);
                return exception.IncompleteCoverage ? ExitCodes.IncompleteCoverage : ExitCodes.UsageOrLoadError;
            }
        }

        /// <summary>The command's name in help and usage, however the tool was started.</summary>
        public const string CommandName = "privacy";

        private static Command BuildCommands(TextWriter stdout, TextWriter stderr, bool errorIsTerminal)
        {
            // A RootCommand takes the executable's name, PrivacyAnalyzers.Cli under `dotnet run`: the
            // tool is `privacy` wherever it runs, so the root is a named command with RootCommand's options.
            var root = new Command(CommandName, "privacy: find where code collects personal data, check it is declared, and write data-collection manifests (PrivacyAnalyzers).")
            {
                new HelpOption(),
                new VersionOption(),
            };

            var format = new Option<string>("--format", "-f") { Description = "Output format: " + string.Join(", ", ManifestFormats.All.Select(f => $"{f.Name} ({f.Description})")), DefaultValueFactory = _ => "json" };
            format.AcceptOnlyFromAmong(ManifestFormats.Names.ToArray());
            var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of stdout." };
            var timestamp = new Option<bool>("--timestamp") { Description = "Record the time of the scan in the output (off by default: equal code, equal bytes)." };

            var scanInput = new ScanOptions();
            var scan = new Command("scan", "Scan a solution, project or folder and write a data-collection manifest.");
            scanInput.AddTo(scan);
            scan.Options.Add(format);
            scan.Options.Add(output);
            scan.Options.Add(timestamp);
            scan.SetAction((result, token) => ScanAsync(
                scanInput.Read(result),
                result.GetValue(format)!,
                result.GetValue(output),
                result.GetValue(timestamp),
                stdout,
                stderr,
                errorIsTerminal,
                token));

            var checkInput = new ScanOptions();
            var check = new Command("check", "Exit 0 when every collection site is declared and allowed, 1 with the findings when not, 2 on errors, 3 when no findings but some code could not be analysed. Given a manifest (.json, from scan, merge or the build), checks it without scanning.");
            checkInput.AddTo(check);
            check.SetAction((result, token) => CheckAsync(checkInput.Read(result), stdout, stderr, errorIsTerminal, token));

            var before = new Argument<string>("old") { Description = "The manifest before the change (privacy scan --format json)." };
            var after = new Argument<string>("new") { Description = "The manifest after the change." };
            var diffOutput = new Option<string?>("--output", "-o") { Description = "Write the markdown to this file (atomically) instead of stdout." };
            var diff = new Command("diff", "Say what a change starts or stops collecting, as markdown for a pull-request comment; exit 1 when collection grew.")
            {
                before, after, diffOutput,
            };
            diff.SetAction((result, token) => DiffAsync(result.GetValue(before)!, result.GetValue(after)!, result.GetValue(diffOutput), stdout, stderr, token));

            var manifestPath = new Argument<string>("manifest") { Description = "A manifest written by `privacy scan --format json`." };
            var renderFormat = new Option<string>("--format", "-f") { Description = format.Description, Required = true };
            renderFormat.AcceptOnlyFromAmong(ManifestFormats.Names.ToArray());
            var renderOutput = new Option<string?>("--output", "-o") { Description = output.Description };
            var renderAllowPartial = new Option<bool>("--allow-partial") { Description = "Write a store manifest that declares no collection although the scan could not analyse some code; the file says it is partial." };
            var render = new Command("render", "Write any format from a JSON manifest, without scanning again: the same bytes `scan --format` writes for that scan.")
            {
                manifestPath, renderFormat, renderOutput, renderAllowPartial,
            };
            render.SetAction((result, token) => RenderAsync(result.GetValue(manifestPath)!, result.GetValue(renderFormat)!, result.GetValue(renderOutput), result.GetValue(renderAllowPartial), stdout, stderr, token));

            root.Subcommands.Add(scan);
            root.Subcommands.Add(render);
            root.Subcommands.Add(check);
            root.Subcommands.Add(diff);
            root.Subcommands.Add(MergeCommand.Create(stdout, stderr));
            return root;
        }

        private static async Task<int> ScanAsync(
            ScanRequest request,
            string formatName,
            string? output,
            bool timestamp,
            TextWriter stdout,
            TextWriter stderr,
            bool errorIsTerminal,
            CancellationToken cancellationToken)
        {
            var reporter = new Reporter(stderr, request.Verbosity, errorIsTerminal);
            return await Guard(reporter, async () =>
            {
                var format = ManifestFormats.Get(formatName);
                var (result, manifest, analyzers) = await RunScanAsync(request, reporter, timestamp, cancellationToken).ConfigureAwait(false);
                await WriteOutputAsync(Render(format, manifest, analyzers, request.AllowPartial), output, stdout, cancellationToken).ConfigureAwait(false);
                ReportOutcome(reporter, result, manifest);
                reporter.Info($"{format.Name}: {Text.Summary(manifest.Summary)}{(output is null ? string.Empty : " → " + output)}", alsoInteractive: true);
                return result.Failed ? ExitCodes.UsageOrLoadError : ExitCodes.Success;
            }, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Renders a manifest read back from JSON exactly as <c>scan</c> renders the one it built.</summary>
        private static async Task<int> RenderAsync(string manifestPath, string formatName, string? output, bool allowPartial, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        {
            var reporter = new Reporter(stderr, Verbosity.Normal, interactive: false);
            return await Guard(reporter, async () =>
            {
                var format = ManifestFormats.Get(formatName);
                var manifest = JsonFormat.Read(manifestPath);
                await WriteOutputAsync(Render(format, manifest, AnalyzerSet.Load(), allowPartial), output, stdout, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The one rendering path of <c>scan</c> and <c>render</c>: everything a format needs is in the manifest or the analyzers.</summary>
        private static string Render(IManifestFormat format, Manifest manifest, AnalyzerSet analyzers, bool allowPartial)
            => ManifestFormats.Render(format, manifest, new FormatContext(RuleInfos.From(analyzers.Descriptors), manifest.Scan.RepositoryPath ?? string.Empty), allowPartial);

        private static async Task WriteOutputAsync(string text, string? output, TextWriter stdout, CancellationToken cancellationToken)
        {
            if (output is null)
            {
                await stdout.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await AtomicFile.WriteAsync(output, text, cancellationToken).ConfigureAwait(false);
            }
        }

        private static async Task<int> CheckAsync(ScanRequest request, TextWriter stdout, TextWriter stderr, bool errorIsTerminal, CancellationToken cancellationToken)
        {
            var reporter = new Reporter(stderr, request.Verbosity, errorIsTerminal);
            if (MergeCheck.IsManifest(request.Path))
            {
                return await Guard(reporter, () => MergeCheck.RunAsync(request.Path, stdout, reporter, cancellationToken), cancellationToken).ConfigureAwait(false);
            }

            return await Guard(reporter, async () =>
            {
                var (result, manifest, _) = await RunScanAsync(request, reporter, timestamp: false, cancellationToken).ConfigureAwait(false);
                var currentDirectory = Directory.GetCurrentDirectory();
                foreach (var finding in manifest.Findings)
                {
                    var file = finding.File.Length == 0 ? result.Input.RootName
                        : Path.IsPathRooted(finding.File) ? finding.File
                        : Path.GetRelativePath(currentDirectory, Path.GetFullPath(Path.Combine(result.Input.RootDirectory, finding.File)));
                    await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file}({finding.Line},{finding.Column}): {finding.Id}: {finding.Message}")).ConfigureAwait(false);
                }

                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                ReportOutcome(reporter, result, manifest);
                if (result.Failed)
                {
                    return ExitCodes.UsageOrLoadError;
                }

                return Commands.MergeCheck.Verdict(manifest, result.Input.RootName, reporter);
            }, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<int> DiffAsync(string beforePath, string afterPath, string? output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        {
            var reporter = new Reporter(stderr, Verbosity.Normal, interactive: false);
            return await Guard(reporter, async () =>
            {
                var before = JsonFormat.Read(beforePath);
                var after = JsonFormat.Read(afterPath);
                var diff = ManifestDiff.Compare(before, after);
                var markdown = diff.ToMarkdown(Path.GetFileName(beforePath), Path.GetFileName(afterPath), after);
                if (output is null)
                {
                    await stdout.WriteAsync(markdown.AsMemory(), cancellationToken).ConfigureAwait(false);
                    await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await AtomicFile.WriteAsync(output, markdown, cancellationToken).ConfigureAwait(false);
                }

                return diff.Grew ? ExitCodes.Findings : ExitCodes.Success;
            }, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Loads, analyses and builds the manifest; fails (exit 2) when no project could be analysed at all.</summary>
        private static async Task<(ScanResult Result, Manifest Manifest, AnalyzerSet Analyzers)> RunScanAsync(ScanRequest request, Reporter reporter, bool timestamp, CancellationToken cancellationToken)
        {
            var input = ScanInput.Resolve(request.Path, request.Folder);
            var policy = PolicyFiles.Resolve(request.Policy);
            var analyzers = AnalyzerSet.Load();
            ScanResult result;
            try
            {
                result = await Scanner.ScanAsync(input, policy, analyzers, reporter, request.Platform, cancellationToken).ConfigureAwait(false);
            }
            catch (ToolException exception) when (input.Kind != InputKind.Folder && request.FallbackToFolder)
            {
                reporter.Warning($"{exception.Message} Falling back to folder mode (--fallback-to-folder).");
                result = await Scanner.ScanAsync(ScanInput.AsFolder(input.RootDirectory), policy, analyzers, reporter, request.Platform, cancellationToken).ConfigureAwait(false);
            }
            catch (ToolException exception) when (input.Kind != InputKind.Folder)
            {
                throw new ToolException(exception.Message + " " + FolderModeHint, exception, exception.ExitCode);
            }

            var analysed = result.Projects.Where(p => p.Status != Scanner.FailedStatus).ToList();
            if (analysed.Count == 0 && input.Kind != InputKind.Folder && request.FallbackToFolder)
            {
                reporter.Warning($"No project of {input.RootName} could be analysed. Falling back to folder mode (--fallback-to-folder).");
                result = await Scanner.ScanAsync(ScanInput.AsFolder(input.RootDirectory), policy, analyzers, reporter, request.Platform, cancellationToken).ConfigureAwait(false);
                analysed = result.Projects.Where(p => p.Status != Scanner.FailedStatus).ToList();
            }

            if (analysed.Count == 0)
            {
                var failures = result.Projects.Where(p => p.Message is not null).Select(p => $"{p.Name}: {p.Message}").ToList();
                throw new ToolException((failures.Count switch
                {
                    0 => $"Could not analyse {input.RootName}.",
                    1 => $"Could not analyse {failures[0]}",
                    _ => $"Could not analyse any project of {input.RootName}: {string.Join("; ", failures.Take(3))}{(failures.Count > 3 ? $"; and {failures.Count - 3} more" : string.Empty)}",
                }) + " " + FolderModeHint);
            }

            if (input.Kind != InputKind.Folder && result.Projects.Any(p => p.Status == Scanner.FailedStatus))
            {
                // A partial manifest of what did load; the rest can still be scanned as files.
                reporter.Warning(FolderModeHint);
            }

            var generatedAt = timestamp ? DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null;
            var manifest = AppleManifestInputs.Complete(ManifestBuilder.Build(result, generatedAt), request, input.RootDirectory);
            var repositoryPath = RepositoryPrefix(input.RootDirectory);
            if (repositoryPath.Length > 0)
            {
                manifest = manifest with { Scan = manifest.Scan with { RepositoryPath = repositoryPath } };
            }

            return (result, manifest, analyzers);
        }

        /// <summary>What a load failure adds: folder mode exists, and how to get it.</summary>
        public const string FolderModeHint = "Folder mode scans the .cs files without loading or restoring anything: pass --folder, or --fallback-to-folder to use it when loading fails.";

        /// <summary>One line per failed project (exit 2 follows), a warning for results of reduced confidence.</summary>
        private static void ReportOutcome(Reporter reporter, ScanResult result, Manifest manifest)
        {
            foreach (var project in result.Projects.Where(p => p.Status != Scanner.Analyzed))
            {
                reporter.Error($"{project.Name}: {(project.Status == Scanner.CompileErrors ? "does not compile: " : "not analysed: ")}{project.Message}");
            }

            foreach (var note in result.Notes.Where(n => !result.Projects.Any(p => p.Message is not null && n.Contains(p.Message, StringComparison.Ordinal))))
            {
                if (result.Failed)
                {
                    reporter.Error(note);
                }
                else
                {
                    reporter.Warning(note);
                }
            }

            foreach (var warning in result.Warnings)
            {
                reporter.Warning(warning);
            }
        }

        private static async Task<int> Guard(Reporter reporter, Func<Task<int>> action, CancellationToken cancellationToken)
        {
            try
            {
                return await action().ConfigureAwait(false);
            }
            catch (ToolException exception)
            {
                reporter.ClearProgress();
                reporter.Error(exception.Message);
                return exception.ExitCode;
            }
            catch (ManifestFormatException exception)
            {
                // A renderer of PrivacyAnalyzers.Manifests refused (a store format for a partial scan, an unknown
                // format, an unreadable manifest): the same message and exit code as the tool's own errors.
                reporter.ClearProgress();
                reporter.Error(exception.Message);
                return exception.IncompleteCoverage ? ExitCodes.IncompleteCoverage : ExitCodes.UsageOrLoadError;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                reporter.ClearProgress();
                reporter.Error("cancelled; no output was written.");
                return ExitCodes.Cancelled;
            }
        }

        /// <summary>The scanned root relative to the enclosing git repository ("docs/samples/QuickStart/"), or "".</summary>
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
    }
}
