using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Taxonomy;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>
/// The catalog is data, and these tests keep it honest: every entry names a real member of its
/// platform (the real framework or a faithful stub) and a known category, and every entry is flagged
/// when generated code uses it.
/// </summary>
public sealed class CatalogTests(ITestOutputHelper output)
{
    private static readonly Compilation Empty = AnalyzerRunner.Compile(Array.Empty<string>());

    [Fact]
    public void MemberIdsAreUnique()
    {
        var duplicates = SourceCatalog.All.GroupBy(e => e.MemberId).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryCategoryIsInTheTaxonomy()
    {
        foreach (var entry in SourceCatalog.All)
        {
            var categories = entry.Category is null
                ? entry.Argument!.CategoriesByValue.Values.Append(entry.Argument.Fallback).OfType<string>()
                : new[] { entry.Category };
            foreach (var category in categories)
            {
                Assert.True(DataCategoryTable.ById.ContainsKey(category), $"{entry.MemberId}: unknown category {category}");
            }
        }
    }

    [Fact]
    public void EveryEntryResolvesOnItsPlatform()
    {
        var unresolved = SourceCatalog.All
            .Where(entry => Resolve(entry).Count == 0)
            .Select(entry => entry.MemberId)
            .ToList();
        Assert.Empty(unresolved);
    }

    [Fact]
    public void ValueAwareEntriesNameARealParameter()
    {
        foreach (var entry in SourceCatalog.All.Where(e => e.Argument != null))
        {
            var parameters = Resolve(entry).SelectMany(s => s switch
            {
                IMethodSymbol m => m.Parameters,
                IPropertySymbol p => p.Parameters,
                _ => default,
            });
            Assert.Contains(entry.Argument!.ParameterName, parameters.Select(p => p.Name));
        }
    }

    [Fact]
    public async Task EverySourceIsFlaggedWithItsCategory()
    {
        var usages = new StringBuilder("#nullable disable\nclass Usages\n{\n");
        var expected = new List<(string Method, string Category)>();
        var number = 0;
        foreach (var entry in SourceCatalog.All)
        {
            // Generic methods (CNContactStore.GetUnifiedContacts<T>) are covered by hand-written tests.
            foreach (var symbol in Resolve(entry).Where(s => s.DeclaredAccessibility == Accessibility.Public && s is not IMethodSymbol { IsGenericMethod: true }))
            {
                var (statement, category) = Usage(symbol, entry);
                if (statement is null)
                {
                    continue;
                }

                var method = "M" + number++;
                usages.Append("    async System.Threading.Tasks.Task ").Append(method).Append("() { await System.Threading.Tasks.Task.Yield(); ").Append(statement).Append(" }\n");
                expected.Add((method, category));
            }
        }

        usages.Append('}');
        var compilation = AnalyzerRunner.Compile(new[] { usages.ToString() });
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)) + "\n" + usages);

        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new CollectionSiteAnalyzer());
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var actual = diagnostics
            .Select(d => (Method: model.GetEnclosingSymbol(d.Location.SourceSpan.Start)!.Name, Category: d.Properties["category"]!))
            .ToList();

        output.WriteLine($"{expected.Count} generated usages of {SourceCatalog.All.Length} catalog entries.");
        Assert.Equal(expected.OrderBy(e => e.Method, StringComparer.Ordinal), actual.OrderBy(e => e.Method, StringComparer.Ordinal));
        Assert.True(expected.Count >= SourceCatalog.All.Length);
    }

    private static List<ISymbol> Resolve(SourceEntry entry)
    {
        var results = new List<ISymbol>();
        MemberIdResolver.Resolve(Empty, entry.MemberId, results);
        return results;
    }

    /// <summary>A statement that uses <paramref name="symbol"/> the way app code would, and the category it yields.</summary>
    private static (string? Statement, string Category) Usage(ISymbol symbol, SourceEntry entry)
    {
        var category = entry.Category;
        var arguments = new List<string>();
        if (symbol is IMethodSymbol or IPropertySymbol { IsIndexer: true })
        {
            var parameters = symbol is IMethodSymbol m ? m.Parameters : ((IPropertySymbol)symbol).Parameters;
            foreach (var parameter in parameters)
            {
                // A value-aware parameter of another type (ManagementClass(ManagementPath path)) gets no constant.
                if (entry.Argument is { } rule && parameter.Name == rule.ParameterName && parameter.Type.SpecialType == SpecialType.System_String)
                {
                    var (value, valueCategory) = rule.CategoriesByValue.OrderBy(p => p.Key, StringComparer.Ordinal).First();
                    arguments.Add("\"" + value + "\"");
                    category = valueCategory;
                }
                else if (parameter.RefKind == RefKind.Out)
                {
                    arguments.Add("out _");
                }
                else
                {
                    arguments.Add("default(" + TypeName(parameter.Type) + ")");
                }
            }
        }

        category ??= entry.Argument!.Fallback;
        if (category is null)
        {
            return (null, "");
        }

        var type = symbol.ContainingType;
        // A struct's instance member (UdpReceiveResult.RemoteEndPoint) is reached through default(T), which null cannot convert to.
        var receiver = symbol.IsStatic ? TypeName(type) : type.IsValueType ? "default(" + TypeName(type) + ")" : "((" + TypeName(type) + ")null)";
        var args = string.Join(", ", arguments);
        var statement = symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } => type.IsAbstract ? null : "_ = new " + TypeName(type) + "(" + args + ");",
            IMethodSymbol { ReturnsVoid: true } => receiver + "." + symbol.Name + "(" + args + ");",
            IMethodSymbol => "_ = " + receiver + "." + symbol.Name + "(" + args + ");",
            IPropertySymbol { IsIndexer: true } => "_ = " + receiver + "[" + args + "];",
            IPropertySymbol or IFieldSymbol => "_ = " + receiver + "." + symbol.Name + ";",
            IEventSymbol => receiver + "." + symbol.Name + " += null;",
            _ => null,
        };
        return (statement, category);
    }

    private static string TypeName(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, IsUnboundGenericType: false } named && named.TypeArguments.Any(t => t.TypeKind == TypeKind.TypeParameter))
        {
            // UserManager<TUser> and friends: any reference type satisfies their constraints.
            type = named.ConstructedFrom.Construct(named.TypeArguments.Select(t => t.TypeKind == TypeKind.TypeParameter ? (ITypeSymbol)ConstraintSatisfier(named, (ITypeParameterSymbol)t) : t).ToArray());
        }

        if (type is ITypeParameterSymbol parameter)
        {
            type = ConstraintSatisfier(null, parameter);
        }

        return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }

    private static ITypeSymbol ConstraintSatisfier(INamedTypeSymbol? _, ITypeParameterSymbol parameter)
        => parameter.ConstraintTypes.FirstOrDefault() ?? Empty.GetSpecialType(SpecialType.System_Object);
}
