using System.Diagnostics;
using System.Globalization;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Manifests;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>--merge 250,500,1000</c>: what <c>privacy merge</c> costs on that many project manifests, as a monorepo's CI
/// merge job runs it — every part read from its JSON file, merged, the result serialized. Each project has the
/// shape of a real one (a dozen sites in five categories, some declared, findings, a flow), with its own files.
/// Reports the median time of the runs and the memory: bytes allocated, and the managed heap holding the parts and
/// the result at the end (what has to grow linearly).
/// </summary>
internal static class MergeBenchmark
{
    private static readonly string[] Categories = ["user.contact.email", "user.device.ip_address", "user.device.cookie_id", "user.location.imprecise", "user.name"];

    public static int Run(IReadOnlyList<int> counts, int runs, string? markdown)
    {
        var folder = Path.Combine(Path.GetTempPath(), "privacy-merge-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var lines = new List<string>
        {
            "| projects | median time | its CPU time | time per project | allocated | heap at the end | heap per project | output |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        };
        try
        {
            foreach (var count in counts)
            {
                var files = Generate(folder, count);

                // Warm-up: the JIT and the serializer's metadata, not measured.
                Measure(files);
                var measured = Enumerable.Range(0, Math.Max(1, runs)).Select(_ => Measure(files)).OrderBy(m => m.Seconds).ToList();
                var median = measured[measured.Count / 2];
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {count} | {median.Seconds:0.000} s | {median.Cpu.TotalSeconds:0.000} s | {median.Seconds * 1000 / count:0.00} ms | {median.Allocated / 1048576.0:0.0} MiB | {median.Heap / 1048576.0:0.0} MiB | {median.Heap / 1024.0 / count:0.0} KiB | {median.Size / 1048576.0:0.0} MiB |"));
                Console.WriteLine(lines[^1]);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var table = string.Join('\n', lines) + "\n";
        Console.WriteLine();
        Console.Write(table);
        if (markdown is not null)
        {
            File.WriteAllText(markdown, table);
        }

        return 0;
    }

    /// <summary>
    /// One measured merge. Its own frame holds the parts and the result, so the heap measured at its end is theirs
    /// alone (a caller's loop would still root the previous run's).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (double Seconds, TimeSpan Cpu, long Allocated, long Heap, int Size) Measure(IReadOnlyList<string> files)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var (parts, json) = Merge(files);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var heap = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(parts);
        return (clock.Elapsed.TotalSeconds, cpu, allocated, heap, json.Length);
    }

    /// <summary>Read every part, merge, serialize: the merge job's work. The parts are returned so the heap holds them.</summary>
    private static (IReadOnlyList<ManifestPart> Parts, string Json) Merge(IReadOnlyList<string> files)
    {
        var parts = files.Select(f => new ManifestPart(f, ManifestJson.Read(f))).ToList();
        var merged = ManifestMerger.Merge(parts, new MergeRoot("Monorepo.sln", "solution", string.Empty));
        return (parts, ManifestJson.Serialize(merged));
    }

    private static List<string> Generate(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"p{count}-{i:0000}.json"));
            File.WriteAllText(path, ManifestJson.Serialize(Project(string.Create(CultureInfo.InvariantCulture, $"Project{i:0000}"))));
            files.Add(path);
        }

        return files;
    }

    /// <summary>One project's manifest, as the build writes it (paths relative to the repository's root).</summary>
    private static Manifest Project(string name)
    {
        var categories = new List<CategoryEntry>();
        var findings = new List<Finding>();
        for (var c = 0; c < Categories.Length; c++)
        {
            var id = Categories[c];
            var declaration = new Declaration($"src/{name}/Collect{c}.cs", 10, 6, name, id, ["essential.service"]);
            var sites = new List<Site>();
            for (var s = 0; s < 3; s++)
            {
                var declared = s != 2;
                sites.Add(new Site($"src/{name}/Collect{c}.cs", 11 + (s * 4), 9, name, $"{name}.Collector{c}.Read{s}", "HttpRequest.Cookies", "P:Microsoft.AspNetCore.Http.HttpRequest.Cookies", "ASP.NET Core", declared, declared ? id : null, declared ? ["essential.service"] : [], "symbol"));
                if (!declared)
                {
                    findings.Add(new Finding("PRIV001", "warning", "Personal data collected without a declared purpose", $"HttpRequest.Cookies collects {id} without a declared purpose", $"src/{name}/Collect{c}.cs", 11 + (s * 4), 9, name, id, "https://example.test/PRIV001"));
                }
            }

            var recipients = c == 0
                ? new List<Recipient> { new("Microsoft.Extensions.Logging", "log", false, [new FlowEntry($"src/{name}/Collect0.cs", 30, 13, name, "LoggerExtensions.LogInformation", "HttpRequest.Cookies", false, false)]) }
                : null;
            categories.Add(new CategoryEntry(id, id, id[..id.LastIndexOf('.')], "NSPrivacyCollectedDataTypeOtherDataTypes", null, [new PurposeEntry("essential.service", "Essential service")], 2, 1, [declaration], sites, recipients, recipients is null ? null : false, recipients is null ? null : false));
        }

        var scan = new ScanInfo(name + ".csproj", "project", false, "full", [], null, [new ScannedProject(name, "analyzed", 40, null)], null);
        var summary = new ManifestSummary(1, categories.Count, 1, 15, 10, 5, categories.Count, findings.Count);
        return new Manifest(Manifest.CurrentSchemaVersion, new ToolInfo(ManifestAssembler.ToolName, ManifestAssembler.ToolVersion), null, scan, summary, categories, findings);
    }
}
