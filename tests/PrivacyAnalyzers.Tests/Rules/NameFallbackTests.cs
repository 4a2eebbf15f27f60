using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// With privacy_analyzers.name_fallback = true (the privacy tool's folder mode), members that do not
/// bind are matched by name and say so; bound code and user types are never matched by name.
/// </summary>
public sealed class NameFallbackTests
{
    private const string Unresolved = """
        using Android.Provider;
        using UIKit;

        class Device
        {
            string? Idfv() => UIDevice.CurrentDevice.IdentifierForVendor?.AsString();
            object Mac(MissingNic nic) => nic.GetPhysicalAddress();
            object Mic() => new AudioRecord(1, 2, 3, 4, 5);
            string? Key(object resolver) => Settings.Secure.GetString(resolver, Settings.Secure.AndroidId);
        }

        class Mine
        {
            public string GetPhysicalAddress() => "";
            string Own() => GetPhysicalAddress() + new Mine().GetPhysicalAddress();
        }
        """;

    [Fact]
    public async Task UnboundMembersAreMatchedByNameWithLowerConfidence()
    {
        var diagnostics = await RunAsync(fallback: true);
        var sites = diagnostics.Where(d => d.Id == RuleIds.UndeclaredCollection).ToList();

        Assert.Equal(new[] { "user.device.device_id", "user.device.device_id", "user.biometric.voice" }, sites.Select(d => d.Properties["category"]));
        Assert.All(sites, d => Assert.Equal("name", d.Properties["confidence"]));
        Assert.All(sites, d => Assert.Contains("matched by name", d.GetMessage(), StringComparison.Ordinal));

        // Settings.Secure.GetString is value-aware: by name alone it would be a guess.
        Assert.DoesNotContain(sites, d => d.GetMessage().Contains("GetString", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OffByDefault()
    {
        var diagnostics = await RunAsync(fallback: false);
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(bool fallback)
    {
        // Only the framework: the platform stubs are deliberately missing.
        var test = TestBuilder.Create().WithSource(Unresolved).WithReferences(TestReferences.Framework.Add(TestReferences.Annotations));
        return (fallback ? test.WithEditorConfig("privacy_analyzers.name_fallback = true") : test).GetDiagnosticsAsync();
    }
}
