using System;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>What a cookie's name shows it holds.</summary>
    internal enum CookieKind
    {
        /// <summary>Nothing the name shows: taken for an identifier, as a cookie set per browser is one.</summary>
        Identifier,

        /// <summary>The visitor's consent choice (<c>.AspNet.Consent</c>, <c>cookieconsent_status</c>).</summary>
        Consent,

        /// <summary>App state: theme, language, culture, preview mode, dismissed banners.</summary>
        AppState,
    }

    /// <summary>
    /// Cookies by name. ASP.NET Core's consent cookie is <c>.AspNet.Consent</c> and its culture cookie
    /// <c>.AspNetCore.Culture</c> (https://learn.microsoft.com/aspnet/core/security/gdpr,
    /// https://learn.microsoft.com/aspnet/core/fundamentals/localization/select-language-culture); the ePrivacy guidance
    /// counts user-interface preference cookies (language, theme) among those that need no consent, as they identify no one
    /// (Article 29 Working Party, Opinion 04/2012 on cookie consent exemption, section 3.6). A name is matched by the words
    /// it contains, ignoring case, so <c>site-theme</c> and <c>PreferredLanguage</c> are app state.
    /// </summary>
    internal static class CookieNames
    {
        /// <summary>The category of a cookie that is reported but is not an identifier: a cookie on the device.</summary>
        public const string NotAnIdentifier = "user.device.cookie";

        private static readonly ImmutableArray<string> ConsentWords = ImmutableArray.Create("consent", "gdpr", "cookielaw", "cookie_notice", "cookienotice");

        private static readonly ImmutableArray<string> AppStateWords = ImmutableArray.Create("theme", "culture", "lang", "locale", "preview", "darkmode", "dark-mode", "colorscheme", "color-scheme", "dismissed", "sidebar", "timezone");

        public static CookieKind Classify(string name)
        {
            if (ContainsAny(name, ConsentWords))
            {
                return CookieKind.Consent;
            }

            return ContainsAny(name, AppStateWords) ? CookieKind.AppState : CookieKind.Identifier;
        }

        private static bool ContainsAny(string name, ImmutableArray<string> words)
        {
            foreach (var word in words)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
