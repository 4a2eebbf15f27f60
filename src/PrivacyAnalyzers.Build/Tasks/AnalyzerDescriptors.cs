using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace PrivacyAnalyzers.Build.Tasks
{
    /// <summary>One diagnostic descriptor of an analyzer of the build, as far as severity configuration needs it.</summary>
    internal readonly record struct RuleDescriptor(string Id, string Category, string DefaultSeverity, bool EnabledByDefault, bool Configurable);

    /// <summary>
    /// The rules the build's analyzers declare (<c>DiagnosticAnalyzer.SupportedDiagnostics</c>), read by loading the
    /// analyzer assemblies the way the compiler does: with the compiler's own Microsoft.CodeAnalysis (the SDK's
    /// Roslyn, beside the Csc task), in a collectible load context unloaded afterwards. Everything goes through
    /// reflection, so the task builds against no Roslyn and runs with whichever the build uses.
    /// An assembly that does not load, or an analyzer whose constructor throws, contributes nothing: its rules are
    /// then simply not known, and nothing about them is configured.
    /// </summary>
    internal static class AnalyzerDescriptors
    {
        /// <summary>
        /// Per MSBuild node, by analyzer file identity (path, size, time): the node builds many projects with the
        /// same analyzers, and loading the SDK's 270 CA analyzers costs about a third of a CPU second.
        /// </summary>
        private static readonly ConcurrentDictionary<string, IReadOnlyList<RuleDescriptor>> Cache = new(StringComparer.Ordinal);

        public static IReadOnlyList<RuleDescriptor> Read(string analyzerPath, string compilerDirectory, string language, List<string> problems)
        {
            var file = new FileInfo(analyzerPath);
            if (!file.Exists)
            {
                problems.Add($"{analyzerPath}: not found");
                return Array.Empty<RuleDescriptor>();
            }

            var key = string.Join("|", file.FullName, file.Length, file.LastWriteTimeUtc.Ticks, compilerDirectory, language);
            if (Cache.TryGetValue(key, out var known))
            {
                return known;
            }

            var read = Load(file, compilerDirectory, language, problems);
            Cache[key] = read;
            return read;
        }

        private static IReadOnlyList<RuleDescriptor> Load(FileInfo file, string compilerDirectory, string language, List<string> problems)
        {
            var context = new AnalyzerLoadContext(compilerDirectory, file.DirectoryName!);
            try
            {
                var codeAnalysis = context.LoadFromAssemblyName(new AssemblyName("Microsoft.CodeAnalysis"));
                var analyzerBase = codeAnalysis.GetType("Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer", throwOnError: true)!;
                var assembly = context.LoadFromAssemblyPath(file.FullName);
                var rules = new List<RuleDescriptor>();
                foreach (var type in LoadableTypes(assembly))
                {
                    if (type.IsAbstract || !type.IsClass || !analyzerBase.IsAssignableFrom(type) || !IsFor(type, language))
                    {
                        continue;
                    }

                    try
                    {
                        var analyzer = Activator.CreateInstance(type);
                        var supported = type.GetProperty("SupportedDiagnostics")?.GetValue(analyzer) as System.Collections.IEnumerable;
                        foreach (var descriptor in supported ?? Array.Empty<object>())
                        {
                            rules.Add(Describe(descriptor));
                        }
                    }
                    catch (Exception exception) when (exception is TargetInvocationException or MissingMethodException or MemberAccessException or TypeLoadException or InvalidOperationException)
                    {
                        problems.Add($"{file.Name}: {type.FullName}: {exception.GetBaseException().Message}");
                    }
                }

                return rules;
            }
            catch (Exception exception) when (exception is IOException or BadImageFormatException or TypeLoadException or ReflectionTypeLoadException or FileLoadException or TargetInvocationException)
            {
                problems.Add($"{file.Name}: {exception.GetBaseException().Message}");
                return Array.Empty<RuleDescriptor>();
            }
            finally
            {
                context.Unload();
            }
        }

        private static RuleDescriptor Describe(object descriptor)
        {
            var type = descriptor.GetType();
            string Text(string name) => type.GetProperty(name)?.GetValue(descriptor)?.ToString() ?? string.Empty;
            var tags = type.GetProperty("CustomTags")?.GetValue(descriptor) as IEnumerable<string> ?? Array.Empty<string>();
            return new RuleDescriptor(
                Text("Id"),
                Text("Category"),
                Text("DefaultSeverity"),
                type.GetProperty("IsEnabledByDefault")?.GetValue(descriptor) is true,
                !tags.Contains("NotConfigurable", StringComparer.Ordinal));
        }

        /// <summary>[DiagnosticAnalyzer(LanguageNames.CSharp, …)]: an analyzer the compiler runs for this language.</summary>
        private static bool IsFor(Type type, string language)
        {
            foreach (var attribute in type.GetCustomAttributesData())
            {
                if (attribute.AttributeType.FullName != "Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute")
                {
                    continue;
                }

                foreach (var argument in attribute.ConstructorArguments)
                {
                    if (argument.Value is string single && single == language)
                    {
                        return true;
                    }

                    if (argument.Value is IEnumerable<CustomAttributeTypedArgument> many && many.Any(item => item.Value as string == language))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static IEnumerable<Type> LoadableTypes(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                return exception.Types.Where(type => type is not null)!;
            }
        }

        /// <summary>
        /// The compiler's assemblies from its own folder (as csc binds them), an analyzer's dependencies from beside
        /// it, the rest (the shared framework) from the default context.
        /// </summary>
        private sealed class AnalyzerLoadContext : AssemblyLoadContext
        {
            private readonly string compilerDirectory;
            private readonly string analyzerDirectory;

            public AnalyzerLoadContext(string compilerDirectory, string analyzerDirectory)
                : base("PrivacyAnalyzers rule descriptors", isCollectible: true)
            {
                this.compilerDirectory = compilerDirectory;
                this.analyzerDirectory = analyzerDirectory;
            }

            protected override Assembly? Load(AssemblyName name)
            {
                foreach (var directory in new[] { compilerDirectory, analyzerDirectory })
                {
                    var path = Path.Combine(directory, name.Name + ".dll");
                    if (File.Exists(path))
                    {
                        return LoadFromAssemblyPath(path);
                    }
                }

                return null;
            }
        }
    }
}
