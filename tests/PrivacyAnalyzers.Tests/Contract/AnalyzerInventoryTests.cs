using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using Xunit;

namespace PrivacyAnalyzers.Tests.Contract;

/// <summary>The assembly's public list of analyzers and registrations agrees with what it holds.</summary>
public sealed class AnalyzerInventoryTests
{
    [Fact]
    public void CreateAllListsEveryConcreteCSharpAnalyzerByFullName()
    {
        var expected = typeof(AnalyzerInventory).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute && attribute.Languages.Contains(LanguageNames.CSharp))
            .Select(t => t.FullName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected, AnalyzerInventory.CreateAll().Select(a => a.GetType().FullName).ToArray());
    }

    [Fact]
    public void CreateAllMakesNewInstances()
        => Assert.NotSame(AnalyzerInventory.CreateAll()[0], AnalyzerInventory.CreateAll()[0]);

    [Fact]
    public void OperationKindsAreTheEnginesRegistrations()
        => Assert.Equal(SiteDetector.OperationKinds, AnalyzerInventory.OperationKinds);
}
