using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// The managed assemblies of a folder, in a stable order: native files (and files that cannot be read) are skipped.
    /// Linked into the test corpus (tests/Shared/CorpusCompilation.cs) too, so that the tests and the benchmarks
    /// pick a framework folder's references the way the CLI does.
    /// </summary>
    internal static class ManagedAssemblies
    {
        public static IEnumerable<MetadataReference> In(string folder)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
            {
                if (IsManagedAssembly(file))
                {
                    yield return MetadataReference.CreateFromFile(file);
                }
            }
        }

        private static bool IsManagedAssembly(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new PEReader(stream);
                return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }
}
