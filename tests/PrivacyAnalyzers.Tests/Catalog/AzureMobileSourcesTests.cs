using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>Azure Mobile Apps' server-flow sign-in: the login call gives the app the user's id (and session token).</summary>
public sealed class AzureMobileSourcesTests
{
    [Fact]
    public async Task EachPlatformsLoginIsASite()
    {
        const string source = """
            using System.Threading.Tasks;
            using Microsoft.WindowsAzure.MobileServices;

            class Authentication
            {
                async Task<MobileServiceUser> Android(IMobileServiceClient client, Android.Content.Context activity)
                    => await {|#0:client.LoginAsync(activity, MobileServiceAuthenticationProvider.Facebook)|};

                async Task<MobileServiceUser> Ios(IMobileServiceClient client, UIKit.UIViewController controller)
                    => await {|#1:client.LoginAsync(controller, MobileServiceAuthenticationProvider.Twitter, "mydriving")|};

                async Task<MobileServiceUser> Uwp(MobileServiceClient client)
                    => await {|#2:client.LoginAsync(MobileServiceAuthenticationProvider.MicrosoftAccount)|};

                async Task Later(IMobileServiceClient client)
                {
                    // The user the login gave is the same data again; restoring a stored user and signing out read nothing.
                    var id = client.CurrentUser.UserId;
                    client.CurrentUser = new MobileServiceUser(id) { MobileServiceAuthenticationToken = "stored" };
                    await client.LogoutAsync();
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.unique_id", 0, 1, 2))
            .ValidateAsync();
    }

    [Fact]
    public async Task TheAppsOwnLoginWrapperIsNot()
    {
        const string source = """
            using System.Threading.Tasks;
            using Microsoft.WindowsAzure.MobileServices;

            interface IAuthentication
            {
                Task<MobileServiceUser> LoginAsync(IMobileServiceClient client, MobileServiceAuthenticationProvider provider);
            }

            class LoginViewModel
            {
                IAuthentication authentication;
                IMobileServiceClient client;

                Task<MobileServiceUser> SignIn() => authentication.LoginAsync(client, MobileServiceAuthenticationProvider.Google);
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites()
            .ValidateAsync();
    }
}
