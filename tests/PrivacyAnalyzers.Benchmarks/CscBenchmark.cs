using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>One run of the SDK's compiler: its process's wall and CPU time, and what it printed.</summary>
internal sealed record CscRun(double WallMs, double CpuMs, int Privacy, int ExitCode, string Output);

/// <summary>
/// What a user's build pays (<c>--csc N</c>): the corpus written to a folder with a response file, compiled by the
/// running SDK's own <c>csc.dll</c> (its Roslyn, the compiler server off: one process per compilation, emit included),
/// N rounds, alternating ours (<c>/analyzer:</c> the harness's PrivacyAnalyzers.dll) with floors built into tiny
/// analyzer assemblies: the no-op floor, the reporting floor (ours' diagnostics on this corpus, replayed from a table,
/// no analysis) and the same reporting nothing. CPU time is the child's own (<c>getrusage(RUSAGE_CHILDREN)</c>).
/// </summary>
internal static class CscBenchmark
{
    public const string NoOp = "no-op floor";
    public const string ReportingEmpty = "reporting floor, reporting nothing";
    public const string Reporting = "reporting floor (ours' diagnostics, no analysis)";
    public const string Ours = "PrivacyAnalyzers";

    public static async Task RunAsync(CorpusInput corpus, ImmutableArray<Diagnostic> recorded, ImmutableArray<DiagnosticAnalyzer> ours, int runs, string repositoryRoot, Action<string> log)
    {
        var csc = PeerAnalyzers.SdkCompiler(repositoryRoot);
        var work = Path.Combine(Path.GetTempPath(), "privacy-csc-" + corpus.Name + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        try
        {
            var sources = WriteSources(corpus, Path.Combine(work, "src"));
            var privacyIds = ours.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var replayed = recorded.Where(d => privacyIds.Contains(d.Id)).ToList();
            var analyzers = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [NoOp] = EmitFloor(Path.Combine(work, "noop"), FloorSource(replay: false, Array.Empty<Diagnostic>(), sources)),
                [ReportingEmpty] = EmitFloor(Path.Combine(work, "empty"), FloorSource(replay: true, Array.Empty<Diagnostic>(), sources)),
                [Reporting] = EmitFloor(Path.Combine(work, "replay"), FloorSource(replay: true, replayed, sources)),
                [Ours] = PrivacyAnalyzerSet.Assembly.Location,
            };
            var order = new[] { NoOp, Ours, Reporting, ReportingEmpty };
            var responseFiles = order.ToDictionary(name => name, name => WriteResponseFile(work, name, corpus, sources.Values, analyzers[name]), StringComparer.Ordinal);
            log($"  csc: {csc} ({PeerAnalyzers.FileVersionOf(csc)}), {sources.Count} files in {work}; {replayed.Count} PRIV diagnostics to replay");

            var samples = order.ToDictionary(name => name, _ => new List<CscRun>(), StringComparer.Ordinal);
            for (var round = 0; round <= runs; round++)
            {
                // Ours right after the no-op floor in every round (the pair a budget is judged on); the rest rotate.
                var rotated = round % 2 == 0 ? order : new[] { Reporting, ReportingEmpty, NoOp, Ours };
                var line = new StringBuilder(round == 0 ? "  csc warm-up:" : $"  csc round {round}/{runs} (load {LoadAverage()}):");
                foreach (var name in rotated)
                {
                    var run = await CompileAsync(csc, responseFiles[name]).ConfigureAwait(false);
                    if (run.ExitCode != 0)
                    {
                        throw new InvalidOperationException($"csc failed ({run.ExitCode}) for {name}:\n" + run.Output[..Math.Min(run.Output.Length, 3000)]);
                    }

                    line.Append(CultureInfo.InvariantCulture, $" {Short(name)} {run.WallMs:F0}/{run.CpuMs:F0}");
                    if (round > 0)
                    {
                        samples[name].Add(run);
                    }
                }

                log(line.Append(" ms wall/CPU").ToString());
            }

            log($"  csc, median of {runs} rounds:   {"wall ms",9} {"CPU ms",9} {"PRIV printed",12}");
            foreach (var name in order)
            {
                log($"  {name,-50} {AnalysisTimer.Median(samples[name].Select(s => s.WallMs)),9:F0} {AnalysisTimer.Median(samples[name].Select(s => s.CpuMs)),9:F0} {samples[name][0].Privacy,12}");
            }

            void Ratio(string label, string numerator, string denominator)
            {
                double Paired(Func<CscRun, double> measure)
                    => AnalysisTimer.Median(samples[numerator].Zip(samples[denominator], (a, b) => measure(a) / measure(b)));
                log($"  {label,-74} paired wall {Paired(s => s.WallMs):F3}  CPU {Paired(s => s.CpuMs):F3}");
            }

            Ratio("PrivacyAnalyzers / no-op floor", Ours, NoOp);
            Ratio("PrivacyAnalyzers / reporting floor (our analysis)", Ours, Reporting);
            Ratio("reporting floor / reporting nothing (the driver's cost of our diagnostics)", Reporting, ReportingEmpty);
            Ratio("reporting nothing / no-op floor (a semantic-model and a compilation-end action)", ReportingEmpty, NoOp);
            var extra = AnalysisTimer.Median(samples[Ours].Zip(samples[NoOp], (a, b) => a.CpuMs - b.CpuMs));
            var reporting = AnalysisTimer.Median(samples[Reporting].Zip(samples[ReportingEmpty], (a, b) => a.CpuMs - b.CpuMs));
            log($"  ours − no-op: {extra:F0} ms CPU; reporting floor − reporting nothing: {reporting:F0} ms CPU (paired medians)");
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temp cleanup: a measurement is not failed by its scratch folder.
            }
        }
    }

    /// <summary>Each tree's text in a file of its own, keyed by the tree's path in the in-memory compilation.</summary>
    private static Dictionary<string, string> WriteSources(CorpusInput corpus, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < corpus.Trees.Length; i++)
        {
            var tree = corpus.Trees[i];
            var path = Path.Combine(directory, i.ToString("D4", CultureInfo.InvariantCulture) + "_" + Path.GetFileName(tree.FilePath));
            File.WriteAllText(path, tree.GetText().ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            files[tree.FilePath] = path;
        }

        return files;
    }

    /// <summary>The switches a library build passes (Debug: portable PDB, not optimized), the corpus's references and sources.</summary>
    private static string WriteResponseFile(string work, string name, CorpusInput corpus, IEnumerable<string> sources, string analyzer)
    {
        var slug = new string(name.Where(char.IsLetterOrDigit).ToArray());
        var output = Path.Combine(work, "out-" + slug);
        Directory.CreateDirectory(output);
        var lines = new List<string>
        {
            "/nologo", "/nostdlib+", "/target:library", "/nullable:enable", "/langversion:latest", "/debug:portable", "/optimize-",
            "/deterministic+", corpus.AllowUnsafe ? "/unsafe+" : "/unsafe-",
            $"/out:\"{Path.Combine(output, corpus.Name + ".dll")}\"",
            $"/analyzer:\"{analyzer}\"",
        };
        lines.AddRange(corpus.References.OfType<PortableExecutableReference>().Select(r => $"/reference:\"{r.FilePath}\""));
        lines.AddRange(sources.Select(s => $"\"{s}\""));
        var path = Path.Combine(work, slug + ".rsp");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static async Task<CscRun> CompileAsync(string csc, string responseFile)
    {
        AnalysisTimer.Settle();
        var start = new ProcessStartInfo(PeerAnalyzers.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", csc, "/noconfig", "@" + responseFile })
        {
            start.ArgumentList.Add(argument);
        }

        // The compiler server is off (a build with UseSharedCompilation=false): csc.dll compiles in this one process.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var cpu = ChildrenCpu();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + csc);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        var output = await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false);
        var cpuMs = (ChildrenCpu() - cpu).TotalMilliseconds;
        var privacy = output.Split('\n').Count(l => l.Contains(": warning PRIV", StringComparison.Ordinal) || l.Contains(": info PRIV", StringComparison.Ordinal) || l.Contains(": error PRIV", StringComparison.Ordinal));
        return new CscRun(wall, cpuMs, privacy, process.ExitCode, process.ExitCode == 0 ? string.Empty : output);
    }

    /// <summary>
    /// A floor's source: the no-op (a compilation-start action and operation actions for ours' kinds), or a reporting
    /// floor that also reports <paramref name="diagnostics"/> from a table (id, message, severity, location, additional
    /// locations, properties) in each tree's semantic-model action, and those outside source at compilation end.
    /// </summary>
    private static string FloorSource(bool replay, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> files)
    {
        var paths = new List<string>();
        var pathIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int File(Location location)
        {
            if (location.SourceTree is null)
            {
                return -1;
            }

            var path = files[location.SourceTree.FilePath];
            if (!pathIndex.TryGetValue(path, out var index))
            {
                index = paths.Count;
                paths.Add(path);
                pathIndex[path] = index;
            }

            return index;
        }

        var descriptors = diagnostics.Select(d => (d.Id, d.DefaultSeverity)).Distinct().ToList();
        var rows = new StringBuilder();
        foreach (var d in diagnostics)
        {
            var additional = string.Join(", ", d.AdditionalLocations.Select(l => $"{File(l)}, {l.SourceSpan.Start}, {l.SourceSpan.Length}"));
            var properties = string.Join(", ", d.Properties.Select(p => $"{Literal(p.Key)}, {(p.Value is null ? "null" : Literal(p.Value))}"));
            rows.Append(CultureInfo.InvariantCulture, $"        new Row({descriptors.IndexOf((d.Id, d.DefaultSeverity))}, (DiagnosticSeverity){(int)d.Severity}, {Literal(d.GetMessage(CultureInfo.InvariantCulture))}, {File(d.Location)}, {d.Location.SourceSpan.Start}, {d.Location.SourceSpan.Length}, new int[] {{ {additional} }}, new string?[] {{ {properties} }}),\n");
        }

        var kinds = string.Join(", ", PrivacyAnalyzerSet.OperationKinds.Select(k => "OperationKind." + k));
        var descriptorList = descriptors.Count == 0
            ? "new DiagnosticDescriptor(\"NOOP001\", \"Never reported\", \"Never reported\", \"Performance\", DiagnosticSeverity.Warning, true)"
            : string.Join(",\n        ", descriptors.Select(d => $"new DiagnosticDescriptor({Literal(d.Id)}, {Literal(d.Id)}, \"{{0}}\", \"Privacy\", (DiagnosticSeverity){(int)d.DefaultSeverity}, true)"));
        var replayActions = !replay ? string.Empty : """
                        var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
                        foreach (var tree in start.Compilation.SyntaxTrees) trees[tree.FilePath] = tree;
                        Location At(int file, int from, int length)
                            => file < 0 ? Location.None : Location.Create(trees[Paths[file]], TextSpan.FromBounds(from, from + length));
                        Diagnostic Create(Row row)
                        {
                            var additional = new List<Location>();
                            for (var i = 0; i < row.Additional.Length; i += 3) additional.Add(At(row.Additional[i], row.Additional[i + 1], row.Additional[i + 2]));
                            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                            for (var i = 0; i < row.Properties.Length; i += 2) properties[row.Properties[i]!] = row.Properties[i + 1];
                            return Diagnostic.Create(Descriptors[row.Descriptor], At(row.File, row.Start, row.Length), row.Severity, additional, properties.ToImmutable(), row.Message);
                        }
                        start.RegisterSemanticModelAction(model =>
                        {
                            if (!ByFile.TryGetValue(model.SemanticModel.SyntaxTree.FilePath, out var mine)) return;
                            foreach (var row in mine) model.ReportDiagnostic(Create(row));
                        });
                        start.RegisterCompilationEndAction(end =>
                        {
                            foreach (var row in Rows) if (row.File < 0) end.ReportDiagnostic(Create(row));
                        });
            """;
        return $$"""
            #nullable enable
            using System;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using Microsoft.CodeAnalysis;
            using Microsoft.CodeAnalysis.Diagnostics;
            using Microsoft.CodeAnalysis.Text;

            // Generated by the benchmark harness (CscBenchmark.FloorSource) for one run: never shipped.
            internal sealed record Row(int Descriptor, DiagnosticSeverity Severity, string Message, int File, int Start, int Length, int[] Additional, string?[] Properties);

            [DiagnosticAnalyzer(LanguageNames.CSharp)]
            public sealed class Floor : DiagnosticAnalyzer
            {
                private static readonly DiagnosticDescriptor[] Descriptors = { {{descriptorList}} };
                private static readonly string[] Paths = { {{string.Join(", ", paths.Select(Literal))}} };
                private static readonly Row[] Rows = {
            {{rows}}    };
                private static readonly Dictionary<string, List<Row>> ByFile = Index();

                private static Dictionary<string, List<Row>> Index()
                {
                    var byFile = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
                    foreach (var row in Rows)
                    {
                        if (row.File < 0) continue;
                        if (!byFile.TryGetValue(Paths[row.File], out var list)) byFile[Paths[row.File]] = list = new List<Row>();
                        list.Add(row);
                    }
                    return byFile;
                }

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors);

                public override void Initialize(AnalysisContext context)
                {
                    context.EnableConcurrentExecution();
                    context.ConfigureGeneratedCodeAnalysis((GeneratedCodeAnalysisFlags){{(int)PrivacyAnalyzerSet.GeneratedCodeAnalysis}});
                    context.RegisterCompilationStartAction(start =>
                    {
                        start.RegisterOperationAction(static _ => { }, {{kinds}});
            {{replayActions}}
                    });
                }
            }
            """;
    }

    /// <summary>Compiles a floor's source with the harness's Roslyn into <paramref name="directory"/>/Floor.dll.</summary>
    private static string EmitFloor(string directory, string source)
    {
        Directory.CreateDirectory(directory);
        var references = CorpusCompilation.ManagedAssembliesIn(Path.GetDirectoryName(typeof(object).Assembly.Location)!)
            .Append(MetadataReference.CreateFromFile(typeof(DiagnosticAnalyzer).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Floor",
            new[] { CSharpSyntaxTree.ParseText(source, CorpusCompilation.ParseOptions) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
        var path = Path.Combine(directory, "Floor.dll");
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            throw new InvalidOperationException("the floor did not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        return path;
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Short(string name) => name switch
    {
        NoOp => "no-op",
        Ours => "ours",
        Reporting => "report",
        ReportingEmpty => "report(none)",
        _ => name,
    };

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>CPU time (user and system) of this process's waited-for children so far.</summary>
    private static TimeSpan ChildrenCpu()
    {
        if (GetResourceUsage(-1, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed");
        }

        var microseconds = (usage.UserSeconds + usage.SystemSeconds) * 1_000_000 + usage.UserMicroseconds + usage.SystemMicroseconds;
        return TimeSpan.FromTicks(microseconds * 10);
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>The head of <c>struct rusage</c> on 64-bit Linux (two <c>timeval</c>s), then the fourteen longs it ends with.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }
}
