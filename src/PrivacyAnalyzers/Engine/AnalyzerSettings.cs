using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Options read from .editorconfig (<c>privacy_analyzers.*</c>), typed, with their defaults.
    /// Read per syntax tree, and only for matched sites, so the hot path never touches them.
    /// </summary>
    internal readonly struct AnalyzerSettings
    {
        /// <summary>Whether a declaration on a type covers the sites of its members (default true).</summary>
        public const string TypeDeclarationsKey = "privacy_analyzers.type_declarations";

        /// <summary>Whether an <c>[assembly: CollectsPersonalData]</c> covers every site (default true).</summary>
        public const string AssemblyDeclarationsKey = "privacy_analyzers.assembly_declarations";

        /// <summary>
        /// Whether app-state cookies (theme, language, preview mode: <see cref="CookieNames"/>) are reported, as
        /// <c>user.device.cookie</c> (default false: they identify no one).
        /// </summary>
        public const string AppStateCookiesKey = "privacy_analyzers.app_state_cookies";

        /// <summary>
        /// Whether the project is a server, whose own identity (machine name, process account, the service's
        /// <c>WindowsIdentity</c>) is not the end user's: <c>true</c>, <c>false</c>, or <c>auto</c> (default), decided from
        /// the project (<see cref="ServerProject"/>).
        /// </summary>
        public const string ServerProjectKey = "privacy_analyzers.server_project";

        /// <summary>Whether request models bind personal data by their members' names alone (<c>Email</c>, <c>ZipCode</c>), default true.</summary>
        public const string BoundMemberNamesKey = "privacy_analyzers.bound_member_names";

        /// <summary>
        /// Whether a view model's settable string properties named for personal data (<c>Email</c>, <c>Password</c>) are
        /// sites, default false: without the form's markup a folder scan cannot tell a field the user types into from one
        /// the app fills from its own server, and on real apps most were the latter (docs/accuracy.md).
        /// </summary>
        public const string ViewModelNamesKey = "privacy_analyzers.view_model_names";

        public static readonly AnalyzerSettings Default = new AnalyzerSettings(allowTypeDeclarations: true, allowAssemblyDeclarations: true);

        public AnalyzerSettings(bool allowTypeDeclarations, bool allowAssemblyDeclarations, bool appStateCookies = false, bool? serverProject = null, bool boundMemberNames = true, bool viewModelNames = false)
        {
            AllowTypeDeclarations = allowTypeDeclarations;
            AllowAssemblyDeclarations = allowAssemblyDeclarations;
            AppStateCookies = appStateCookies;
            ServerProject = serverProject;
            BoundMemberNames = boundMemberNames;
            ViewModelNames = viewModelNames;
        }

        /// <summary>See <see cref="AppStateCookiesKey"/>.</summary>
        public bool AppStateCookies { get; }

        /// <summary>See <see cref="ServerProjectKey"/>: true or false as set, null for <c>auto</c>.</summary>
        public bool? ServerProject { get; }

        /// <summary>See <see cref="BoundMemberNamesKey"/>.</summary>
        public bool BoundMemberNames { get; }

        /// <summary>See <see cref="ViewModelNamesKey"/>.</summary>
        public bool ViewModelNames { get; }

        public bool AllowTypeDeclarations { get; }

        public bool AllowAssemblyDeclarations { get; }

        public static AnalyzerSettings For(AnalyzerOptions options, SyntaxTree tree)
        {
            var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            return new AnalyzerSettings(
                ReadBoolean(config, TypeDeclarationsKey, defaultValue: true),
                ReadBoolean(config, AssemblyDeclarationsKey, defaultValue: true),
                ReadBoolean(config, AppStateCookiesKey, defaultValue: false),
                ReadTriState(config, ServerProjectKey),
                ReadBoolean(config, BoundMemberNamesKey, defaultValue: true),
                ReadBoolean(config, ViewModelNamesKey, defaultValue: false));
        }

        /// <summary>true, false, or null for <c>auto</c>, a missing key or a value that is neither.</summary>
        private static bool? ReadTriState(AnalyzerConfigOptions config, string key)
        {
            if (!config.TryGetValue(key, out var value))
            {
                return null;
            }

            value = value.Trim();
            if (string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return string.Equals(value, "false", System.StringComparison.OrdinalIgnoreCase) ? false : null;
        }

        private static bool ReadBoolean(AnalyzerConfigOptions config, string key, bool defaultValue)
        {
            if (!config.TryGetValue(key, out var value))
            {
                return defaultValue;
            }

            value = value.Trim();
            if (string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return string.Equals(value, "false", System.StringComparison.OrdinalIgnoreCase) ? false : defaultValue;
        }
    }
}
