using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.RequiredReasons;
using PrivacyAnalyzers.Tests.Rules;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>The required-reason catalog is data that parses, resolves against the platforms, and agrees with the annotations and Apple's codes.</summary>
public sealed class RequiredReasonCatalogTests
{
    [Fact]
    public void TheDataFilesParseWithNoProblems()
    {
        Assert.Empty(RequiredReasonCatalog.Problems);
        Assert.True(RequiredReasonCatalog.Apis.Length >= 50, "the catalog lost rows: " + RequiredReasonCatalog.Apis.Length);
        Assert.NotEmpty(RequiredReasonCatalog.Sdks);
    }

    [Fact]
    public void EveryCategoryHasAPIsAndEveryRowALink()
    {
        foreach (var category in RequiredReasonTable.All)
        {
            Assert.Contains(RequiredReasonCatalog.Apis, api => api.Category == category);
        }

        Assert.All(RequiredReasonCatalog.Apis, api => Assert.StartsWith("https://learn.microsoft.com/dotnet/api/", api.Documentation, StringComparison.Ordinal));
    }

    /// <summary>Each row names a member of the real base library or a stub, and the lookup maps that symbol back to the row.</summary>
    [Fact]
    public void EveryRowResolvesAndIsMatchedBySymbol()
    {
        var compilation = CSharpCompilation.Create("Resolve", references: RequiredReasonTests.AppleReferences);
        var lookup = new RequiredReasonLookup();
        foreach (var api in RequiredReasonCatalog.Apis)
        {
            var symbols = new List<ISymbol>();
            MemberIdResolver.Resolve(compilation, api.Id.Text, symbols);
            Assert.True(symbols.Count > 0, api.Id.Text + " does not resolve");
            foreach (var symbol in symbols)
            {
                var member = symbol is INamedTypeSymbol type ? type.GetMembers().First(m => m.CanBeReferencedByName || m is IMethodSymbol { MethodKind: MethodKind.Constructor }) : symbol;
                Assert.True(lookup.Find(member) == api, $"{api.Id.Text}: {member} is not matched to its row");
            }
        }
    }

    [Fact]
    public void TheAnnotationsConstantsAreTheTablesCategories()
    {
        var constants = typeof(RequiredReasonApis).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Value: (string)f.GetRawConstantValue()!))
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        var table = RequiredReasonTable.All.Select(c => (Name: c.ShortName, Value: c.FullName)).OrderBy(c => c.Name, StringComparer.Ordinal);
        Assert.Equal(table, constants);
    }

    /// <summary>The codes the issue and Apple's page list, category by category.</summary>
    [Theory]
    [InlineData("FileTimestamp", "DDA9.1, C617.1, 3B52.1, 0A2A.1")]
    [InlineData("SystemBootTime", "35F9.1, 8FFB.1, 3D61.1")]
    [InlineData("DiskSpace", "85F4.1, E174.1, 7D9E.1, B728.1")]
    [InlineData("ActiveKeyboards", "3EC4.1, 54BD.1")]
    [InlineData("UserDefaults", "CA92.1, 1C8F.1, C56D.1, AC6B.1")]
    public void TheReasonCodesAreApples(string category, string codes)
    {
        var row = RequiredReasonTable.Find(category)!;
        Assert.Equal(codes, string.Join(", ", row.Reasons.Select(r => r.Code)));
        Assert.All(row.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Meaning)));
        Assert.StartsWith(RequiredReasonTable.Page + "#", row.Documentation, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBaselineIsMicrosoftsMauiGuide()
        => Assert.Equal(
            ["NSPrivacyAccessedAPICategoryFileTimestamp C617.1", "NSPrivacyAccessedAPICategorySystemBootTime 35F9.1", "NSPrivacyAccessedAPICategoryDiskSpace E174.1"],
            RequiredReasonTable.Baseline.Select(b => b.Category.FullName + " " + b.Reason));
}
