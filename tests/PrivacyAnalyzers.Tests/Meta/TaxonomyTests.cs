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
    public void TheTablesAreFideslangsIdsWithOurColumns()
    {
        // Every vendored id is a row, nothing else is; and every row has our columns (a fideslang update
        // that adds an id fails here until the id is given its constant and store equivalents).
        Assert.Equal(Fideslang.DataCategories.Select(k => k.Key).Order(StringComparer.Ordinal), DataCategoryTable.All.Select(r => r.Id));
        Assert.Equal(Fideslang.DataUses.Select(k => k.Key).Order(StringComparer.Ordinal), PurposeTable.All.Select(r => r.Id));
        Assert.Equal(DataCategoryTable.All.Select(r => r.Id), CategoryColumns.ById.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(PurposeTable.All.Select(r => r.Id), PurposeColumns.ById.Keys.Order(StringComparer.Ordinal));
        Assert.All(DataCategoryTable.All.Concat(PurposeTable.All), r => Assert.NotEmpty(r.FidesName));
        Assert.Equal(DataCategoryTable.All.Length, DataCategoryTable.All.Select(r => r.ConstantName).Distinct().Count());
        Assert.Equal(PurposeTable.All.Length, PurposeTable.All.Select(r => r.ConstantName).Distinct().Count());
        Assert.Equal(85, DataCategoryTable.All.Length);
        Assert.Equal(54, PurposeTable.All.Length);
        Assert.Equal(15, DataSubjectTable.All.Length);
    }

    [Fact]
    public void DataCategoriesConstantsMatchTheTable()
    {
        Assert.Equal(
            DataCategoryTable.All.Select(r => (r.ConstantName, r.Id)).OrderBy(x => x.ConstantName),
            Constants(typeof(DataCategories), obsolete: false).OrderBy(x => x.Name));
        AssertObsoleteAliases(typeof(DataCategories), IdKind.Category);
    }

    [Fact]
    public void PurposesConstantsMatchTheTable()
    {
        Assert.Equal(
            PurposeTable.All.Select(r => (r.ConstantName, r.Id)).OrderBy(x => x.ConstantName),
            Constants(typeof(Purposes), obsolete: false).OrderBy(x => x.Name));
        AssertObsoleteAliases(typeof(Purposes), IdKind.Purpose);
    }

    [Fact]
    public void DataSubjectsConstantsAreFideslangsSubjects()
        => Assert.Equal(
            Fideslang.DataSubjects.Select(s => s.Key).Order(StringComparer.Ordinal),
            Constants(typeof(DataSubjects)).Select(c => c.Id).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("user.location.coarse", "user.location.imprecise")]
    [InlineData("user.biometrics", "user.biometric")]
    [InlineData("user.biometrics.fingerprint", "user.biometric.fingerprint")]
    [InlineData("user.biometrics.voice", "user.biometric.voice")]
    [InlineData("user.professional_information.job_title", "user.job_title")]
    [InlineData("user.professional_information.workplace", "user.workplace")]
    [InlineData("user.health", "user.health_and_medical")]
    [InlineData("user.device.sensor", "user.sensor")]
    [InlineData("user.device.telemetry", "user.telemetry")]
    [InlineData("user.social_activity", "user.social")]
    [InlineData("user.location.coarse.city_level", "user.location.imprecise.city_level")] // below a former id
    public void FormerCategoryIdsAreReadAsTheirFideslangIds(string former, string now)
    {
        Assert.False(TaxonomyIndex.IsKnown(former, IdKind.Category));
        Assert.True(TaxonomyIndex.IsAccepted(former, IdKind.Category));
        Assert.Equal(now, TaxonomyIndex.Canonical(former, IdKind.Category));
        Assert.True(TaxonomyIndex.IsAccepted(now, IdKind.Category));
        Assert.Equal(TaxonomyIndex.AppleDataType(now), TaxonomyIndex.AppleDataType(former));
        Assert.Equal(TaxonomyIndex.GooglePlayDataType(now), TaxonomyIndex.GooglePlayDataType(former));
        Assert.True(TaxonomyIndex.CoversDeclared(former, now));
    }

    [Fact]
    public void AFormerIdThatFideslangSplitsStandsForEachPart()
    {
        var former = TaxonomyIndex.Deprecated("user.professional_information", IdKind.Category);
        Assert.NotNull(former);
        Assert.Equal(new[] { "user.job_title", "user.workplace" }, former!.ReplacedBy);
        Assert.True(TaxonomyIndex.CoversDeclared("user.professional_information", "user.job_title"));
        Assert.True(TaxonomyIndex.CoversDeclared("user.professional_information", "user.workplace"));
        Assert.False(TaxonomyIndex.CoversDeclared("user.professional_information", "user.name"));
        Assert.Equal("user.workplace", TaxonomyIndex.CanonicalDeclared("user.professional_information", "user.workplace"));
        Assert.Null(TaxonomyIndex.Deprecated("user.professional_information.team", IdKind.Category)); // no one id to put it below
        Assert.Equal("functional.storage", TaxonomyIndex.Canonical("functional.storage.privacy_preferences", IdKind.Purpose));
        Assert.Null(TaxonomyIndex.Deprecated("functional.storage.privacy_preferences", IdKind.Category));
        Assert.All(DeprecatedIds.All, d => Assert.All(d.ReplacedBy, r => Assert.True(TaxonomyIndex.IsKnown(r, d.Kind), r)));
        Assert.All(DeprecatedIds.All, d => Assert.False(TaxonomyIndex.IsKnown(d.Id, d.Kind), d.Id));
    }

    [Fact]
    public void TaxonomyDocListsEveryRow()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "taxonomy.md"));
        foreach (var row in DataCategoryTable.All.Concat(PurposeTable.All))
        {
            Assert.Contains($"| `{row.Id}` | {row.DisplayName} | `{row.ConstantName}` |", doc, StringComparison.Ordinal);
        }

        var rows = doc.Split('\n').Count(line => line.StartsWith("| `", StringComparison.Ordinal));
        Assert.Equal(DataCategoryTable.All.Length + PurposeTable.All.Length + DataSubjectTable.All.Length, rows);
        Assert.All(DeprecatedIds.All, d => Assert.Contains($"| ~~`{d.Id}`~~ |", doc, StringComparison.Ordinal));
        Assert.Contains("CC BY 4.0", doc, StringComparison.Ordinal);
        Assert.Contains("fideslang " + Fideslang.Version, doc, StringComparison.Ordinal);
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
    [InlineData("user.location.imprecise", AppleDataTypes.CoarseLocation, GooglePlayDataTypes.ApproximateLocation, false)]
    [InlineData("user.contact", AppleDataTypes.Contacts, GooglePlayDataTypes.Contacts, false)]
    [InlineData("user.content.self_image", AppleDataTypes.PhotosOrVideos, GooglePlayDataTypes.Photos, false)]
    [InlineData("user.biometric.voice", AppleDataTypes.AudioData, GooglePlayDataTypes.VoiceOrSoundRecordings, false)]
    [InlineData("user.behavior.browsing_history", AppleDataTypes.BrowsingHistory, GooglePlayDataTypes.WebBrowsingHistory, false)]
    [InlineData("user.content.private", AppleDataTypes.OtherUserContent, GooglePlayDataTypes.OtherUserGeneratedContent, false)]
    [InlineData("user.contact.pager_number", AppleDataTypes.Contacts, GooglePlayDataTypes.Contacts, false)] // a team's own maps as its parent
    // Categories fideslang has and the former taxonomy did not.
    [InlineData("user.contact.fax_number", AppleDataTypes.OtherUserContactInfo, GooglePlayDataTypes.OtherPersonalInfo, true)]
    [InlineData("user.demographic.race_ethnicity", AppleDataTypes.SensitiveInfo, GooglePlayDataTypes.RaceAndEthnicity, false)]
    [InlineData("user.demographic.political_opinion", AppleDataTypes.SensitiveInfo, GooglePlayDataTypes.PoliticalOrReligiousBeliefs, false)]
    [InlineData("user.demographic.religious_belief", AppleDataTypes.SensitiveInfo, GooglePlayDataTypes.PoliticalOrReligiousBeliefs, false)]
    [InlineData("user.demographic.sexual_orientation", AppleDataTypes.SensitiveInfo, GooglePlayDataTypes.SexualOrientationOrGenderIdentity, false)]
    [InlineData("user.health_and_medical.genetic", AppleDataTypes.SensitiveInfo, GooglePlayDataTypes.HealthInfo, false)]
    [InlineData("user.health_and_medical.record_id", AppleDataTypes.Health, GooglePlayDataTypes.HealthInfo, true)]
    [InlineData("user.biometric.health", AppleDataTypes.Health, GooglePlayDataTypes.HealthInfo, false)]
    [InlineData("user.government_id.passport_number", AppleDataTypes.OtherDataTypes, GooglePlayDataTypes.OtherPersonalInfo, true)]
    [InlineData("user.payment", AppleDataTypes.PaymentInfo, GooglePlayDataTypes.PaymentInfo, false)]
    [InlineData("user.authorization.biometric", AppleDataTypes.SensitiveInfo, GooglePlayDataTypes.OtherPersonalInfo, false)]
    [InlineData("user.unique_id.pseudonymous", AppleDataTypes.UserId, GooglePlayDataTypes.UserIds, true)]
    [InlineData("user.telemetry", AppleDataTypes.OtherDiagnosticData, GooglePlayDataTypes.Diagnostics, false)]
    [InlineData("system.operations", AppleDataTypes.OtherDataTypes, GooglePlayDataTypes.OtherPerformance, false)]
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

    /// <summary>The [Obsolete] constants are the former names, each a DeprecatedIds row, valued as the id it is read as.</summary>
    private static void AssertObsoleteAliases(Type type, IdKind kind)
    {
        var aliases = Constants(type, obsolete: true).ToList();
        Assert.NotEmpty(aliases);
        foreach (var (name, id) in aliases)
        {
            var former = Assert.Single(DeprecatedIds.All, d => d.Kind == kind && d.ConstantName == name);
            Assert.Equal(former.ReplacedBy.Length == 1 ? former.ReplacedBy[0] : former.Id, id);
            var message = type.GetField(name)!.GetCustomAttribute<ObsoleteAttribute>()!.Message!;
            Assert.All(former.ReplacedBy, r => Assert.Contains(type.Name + "." + TaxonomyIndex.Find(r, kind)!.ConstantName, message, StringComparison.Ordinal));
        }
    }

    private static IEnumerable<(string Name, string Id)> Constants(Type type, bool? obsolete = null)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => obsolete is null || (f.GetCustomAttribute<ObsoleteAttribute>() != null) == obsolete)
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));
}
