using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>PRIV007 lists every site, declared or not, with what tools need to build a manifest.</summary>
public sealed class CollectionSiteInventoryTests
{
    private const string Source = """
        using System.Net.NetworkInformation;
        using Microsoft.AspNetCore.Http;
        using PrivacyAnalyzers;

        class Visitors
        {
            [CollectsPersonalData(DataCategories.Device, Purposes.FraudDetection, Purposes.Security)]
            PhysicalAddress Mac(NetworkInterface nic) => nic.GetPhysicalAddress();

            object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

            [PersonalDataSource(DataCategories.CookieId)]
            object Cookies(HttpContext c) => c.Request.Cookies;
        }
        """;

    [Fact]
    public async Task OffByDefault()
    {
        var diagnostics = await TestBuilder.Create().WithSource(Source).GetDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.CollectionSite);
        Assert.Single(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    [Fact]
    public async Task ListsDeclaredAndUndeclaredSitesWithTheirPurposes()
    {
        var inventory = (await TestBuilder.Create().WithSource(Source).WithRuleEnabled(RuleIds.CollectionSite).GetDiagnosticsAsync())
            .Where(d => d.Id == RuleIds.CollectionSite)
            .ToList();

        Assert.Equal(2, inventory.Count);
        var mac = inventory[0];
        Assert.Equal("user.device.device_id", mac.Properties["category"]);
        Assert.Equal("user.device", mac.Properties["declaredCategory"]);
        Assert.Equal("essential.fraud_detection,essential.service.security", mac.Properties["purposes"]);
        Assert.Equal("M:System.Net.NetworkInformation.NetworkInterface.GetPhysicalAddress", mac.Properties["source"]);
        Assert.Equal(".NET base library", mac.Properties["platform"]);
        Assert.Equal("Visitors.Mac", mac.Properties["member"]);
        var declaration = Assert.Single(mac.AdditionalLocations);
        Assert.StartsWith("CollectsPersonalData(DataCategories.Device", declaration.SourceTree!.GetText().ToString(declaration.SourceSpan), StringComparison.Ordinal);

        var ip = inventory[1];
        Assert.Equal("user.device.ip_address", ip.Properties["category"]);
        Assert.False(ip.Properties.ContainsKey("purposes"));
        Assert.Empty(ip.AdditionalLocations);
        Assert.Equal("ASP.NET Core", ip.Properties["platform"]);
    }
}
