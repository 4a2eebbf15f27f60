// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.windowsazure.mobileservices.mobileserviceclient
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.windowsazure.mobileservices.imobileserviceclient
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.windowsazure.mobileservices.mobileserviceuser
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.windowsazure.mobileservices.mobileserviceclientextensions
// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.windowsazure.mobileservices.mobileserviceauthenticationprovider
// Mirrors https://github.com/Azure/azure-mobile-apps-net-client (the client project's platform folders'
// Extensions/MobileServiceClientExtensions.cs: Android takes a Context, iOS a UIViewController, UWP nothing more)
// Azure Mobile Apps' client (NuGet Microsoft.Azure.Mobile.Client, before it Microsoft.WindowsAzure.Mobile): server-flow
// sign-in through Facebook, Twitter, Google or a Microsoft account in a web view, which gives the app the user's id and
// session token. Only the members app code touches for signing in are stubbed (the table and sync APIs are not).
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Android.Content;
using UIKit;

namespace Microsoft.WindowsAzure.MobileServices
{
    public enum MobileServiceAuthenticationProvider
    {
        MicrosoftAccount,
        Google,
        Twitter,
        Facebook,
        WindowsAzureActiveDirectory,
    }

    public class MobileServiceUser
    {
        public MobileServiceUser(string userId) => throw null;

        public virtual string UserId { get => throw null; set => throw null; }

        public virtual string MobileServiceAuthenticationToken { get => throw null; set => throw null; }
    }

    public interface IMobileServiceClient
    {
        Uri MobileAppUri { get; }

        MobileServiceUser CurrentUser { get; set; }

        Task LogoutAsync();
    }

    public class MobileServiceClient : IMobileServiceClient, IDisposable
    {
        public MobileServiceClient(string mobileAppUri, params HttpMessageHandler[] handlers) => throw null;

        public MobileServiceClient(Uri mobileAppUri, params HttpMessageHandler[] handlers) => throw null;

        public Uri MobileAppUri => throw null;

        public MobileServiceUser CurrentUser { get => throw null; set => throw null; }

        public virtual Task LogoutAsync() => throw null;

        public void Dispose() => throw null;
    }

    public static class MobileServiceClientExtensions
    {
        // Android (Microsoft.Azure.Mobile.Client for MonoAndroid): the login page opens over the given Context.
        public static Task<MobileServiceUser> LoginAsync(this IMobileServiceClient client, Context context, MobileServiceAuthenticationProvider provider) => throw null;

        public static Task<MobileServiceUser> LoginAsync(this IMobileServiceClient client, Context context, MobileServiceAuthenticationProvider provider, string uriScheme) => throw null;

        public static Task<MobileServiceUser> LoginAsync(this IMobileServiceClient client, Context context, string provider, string uriScheme) => throw null;

        // iOS (Xamarin.iOS10): over the given view controller.
        public static Task<MobileServiceUser> LoginAsync(this IMobileServiceClient client, UIViewController viewController, MobileServiceAuthenticationProvider provider) => throw null;

        public static Task<MobileServiceUser> LoginAsync(this IMobileServiceClient client, UIViewController viewController, MobileServiceAuthenticationProvider provider, string uriScheme) => throw null;

        public static Task<MobileServiceUser> LoginAsync(this IMobileServiceClient client, UIViewController viewController, string provider, string uriScheme) => throw null;

        // UWP and Windows 8.1: the system's web authentication broker.
        public static Task<MobileServiceUser> LoginAsync(this IMobileServiceClient client, MobileServiceAuthenticationProvider provider) => throw null;

        public static Task<MobileServiceUser> LoginAsync(this IMobileServiceClient client, MobileServiceAuthenticationProvider provider, string uriScheme) => throw null;
    }
}
