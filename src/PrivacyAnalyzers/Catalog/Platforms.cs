namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Platform names used by the catalog tables, docs and manifests.</summary>
    internal static class Platforms
    {
        public const string BaseLibrary = ".NET base library";
        public const string AspNetCore = "ASP.NET Core";
        public const string MauiEssentials = ".NET MAUI Essentials";
        public const string XamarinEssentials = "Xamarin.Essentials";
        public const string Android = ".NET for Android";
        public const string Apple = ".NET for iOS and Mac Catalyst";
        public const string Windows = "Windows (WinRT)";
        public const string Unity = "Unity";
        public const string AnalyticsSdks = "Analytics SDKs";
        public const string UserCode = "user code";
    }
}
