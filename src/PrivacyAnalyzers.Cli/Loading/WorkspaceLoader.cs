using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>A project to analyse, as MSBuildWorkspace loaded it (one per target framework).</summary>
    internal sealed record LoadedProject(string Name, Project Project);

    /// <summary>A project that could not be loaded, with the reason.</summary>
    internal sealed record LoadFailure(string Name, string Message);

    /// <summary>What MSBuildWorkspace said while loading: failures stop a project, warnings only become notes.</summary>
    internal sealed record LoadDiagnostics(IReadOnlyList<LoadFailure> Failures, IReadOnlyList<string> Warnings);

    /// <summary>The loaded solution or project; disposing it stops MSBuildWorkspace's build host.</summary>
    internal sealed class LoadedWorkspace : IDisposable
    {
        private readonly Workspace workspace;

        public LoadedWorkspace(Workspace workspace, IReadOnlyList<LoadedProject> projects, IReadOnlyList<LoadFailure> failures, IReadOnlyList<string> warnings)
        {
            this.workspace = workspace;
            Projects = projects;
            Failures = failures;
            Warnings = warnings;
        }

        public IReadOnlyList<LoadedProject> Projects { get; }

        public IReadOnlyList<LoadFailure> Failures { get; }

        /// <summary>Warning-level load diagnostics (NU1603 and the like), one sentence each, for the manifest's notes.</summary>
        public IReadOnlyList<string> Warnings { get; }

        public void Dispose() => workspace.Dispose();
    }

    /// <summary>
    /// Loads a solution or a project through MSBuildWorkspace: the user's own build evaluates it, so
    /// its references, generators, AdditionalFiles (PrivacyPolicy.txt) and .editorconfig come along.
    /// The project must have been restored, as for any build.
    /// </summary>
    internal static partial class WorkspaceLoader
    {
        public static Task<LoadedWorkspace> LoadAsync(ScanInput input, string? policyFile, Reporter reporter, CancellationToken cancellationToken)
        {
            MsBuildSetup.EnsureLocatorRegistered();
            if (MsBuildSetup.Failure is { } failure)
            {
                throw new ToolException("Cannot load projects: no .NET SDK found (" + failure + ").");
            }

            return LoadCoreAsync(input, policyFile, reporter, cancellationToken);
        }

        /// <summary>Kept out of <see cref="LoadAsync"/> so the JIT meets MSBuildWorkspace only after the locator ran.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static async Task<LoadedWorkspace> LoadCoreAsync(ScanInput input, string? policyFile, Reporter reporter, CancellationToken cancellationToken)
        {
            var workspace = MSBuildWorkspace.Create();
            try
            {
                var diagnostics = new List<WorkspaceDiagnostic>();
                workspace.RegisterWorkspaceFailedHandler(e =>
                {
                    lock (diagnostics)
                    {
                        diagnostics.Add(e.Diagnostic);
                    }
                });

                var progress = new LoadProgress(reporter);
                Solution solution;
                IEnumerable<Project> candidates;
                try
                {
                    if (input.Kind == InputKind.Solution)
                    {
                        solution = await workspace.OpenSolutionAsync(input.Path, progress, cancellationToken).ConfigureAwait(false);
                        candidates = solution.Projects;
                    }
                    else
                    {
                        var opened = await workspace.OpenProjectAsync(input.Path, progress, cancellationToken).ConfigureAwait(false);
                        solution = opened.Solution;

                        // Only the project asked for (every target framework of it), not the projects it references.
                        candidates = solution.Projects.Where(p => SamePath(p.FilePath, input.Path));
                    }
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
                catch (Exception) when (cancellationToken.IsCancellationRequested)
                {
                    // The build host may fail in its own way when it is stopped mid-load.
                    throw new OperationCanceledException(cancellationToken);
                }
                catch (Exception exception) when (exception is not ToolException)
                {
                    throw new ToolException(LoadErrorMessage(input, exception.Message, diagnostics), exception);
                }
                finally
                {
                    reporter.ClearProgress();
                }

                var projects = new List<LoadedProject>();
                foreach (var project in candidates.OrderBy(p => p.FilePath, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (project.Language != LanguageNames.CSharp)
                    {
                        reporter.Info($"skipped {project.Name}: {project.Language}, not C#");
                        continue;
                    }

                    projects.Add(new LoadedProject(ProjectName(project), WithPolicy(project, policyFile)));
                }

                var loaded = Classify(diagnostics, projects.Where(p => p.Project.Documents.Any()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal), input);
                foreach (var diagnostic in diagnostics)
                {
                    reporter.Info("workspace: " + diagnostic.Message);
                }

                foreach (var warning in loaded.Warnings)
                {
                    reporter.Info("workspace warning: " + warning);
                }

                var failures = loaded.Failures.ToList();
                if (projects.Count == 0 && failures.Count == 0)
                {
                    failures.Add(new LoadFailure(input.RootName, input.Kind == InputKind.Solution
                        ? $"{input.RootName} holds no C# project that could be loaded."
                        : $"{input.RootName} could not be loaded as a C# project."));
                }

                // A project that failed to load is often still listed, with no documents: report the failure once.
                var failedNames = failures.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
                projects.RemoveAll(p => failedNames.Contains(p.Name) && !p.Project.Documents.Any());

                return new LoadedWorkspace(workspace, projects, failures.DistinctBy(f => (f.Name, f.Message)).ToList(), loaded.Warnings);
            }
            catch
            {
                workspace.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Sorts MSBuildWorkspace's diagnostics into failures and warnings. MSBuildWorkspace reports every
        /// message of the design-time build as <see cref="WorkspaceDiagnosticKind.Failure"/>, warnings too
        /// (a restore's NU1603 comes back from the assets file on every build), so the kind alone cannot
        /// decide: a diagnostic about a project that loaded with its documents is a warning, since the
        /// project is analysed anyway and its compilation shows whether it is whole. Only a project that
        /// did not load, or one that was never restored, fails.
        /// </summary>
        /// <param name="loadedProjects">Names of the projects that loaded with at least one document.</param>
        public static LoadDiagnostics Classify(IEnumerable<WorkspaceDiagnostic> diagnostics, IReadOnlySet<string> loadedProjects, ScanInput input)
        {
            var failures = new List<LoadFailure>();
            var warnings = new List<string>();
            foreach (var diagnostic in diagnostics)
            {
                var name = ProjectNameIn(diagnostic.Message) ?? input.RootName;
                var message = Explain(diagnostic.Message, input);
                var fatal = diagnostic.Kind == WorkspaceDiagnosticKind.Failure
                    && (!loadedProjects.Contains(name) || NotRestored(diagnostic.Message));
                if (fatal)
                {
                    failures.Add(new LoadFailure(name, message));
                }
                else
                {
                    warnings.Add($"{name} loaded with a warning: {WithoutPrefix(message)}");
                }
            }

            return new LoadDiagnostics(
                failures.DistinctBy(f => (f.Name, f.Message)).ToList(),
                warnings.Distinct(StringComparer.Ordinal).ToList());
        }

        /// <summary>MSBuildWorkspace's "Msbuild failed when processing the file '…' with message: " says nothing a note needs.</summary>
        private static string WithoutPrefix(string message)
        {
            const string marker = "with message: ";
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            return at < 0 ? message : message[(at + marker.Length)..];
        }

        private static bool NotRestored(string message)
            => message.Contains("NETSDK1004", StringComparison.Ordinal) || message.Contains("project.assets.json", StringComparison.Ordinal);

        /// <summary>Replaces the project's PrivacyPolicy.txt with the --policy file, when one was given.</summary>
        private static Project WithPolicy(Project project, string? policyFile)
        {
            if (policyFile is null)
            {
                return project;
            }

            var existing = project.AdditionalDocuments.Where(d => PolicyFiles.IsPolicyFile(d.FilePath ?? d.Name)).Select(d => d.Id).ToList();
            project = project.RemoveAdditionalDocuments([.. existing]);
            var text = Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(policyFile));
            return project.AddAdditionalDocument(PolicyFiles.FileName, text, folders: null, filePath: PolicyFiles.AnalyzerPath(policyFile)).Project;
        }

        /// <summary>The project's name without MSBuildWorkspace's target-framework suffix: <c>App(net8.0)</c> is <c>App</c>.</summary>
        private static string ProjectName(Project project)
        {
            var match = TargetFrameworkSuffix().Match(project.Name);
            return match.Success ? match.Groups["name"].Value : project.Name;
        }

        private static string LoadErrorMessage(ScanInput input, string message, List<WorkspaceDiagnostic> diagnostics)
        {
            var first = diagnostics.FirstOrDefault(d => d.Kind == WorkspaceDiagnosticKind.Failure)?.Message ?? message;
            return $"Could not load {input.RootName}: {Explain(OneLine(first), input)}";
        }

        /// <summary>Turns MSBuild's messages into advice where the cause is known.</summary>
        private static string Explain(string message, ScanInput input)
        {
            message = OneLine(message);
            if (NotRestored(message))
            {
                return $"not restored: run `dotnet restore {input.Path}` first ({message})";
            }

            return message;
        }

        /// <summary>The longest load message shown: MSBuild can join every error of a solution into one line of many kilobytes.</summary>
        public const int MaxMessageLength = 400;

        /// <summary>One line, and at most <see cref="MaxMessageLength"/> characters: the first errors, and how much was left out.</summary>
        private static string OneLine(string text)
        {
            var line = Whitespace().Replace(text, " ").Trim();
            if (line.Length <= MaxMessageLength)
            {
                return line;
            }

            var cut = line.LastIndexOf(' ', MaxMessageLength);
            cut = cut < MaxMessageLength / 2 ? MaxMessageLength : cut;
            return line[..cut] + $" … ({line.Length - cut} more characters; --verbosity detailed shows the whole message)";
        }

        private static string? ProjectNameIn(string message)
        {
            var match = ProjectPath().Match(message);
            return match.Success ? Path.GetFileNameWithoutExtension(match.Groups["path"].Value) : null;
        }

        private static bool SamePath(string? a, string b)
            => a is not null && string.Equals(Path.GetFullPath(a), b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        [GeneratedRegex(@"^(?<name>.*)\(net[^)]*\)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
        private static partial Regex TargetFrameworkSuffix();

        [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
        private static partial Regex Whitespace();

        [GeneratedRegex(@"'(?<path>[^']+\.(?:cs|vb|fs)proj)'", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
        private static partial Regex ProjectPath();

        /// <summary>Shows "loading" progress synchronously (<see cref="Progress{T}"/> would post it later, out of order).</summary>
        private sealed class LoadProgress : IProgress<ProjectLoadProgress>
        {
            private readonly Reporter reporter;
            private int resolved;

            public LoadProgress(Reporter reporter) => this.reporter = reporter;

            public void Report(ProjectLoadProgress value)
            {
                var name = Path.GetFileNameWithoutExtension(value.FilePath);
                var framework = string.IsNullOrEmpty(value.TargetFramework) ? string.Empty : " " + value.TargetFramework;
                if (value.Operation == ProjectLoadOperation.Resolve)
                {
                    var count = Interlocked.Increment(ref resolved);
                    reporter.Progress($"Loaded {count} project{(count == 1 ? string.Empty : "s")} ({name}{framework})");
                    reporter.Info($"loaded {name}{framework} in {value.ElapsedTime.TotalSeconds:0.0}s");
                }
                else
                {
                    reporter.Progress($"Loading {name}{framework}: {value.Operation.ToString().ToLowerInvariant()}…");
                }
            }
        }
    }
}
