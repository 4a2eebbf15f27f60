using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Cli.Loading
{
    /// <summary>
    /// The reference shapes shipped with the tool (<c>shapes/*.dll</c> next to it): compile-only assemblies with the
    /// real assembly names, namespaces and member shapes of the catalogued platform types (MAUI and Xamarin
    /// Essentials, .NET for Android and iOS, Google Play services, Windows, Unity, the analytics SDKs), built from
    /// the faithful definitions the tests compile against (tests/Stubs). Folder mode adds a shape when the code
    /// names one of its namespaces (a <c>using</c>, or a qualified name such as <c>Android.OS.Build.Model</c>), so a
    /// catalogued platform API resolves by symbol although nothing was restored; sites found through a shape say
    /// so (<c>reference-shape</c> confidence).
    /// </summary>
    internal static class ReferenceShapes
    {
        /// <summary>The folder next to the tool's assembly that holds the shapes.</summary>
        public const string FolderName = "shapes";

        private static readonly Lazy<ImmutableArray<Shape>> Shipped = new(() => Read(Path.Combine(Path.GetDirectoryName(typeof(ReferenceShapes).Assembly.Location)!, FolderName)));

        /// <summary>Every shape shipped with the tool (empty when the folder is missing: then nothing resolves through shapes).</summary>
        public static ImmutableArray<Shape> All => Shipped.Value;

        /// <summary>The shapes the trees need (with the shapes those reference), in a stable order.</summary>
        public static ImmutableArray<Shape> Needed(IReadOnlyList<SyntaxTree> trees, IEnumerable<string> extraNamespaces, CancellationToken cancellationToken)
        {
            var all = All;
            if (all.IsEmpty)
            {
                return all;
            }

            var needed = new bool[all.Length];
            var usings = new HashSet<string>(extraNamespaces, StringComparer.Ordinal);
            foreach (var tree in trees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
                {
                    AddUsings(unit.Usings, usings);
                    AddNamespaceUsings(unit.Members, usings);
                }
            }

            for (var i = 0; i < all.Length; i++)
            {
                needed[i] = all[i].Namespaces.Any(ns => usings.Any(u => Related(u, ns)));
            }

            // A qualified use without a using (Xamarin code writes Android.Provider.Settings.Secure.GetString):
            // a namespace of two or more parts written before a dot.
            foreach (var tree in trees)
            {
                if (Array.TrueForAll(needed, n => n))
                {
                    break;
                }

                var text = tree.GetText(cancellationToken).ToString();
                for (var i = 0; i < all.Length; i++)
                {
                    if (!needed[i] && all[i].QualifiedNamespaces.Any(ns => text.Contains(ns + ".", StringComparison.Ordinal)))
                    {
                        needed[i] = true;
                    }
                }
            }

            // A shape compiled against another (Google Play location against its tasks) needs it too.
            for (var changed = true; changed;)
            {
                changed = false;
                for (var i = 0; i < all.Length; i++)
                {
                    if (!needed[i])
                    {
                        continue;
                    }

                    for (var j = 0; j < all.Length; j++)
                    {
                        if (!needed[j] && all[i].References.Contains(all[j].AssemblyName))
                        {
                            needed[j] = changed = true;
                        }
                    }
                }
            }

            return all.Where((_, i) => needed[i]).ToImmutableArray();
        }

        /// <summary>Whether a using and a shape's namespace are the same, or one is inside the other.</summary>
        private static bool Related(string used, string ns)
            => used == ns
                || (ns.Length > used.Length && ns.StartsWith(used, StringComparison.Ordinal) && ns[used.Length] == '.' && used.Contains('.', StringComparison.Ordinal))
                || (used.Length > ns.Length && used.StartsWith(ns, StringComparison.Ordinal) && used[ns.Length] == '.');

        private static void AddUsings(SyntaxList<UsingDirectiveSyntax> directives, HashSet<string> usings)
        {
            foreach (var directive in directives)
            {
                var name = directive.NamespaceOrType.ToString();
                if (name.StartsWith("global::", StringComparison.Ordinal))
                {
                    name = name["global::".Length..];
                }

                // using static X.Y.Type and aliases (A = X.Y.Type) name a type: its namespace is the part before it.
                usings.Add(name);
                var dot = name.LastIndexOf('.');
                if ((directive.StaticKeyword != default || directive.Alias is not null) && dot > 0)
                {
                    usings.Add(name[..dot]);
                }
            }
        }

        private static void AddNamespaceUsings(SyntaxList<MemberDeclarationSyntax> members, HashSet<string> usings)
        {
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax declaration)
                {
                    AddUsings(declaration.Usings, usings);
                    AddNamespaceUsings(declaration.Members, usings);
                }
            }
        }

        private static ImmutableArray<Shape> Read(string folder)
        {
            if (!Directory.Exists(folder))
            {
                return ImmutableArray<Shape>.Empty;
            }

            var shapes = ImmutableArray.CreateBuilder<Shape>();
            foreach (var file in Directory.EnumerateFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
            {
                try
                {
                    using var stream = File.OpenRead(file);
                    using var pe = new PEReader(stream);
                    if (!pe.HasMetadata)
                    {
                        continue;
                    }

                    var reader = pe.GetMetadataReader();
                    if (!reader.IsAssembly)
                    {
                        continue;
                    }

                    var namespaces = new SortedSet<string>(StringComparer.Ordinal);
                    foreach (var handle in reader.TypeDefinitions)
                    {
                        var type = reader.GetTypeDefinition(handle);
                        if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
                        {
                            var ns = reader.GetString(type.Namespace);
                            if (ns.Length > 0)
                            {
                                namespaces.Add(ns);
                            }
                        }
                    }

                    var references = reader.AssemblyReferences.Select(r => reader.GetString(reader.GetAssemblyReference(r).Name)).ToImmutableHashSet(StringComparer.Ordinal);
                    shapes.Add(new Shape(reader.GetString(reader.GetAssemblyDefinition().Name), file, namespaces.ToImmutableArray(), references));
                }
                catch (BadImageFormatException)
                {
                    // Not an assembly: not a shape.
                }
                catch (IOException)
                {
                    // Unreadable: folder mode goes on without it.
                }
            }

            return shapes.ToImmutable();
        }

        /// <summary>One shape: its assembly name, file, public namespaces and the assemblies it references.</summary>
        internal sealed record Shape(string AssemblyName, string File, ImmutableArray<string> Namespaces, ImmutableHashSet<string> References)
        {
            /// <summary>The namespaces a qualified use can be recognised by in text: two parts or more (<c>Android.OS</c>, not <c>Foundation</c>).</summary>
            public ImmutableArray<string> QualifiedNamespaces { get; } = Namespaces.Where(n => n.Contains('.', StringComparison.Ordinal)).ToImmutableArray();

            public MetadataReference Reference { get; } = MetadataReference.CreateFromFile(File);
        }
    }
}
