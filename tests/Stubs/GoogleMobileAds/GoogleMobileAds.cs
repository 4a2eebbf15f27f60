// Mirrors https://developers.google.com/admob/unity/reference/class/google-mobile-ads/api/ad-request
// Mirrors https://developers.google.com/admob/unity/reference/class/google-mobile-ads/api/ad-request/builder
// Mirrors https://developers.google.com/admob/unity/reference/class/google-mobile-ads/api/banner-view
// Mirrors https://developers.google.com/admob/unity/reference/class/google-mobile-ads/api/interstitial-ad
// The Google Mobile Ads Unity plugin (GoogleMobileAds.dll): an ad request's targeting (keywords, extras, custom
// targeting) and the loads that send it to Google. Only those members are stubbed.
using System;
using System.Collections.Generic;

namespace GoogleMobileAds.Api
{
    public class AdRequest
    {
        public const string TestDeviceSimulator = "SIMULATOR";

        public Dictionary<string, string> CustomTargeting = new Dictionary<string, string>();

        public Dictionary<string, string> Extras = new Dictionary<string, string>();

        public HashSet<string> Keywords = new HashSet<string>();

        public AdRequest() => throw null!;

        public class Builder
        {
            public Builder() => throw null!;

            public Builder AddExtra(string key, string value) => throw null!;

            public Builder AddKeyword(string keyword) => throw null!;

            public AdRequest Build() => throw null!;
        }
    }

    public class AdSize
    {
        public static readonly AdSize Banner;
    }

    public enum AdPosition
    {
        Top = 0,
        Bottom = 1,
    }

    public class LoadAdError
    {
    }

    public class BannerView
    {
        public BannerView(string adUnitId, AdSize adSize, AdPosition position) => throw null!;

        public void LoadAd(AdRequest request) => throw null!;
    }

    public class InterstitialAd
    {
        public static void Load(string adUnitId, AdRequest request, Action<InterstitialAd, LoadAdError> adLoadCallback) => throw null!;
    }
}
