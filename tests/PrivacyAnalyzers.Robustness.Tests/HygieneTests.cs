using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Robustness.Tests;

/// <summary>
/// The rules of the house that keep analyzers safe to run concurrently and in a long-lived IDE
/// process: no mutable static state, and no risky API (enforced in the build by RS0030 through
/// BannedSymbols.txt; here we check the list itself).
/// </summary>
public sealed partial class HygieneTests
{
    /// <summary>
    /// Static fields that hold state on purpose, by "Type.field" (for auto-properties, the property
    /// name), each with its reason. Keep it short: every entry is a place where two compilations, or two
    /// threads, could see each other.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["PrivacyAnalyzers.Policy.PolicyFiles.PolicyProvider"] =
            "a SourceTextValueProvider: Roslyn's sanctioned cache for values computed from additional files, keyed by SourceText and thread-safe",
        ["PrivacyAnalyzers.Policy.PolicyFiles.SourcesProvider"] =
            "a SourceTextValueProvider: Roslyn's sanctioned cache for values computed from additional files, keyed by SourceText and thread-safe",
        ["PrivacyAnalyzers.Engine.PrivacyContext.Contexts"] =
            "the per-compilation context every analyzer shares (as roslyn-analyzers' WellKnownTypeProvider.GetOrCreate): a ConditionalWeakTable keyed by the compilation, so an entry dies with its compilation; a slot changes only under its lock, and a context never changes once built",
    };

    /// <summary>Collection types whose instances can change after construction.</summary>
    private static readonly Type[] MutableCollections =
    {
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedSet<>), typeof(SortedDictionary<,>), typeof(SortedList<,>),
        typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(System.Collections.Concurrent.ConcurrentDictionary<,>),
        typeof(System.Collections.Concurrent.ConcurrentBag<>), typeof(System.Collections.Concurrent.ConcurrentQueue<>),
        typeof(System.Collections.Concurrent.ConcurrentStack<>), typeof(ConditionalWeakTable<,>),
    };

    /// <summary>Stateful types that are not collections: caches, builders, random sources.</summary>
    private static readonly string[] StatefulTypeNames =
    {
        "Microsoft.CodeAnalysis.Diagnostics.SourceTextValueProvider`1",
        "Microsoft.CodeAnalysis.Diagnostics.SyntaxTreeValueProvider`1",
        "System.Text.StringBuilder",
        "System.Random",
    };

    public static TheoryData<string> Assemblies() => new() { Plugins.AnalyzerAssembly.GetName().Name!, Plugins.CodeFixAssembly.GetName().Name! };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void NoStaticFieldHoldsMutableState(string assemblyName)
    {
        var assembly = new[] { Plugins.AnalyzerAssembly, Plugins.CodeFixAssembly }.Single(a => a.GetName().Name == assemblyName);
        var violations = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => !IsCompilerGenerated(t)))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral)
                {
                    continue; // const
                }

                var name = $"{type.FullName!.Replace('+', '.')}.{MemberName(field)}";
                var problem = !field.IsInitOnly ? "is not readonly"
                    : IsMutable(field.FieldType) ? $"is readonly but its {Display(field.FieldType)} can still change"
                    : null;
                if (problem is null)
                {
                    continue;
                }

                if (Allowed.ContainsKey(name))
                {
                    continue;
                }

                violations.Add($"{name} ({Describe(field)}) {problem}");
            }
        }

        Assert.True(violations.Count == 0, "Static state in " + assemblyName + " (make it immutable, move it into a per-compilation object, or allow-list it with a reason):\n" + string.Join("\n", violations));
    }

    /// <summary>An allow-list entry that names nothing any more must go, so the list stays true.</summary>
    [Fact]
    public void EveryAllowListEntryStillExists()
    {
        var names = new[] { Plugins.AnalyzerAssembly, Plugins.CodeFixAssembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Select(f => $"{t.FullName!.Replace('+', '.')}.{MemberName(f)}"))
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(Allowed.Keys, k => Assert.Contains(k, names));
    }

    [Fact]
    public void TheCheckFindsWhatItLooksFor()
    {
        Assert.True(IsMutable(typeof(List<string>)));
        Assert.True(IsMutable(typeof((string, string)[])));
        Assert.True(IsMutable(typeof(System.Collections.Concurrent.ConcurrentDictionary<string, int>)));
        Assert.True(IsMutable(typeof(Microsoft.CodeAnalysis.Diagnostics.SourceTextValueProvider<string>)));
        Assert.True(IsMutable(typeof(IList<int>)));
        Assert.False(IsMutable(typeof(System.Collections.Immutable.ImmutableArray<string>)));
        Assert.False(IsMutable(typeof(System.Collections.Immutable.ImmutableDictionary<string, string>)));
        Assert.False(IsMutable(typeof(IReadOnlyList<string>)));
        Assert.False(IsMutable(typeof(string)));
        Assert.False(IsMutable(typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor)));
    }

    [Fact]
    public void BannedSymbolsCoverTheRiskyApis()
    {
        var path = Path.Combine(Repo.Root, "src", "PrivacyAnalyzers", "BannedSymbols.txt");
        Assert.True(File.Exists(path), "src/PrivacyAnalyzers/BannedSymbols.txt is missing: RS0030 bans nothing without it");
        var banned = File.ReadAllLines(path)
            .Select(l => l.Split(';')[0].Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var type in new[] { "System.IO.File", "System.IO.Directory", "System.Net.Http.HttpClient", "System.Environment", "System.Console" })
        {
            Assert.Contains("T:" + type, banned);
        }

        var project = File.ReadAllText(Path.Combine(Repo.Root, "src", "PrivacyAnalyzers", "PrivacyAnalyzers.csproj"));
        Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", project, StringComparison.Ordinal);
        Assert.Matches(new Regex("<AdditionalFiles\\s+Include=\"BannedSymbols\\.txt\"", RegexOptions.None, TimeSpan.FromSeconds(1)), project);
    }

    private static bool IsMutable(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen")
        {
            return false;
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (MutableCollections.Contains(definition) || StatefulTypeNames.Contains(definition.FullName))
        {
            return true;
        }

        // Any other collection that can be added to: ICollection<T> that is not read-only by type.
        return type.IsInterface
            ? definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>) || type == typeof(IList) || type == typeof(IDictionary)
            : type.GetInterfaces().Any(i => i == typeof(IList) || i == typeof(IDictionary) || (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)))
                && !type.Name.StartsWith("ReadOnly", StringComparison.Ordinal);
    }

    private static bool IsCompilerGenerated(Type type)
    {
        for (var current = type; current != null; current = current.DeclaringType)
        {
            if (current.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && current.Name.Contains('<', StringComparison.Ordinal))
            {
                return true; // lambda caches (<>c), closures, state machines, <PrivateImplementationDetails>
            }
        }

        return false;
    }

    /// <summary>An auto-property's backing field is named after the property.</summary>
    private static string MemberName(FieldInfo field)
    {
        var name = field.Name;
        return name.StartsWith('<') && name.EndsWith(">k__BackingField", StringComparison.Ordinal) ? name.Substring(1, name.IndexOf('>', StringComparison.Ordinal) - 1) : name;
    }

    private static string Describe(FieldInfo field)
    {
        var property = field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal)
            ? field.DeclaringType!.GetProperty(MemberName(field), BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            : null;
        var getter = property?.GetMethod;
        var access = getter != null ? Access(getter.IsPublic, getter.IsAssembly, getter.IsFamily, getter.IsFamilyOrAssembly)
            : Access(field.IsPublic, field.IsAssembly, field.IsFamily, field.IsFamilyOrAssembly);
        var visibility = field.DeclaringType!.IsVisible ? string.Empty : " of a non-public type";
        return access + " static " + (property != null ? "property" : "field") + visibility + ", of type " + Display(field.FieldType);
    }

    private static string Access(bool isPublic, bool isAssembly, bool isFamily, bool isFamilyOrAssembly)
        => isPublic ? "public" : isAssembly ? "internal" : isFamily ? "protected" : isFamilyOrAssembly ? "protected internal" : "private";

    private static string Display(Type type)
    {
        if (type.IsArray)
        {
            return Display(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name.Substring(0, type.Name.IndexOf('`', StringComparison.Ordinal));
        return (name == "ValueTuple" ? string.Empty : name) + (name == "ValueTuple" ? "(" : "<") + string.Join(", ", type.GetGenericArguments().Select(Display)) + (name == "ValueTuple" ? ")" : ">");
    }
}
