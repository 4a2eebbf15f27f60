using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Cli.Analysis
{
    /// <summary>
    /// Loading a project mostly waits for MSBuild's build host. Meanwhile, a tiny compilation run
    /// through the same analyzers gets the compiler and the analyzer driver compiled by the JIT on
    /// another core, so the real analysis starts warm. Its results are thrown away.
    /// </summary>
    internal static class Warmup
    {
        private static readonly string[] WarmupAssemblies = { "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Linq.dll", "System.Collections.dll" };

        private const string Source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            namespace Warmup
            {
                public sealed record Item(string Name, int Count);

                public static class Program
                {
                    public static async Task<int> RunAsync(IEnumerable<Item> items)
                    {
                        var total = 0;
                        foreach (var item in items.Where(i => i.Count > 0).OrderBy(i => i.Name))
                        {
                            total += item.Count switch { > 10 => 10, var n => n };
                            await Task.Yield();
                        }

                        var host = Environment.MachineName;
                        return total + host.Length + $"{total}".Length;
                    }
                }
            }
            """;

        public static Task StartAsync(AnalyzerSet analyzers, CancellationToken cancellationToken)
            => Task.Run(
                async () =>
                {
                    try
                    {
                        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
                        var references = WarmupAssemblies
                            .Select(name => Path.Combine(runtime, name))
                            .Where(File.Exists)
                            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
                        var compilation = CSharpCompilation.Create(
                            "Warmup",
                            new[] { CSharpSyntaxTree.ParseText(Source, cancellationToken: cancellationToken) },
                            references,
                            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                        await CompilationAnalysis.AnalyzeAsync(compilation, new AnalyzerOptions(default), analyzers, null, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OutOfMemoryException)
                    {
                        // Only a warm-up: the real analysis reports its own problems.
                    }
                },
                cancellationToken);
    }
}
