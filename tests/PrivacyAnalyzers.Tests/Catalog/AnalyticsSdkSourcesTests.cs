using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>Analytics SDKs that tie events to the app's user id or to an install id.</summary>
public sealed class AnalyticsSdkSourcesTests
{
    [Fact]
    public async Task UserIdsHandedToAnalyticsSdks()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Firebase.Analytics;
            using Microsoft.AppCenter;

            class AnalyticsBootstrap
            {
                async Task<Guid?> SignedIn(string accountId)
                {
                    AppCenter.Start("app-secret");
                    {|#0:AppCenter.SetUserId(accountId)|};
                    {|#1:FirebaseAnalytics.SetUserId(accountId)|};
                    {|#2:UnityEngine.Analytics.Analytics.SetUserId(accountId)|};

                    // Events and settings carry no identifier of their own.
                    FirebaseAnalytics.LogEvent(FirebaseAnalytics.EventLogin);
                    await AppCenter.SetEnabledAsync(true);
                    return await {|#3:AppCenter.GetInstallIdAsync()|};
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.unique_id"),
                (1, "user.unique_id"),
                (2, "user.unique_id"),
                (3, "user.device.device_id"))
            .ValidateAsync();
    }
}
