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

    [Fact]
    public async Task FirebaseIdentifiersAndThePushToken()
    {
        const string source = """
            using System.Threading.Tasks;
            using Firebase.Analytics;
            using Firebase.Crashlytics;
            using Firebase.Installations;
            using Firebase.Messaging;

            class Telemetry
            {
                async Task Start(string accountId)
                {
                    var instance = await {|#0:FirebaseAnalytics.GetAnalyticsInstanceIdAsync()|};
                    {|#1:Crashlytics.SetUserId(accountId)|};
                    var installation = await {|#2:FirebaseInstallations.DefaultInstance.GetIdAsync()|};
                    {|#3:FirebaseMessaging.TokenReceived|} += OnToken;
                    var token = await {|#4:FirebaseMessaging.GetTokenAsync()|};

                    // Settings, logs, topics and unsubscribing read no identifier.
                    Crashlytics.Log("started");
                    Crashlytics.IsCrashlyticsCollectionEnabled = true;
                    await FirebaseMessaging.SubscribeAsync("news");
                    await FirebaseInstallations.DefaultInstance.DeleteAsync();
                    FirebaseMessaging.TokenReceived -= OnToken;
                }

                void OnToken(object sender, TokenReceivedEventArgs e) { }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.device_id"),
                (1, "user.unique_id"),
                (2, "user.device.device_id"),
                (3, "user.device.device_id"),
                (4, "user.device.device_id"))
            .ValidateAsync();
    }

    [Fact]
    public async Task FirebaseAuthUserProfileThroughTheUserTheInterfaceAndAProvider()
    {
        const string source = """
            using System.Linq;
            using System.Threading.Tasks;
            using Firebase.Auth;

            class Profile
            {
                async Task SignIn(string email, string password)
                {
                    var result = await FirebaseAuth.DefaultInstance.SignInWithEmailAndPasswordAsync(email, password);
                    FirebaseUser user = result.User;
                    var name = {|#0:user.DisplayName|};
                    var mail = {|#1:user.Email|};
                    var phone = {|#2:user.PhoneNumber|};
                    var photo = {|#3:user.PhotoUrl|};
                    var id = {|#4:FirebaseAuth.DefaultInstance.CurrentUser.UserId|};
                    IUserInfo provider = user.ProviderData.First();
                    var providerMail = {|#5:provider.Email|};

                    // Which provider, and whether the account is verified, say nothing about who the user is.
                    var kind = provider.ProviderId;
                    var verified = user.IsEmailVerified;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.name"),
                (1, "user.contact.email"),
                (2, "user.contact.phone_number"),
                (3, "user.content.self_image"),
                (4, "user.unique_id"),
                (5, "user.contact.email"))
            .ValidateAsync();
    }
}
