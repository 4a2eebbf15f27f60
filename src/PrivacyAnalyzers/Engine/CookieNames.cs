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

        private static readonly ImmutableArray<string> AppStateWords = ImmutableArray.Create("theme", "culture", "lang", "locale", "preview", "darkmode", "dark-mode", "colorscheme", "color-scheme", "dismissed", "sidebar", "timezone",
            // A message shown once after a redirect (Identity's Identity.StatusMessage, MVC's cookie TempData, "flash" messages).
            "statusmessage", "tempdata", "flash");

        /// <summary>Words that name the person a site's own account belongs to: a cookie named for one holds that account's key.</summary>
        private static readonly ImmutableArray<string> AccountWords = ImmutableArray.Create("user", "customer", "admin", "member", "account");

        /// <summary>Words that say a cookie's key is the browser's own, made for a visitor no one has signed in as.</summary>
        private static readonly ImmutableArray<string> AnonymousWords = ImmutableArray.Create("anonymous", "visitor", "guest", "basket", "cart", "device", "browser", "session");

        public static CookieKind Classify(string name)
        {
            if (ContainsAny(name, ConsentWords))
            {
                return CookieKind.Consent;
            }

            return ContainsAny(name, AppStateWords) ? CookieKind.AppState : CookieKind.Identifier;
        }

        /// <summary>
        /// What an identifier cookie holds where its name says more than "a cookie set per browser" (value-aware, as session keys
        /// are): a name <see cref="BindingNames"/> knows (<c>userFirstName</c>, <c>user_email</c>) is that datum; a name of the
        /// site's own account (<c>customerCookie</c>, <c>adminId</c>, <c>userCookie</c>) holds that account's key
        /// (<c>user.unique_id</c>), unless it also says the key is an anonymous visitor's (<c>AnonymousUser</c>,
        /// <c>guest_cart</c>), which is the device's cookie id. Null when the name says nothing more.
        /// </summary>
        public static string? PersonalCategory(string name)
        {
            var words = Words(name);
            if (words.Length > 0 && BindingNames.TryGetCategory(words, out var named))
            {
                return named;
            }

            return ContainsAny(name, AccountWords) && !ContainsAny(name, AnonymousWords) && !name.StartsWith(".AspNetCore", StringComparison.OrdinalIgnoreCase)
                ? AccountKey
                : null;
        }

        /// <summary>The key of the site's own account (a customer id kept in a cookie).</summary>
        public const string AccountKey = "user.unique_id";

        /// <summary>A cookie name as a member name: <c>user-first.name</c> is <c>user_first_name</c>, which BindingNames reads by its words.</summary>
        private static string Words(string name)
        {
            var chars = name.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] is '-' or '.' or ' ')
                {
                    chars[i] = '_';
                }
            }

            return new string(chars).Trim('_');
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
