using System.Reflection;
using PrivacyAnalyzers.Taxonomy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Meta;

/// <summary>The taxonomy is one table, with the Apple and Google Play equivalents; the annotations' constants and docs/taxonomy.md follow it.</summary>
public sealed class TaxonomyTests
{
    [Fact]
    public void EveryParentExists()
    {
        foreach (var row in DataCategoryTable.All.Concat(PurposeTable.All))
        {
            if (row.ParentId != null)
            {
                Assert.True(DataCategoryTable.ById.ContainsKey(row.ParentId) || PurposeTable.ById.ContainsKey(row.ParentId), $"{row.Id}: no parent {row.ParentId}");
            }
        }
    }

    [Fact]
    public void DataCategoriesConstantsMatchTheTable()
        => Assert.Equal(
            DataCategoryTable.All.Select(r => (r.ConstantName, r.Id)).OrderBy(x => x.ConstantName),
            Constants(typeof(DataCategories)).OrderBy(x => x.Name));

    [Fact]
    public void PurposesConstantsMatchTheTable()
        => Assert.Equal(
            PurposeTable.All.Select(r => (r.ConstantName, r.Id)).OrderBy(x => x.ConstantName),
            Constants(typeof(Purposes)).OrderBy(x => x.Name));

    [Fact]
    public void TaxonomyDocListsEveryRow()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "taxonomy.md"));
        foreach (var row in DataCategoryTable.All.Concat(PurposeTable.All))
        {
            Assert.Contains($"| `{row.Id}` | {row.DisplayName} | `{row.ConstantName}` |", doc, StringComparison.Ordinal);
        }

        var rows = doc.Split('\n').Count(line => line.StartsWith("| `", StringComparison.Ordinal));
        Assert.Equal(DataCategoryTable.All.Length + PurposeTable.All.Length, rows);
    }

    [Fact]
    public void TaxonomyDocShowsTheStoreEquivalentsInEffect()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "taxonomy.md"));
        foreach (var row in DataCategoryTable.All)
        {
            var apple = TaxonomyIndex.AppleDataType(row.Id)["NSPrivacyCollectedDataType".Length..];
            var play = TaxonomyIndex.GooglePlayDataType(row.Id) is { } type ? $"`{type}`" : "—";
            var identifies = TaxonomyIndex.IdentifiesUser(row.Id) ? "yes" : "no";
            Assert.Contains($"| `{row.Id}` | {row.DisplayName} | `{row.ConstantName}` | `{apple}` | {play} | {identifies} |", doc, StringComparison.Ordinal);
        }

        foreach (var row in PurposeTable.All)
        {
            var apple = TaxonomyIndex.ApplePurpose(row.Id)["NSPrivacyCollectedDataTypePurpose".Length..];
            var play = TaxonomyIndex.GooglePlayPurpose(row.Id) is { } purpose ? $"`{purpose}`" : "—";
            var tracking = TaxonomyIndex.IsTracking(row.Id) ? "yes" : "no";
            Assert.Contains($"| `{row.Id}` | {row.DisplayName} | `{row.ConstantName}` | {(row.Suggested ? "yes" : string.Empty)} | `{apple}` | {play} | {tracking} |", doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StoreEquivalentsAreRealValues()
    {
        // Apple: "Describing data use in privacy manifests"; Google Play: the Data safety CSV's response ids (docs/manifest.md).
        var appleTypes = Constants(typeof(AppleDataTypes)).Select(c => c.Id).ToHashSet();
        var applePurposes = Constants(typeof(ApplePurposes)).Select(c => c.Id).ToHashSet();
        var playTypes = Constants(typeof(GooglePlayDataTypes)).Select(c => c.Id).ToHashSet();
        var playPurposes = Constants(typeof(GooglePlayPurposes)).Select(c => c.Id).ToHashSet();
        Assert.All(appleTypes, t => Assert.StartsWith("NSPrivacyCollectedDataType", t, StringComparison.Ordinal));
        Assert.All(applePurposes, t => Assert.StartsWith("NSPrivacyCollectedDataTypePurpose", t, StringComparison.Ordinal));
        Assert.All(playTypes.Concat(playPurposes), t => Assert.StartsWith("PSL_", t, StringComparison.Ordinal));
        foreach (var row in DataCategoryTable.All)
        {
            Assert.True(row.Apple is null || appleTypes.Contains(row.Apple), row.Id);
            Assert.True(row.GooglePlay is null || playTypes.Contains(row.GooglePlay), row.Id);
            Assert.Null(row.Tracking);
            Assert.NotNull(TaxonomyIndex.GooglePlayDataType(row.Id));
        }

        foreach (var row in PurposeTable.All)
        {
            Assert.True(row.Apple is null || applePurposes.Contains(row.Apple), row.Id);
            Assert.True(row.GooglePlay is null || playPurposes.Contains(row.GooglePlay), row.Id);
            Assert.Null(row.IdentifiesUser);
        }

        // Every root says what it maps to, so nothing falls through to a default by accident.
        Assert.All(DataCategoryTable.All.Where(r => r.ParentId is null), r => Assert.NotNull(r.Apple));
        Assert.All(PurposeTable.All.Where(r => r.ParentId is null), r => Assert.NotNull(r.Apple));
    }

    [Theory]
    [InlineData("user.contact.email", AppleDataTypes.EmailAddress, GooglePlayDataTypes.Email, true)]
    [InlineData("user.contact.phone_number", AppleDataTypes.PhoneNumber, GooglePlayDataTypes.Phone, true)]
    [InlineData("user.name.first", AppleDataTypes.Name, GooglePlayDataTypes.Name, true)]
    [InlineData("user.contact.address.city", AppleDataTypes.PhysicalAddress, GooglePlayDataTypes.Address, true)]
    [InlineData("user.device.device_id", AppleDataTypes.DeviceId, GooglePlayDataTypes.DeviceOrOtherIds, true)]
    [InlineData("user.device.cookie_id", AppleDataTypes.DeviceId, GooglePlayDataTypes.DeviceOrOtherIds, true)]
    [InlineData("user.device.ip_address", AppleDataTypes.DeviceId, GooglePlayDataTypes.DeviceOrOtherIds, true)]
    [InlineData("user.location.precise", AppleDataTypes.PreciseLocation, GooglePlayDataTypes.PreciseLocation, false)]
    [InlineData("user.location.coarse", AppleDataTypes.CoarseLocation, GooglePlayDataTypes.ApproximateLocation, false)]
    [InlineData("user.contact", AppleDataTypes.Contacts, GooglePlayDataTypes.Contacts, false)]
    [InlineData("user.content.self_image", AppleDataTypes.PhotosOrVideos, GooglePlayDataTypes.Photos, false)]
    [InlineData("user.biometrics.voice", AppleDataTypes.AudioData, GooglePlayDataTypes.VoiceOrSoundRecordings, false)]
    [InlineData("user.behavior.browsing_history", AppleDataTypes.BrowsingHistory, GooglePlayDataTypes.WebBrowsingHistory, false)]
    [InlineData("user.content.private", AppleDataTypes.OtherUserContent, GooglePlayDataTypes.OtherUserGeneratedContent, false)]
    [InlineData("user.contact.fax_number", AppleDataTypes.Contacts, GooglePlayDataTypes.Contacts, false)]
    public void CategoriesMapToStoreDataTypes(string category, string apple, string play, bool linked)
    {
        Assert.Equal(apple, TaxonomyIndex.AppleDataType(category));
        Assert.Equal(play, TaxonomyIndex.GooglePlayDataType(category));
        Assert.Equal(linked, TaxonomyIndex.IdentifiesUser(category));
    }

    [Theory]
    [InlineData("essential.service", ApplePurposes.AppFunctionality, GooglePlayPurposes.AppFunctionality, false)]
    [InlineData("essential.fraud_detection", ApplePurposes.AppFunctionality, GooglePlayPurposes.FraudPreventionSecurityAndCompliance, false)]
    [InlineData("analytics.reporting", ApplePurposes.Analytics, GooglePlayPurposes.Analytics, false)]
    [InlineData("personalize.content", ApplePurposes.ProductPersonalization, GooglePlayPurposes.Personalization, false)]
    [InlineData("marketing.advertising.third_party.targeted", ApplePurposes.ThirdPartyAdvertising, GooglePlayPurposes.AdvertisingOrMarketing, true)]
    [InlineData("marketing.communications", ApplePurposes.DeveloperAdvertising, GooglePlayPurposes.AdvertisingOrMarketing, false)]
    [InlineData("third_party_sharing", ApplePurposes.Other, null, true)]
    [InlineData("third_party_sharing.legal_obligation", ApplePurposes.Other, GooglePlayPurposes.FraudPreventionSecurityAndCompliance, false)]
    [InlineData("train_ai_system", ApplePurposes.Other, null, false)]
    [InlineData("contoso.own_purpose", ApplePurposes.Other, null, false)]
    public void PurposesMapToStorePurposes(string purpose, string apple, string? play, bool tracking)
    {
        Assert.Equal(apple, TaxonomyIndex.ApplePurpose(purpose));
        Assert.Equal(play, TaxonomyIndex.GooglePlayPurpose(purpose));
        Assert.Equal(tracking, TaxonomyIndex.IsTracking(purpose));
    }

    [Theory]
    [InlineData("user.device", "user.device.device_id", true)]
    [InlineData("user.device.device_id", "user.device.device_id", true)]
    [InlineData("user", "user.contact.email", true)]
    [InlineData("user.device.device_id", "user.device", false)]
    [InlineData("user.dev", "user.device", false)]
    [InlineData("", "user", false)]
    public void CoversFollowsTheHierarchy(string declared, string collected, bool covers)
        => Assert.Equal(covers, TaxonomyIndex.Covers(declared, collected));

    private static IEnumerable<(string Name, string Id)> Constants(Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (f.Name, (string)f.GetRawConstantValue()!));
}
