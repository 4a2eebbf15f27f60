using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// The ids PrivacyAnalyzers used before it adopted fideslang as its taxonomy, each with the fideslang
    /// id(s) it is now read as. They stay accepted (PRIV009 names the new id, and a code fix writes it);
    /// nothing PrivacyAnalyzers emits uses them.
    /// </summary>
    internal static class DeprecatedIds
    {
        public static ImmutableArray<DeprecatedId> All { get; } = ImmutableArray.Create(
            Category("user.biometrics", "user.biometric"),
            Category("user.biometrics.fingerprint", "user.biometric.fingerprint"),
            Category("user.biometrics.voice", "user.biometric.voice"),
            Category("user.device.sensor", "user.sensor"),
            Category("user.device.telemetry", "user.telemetry"),
            Category("user.health", "user.health_and_medical"),
            new DeprecatedId("user.location.coarse", IdKind.Category, ImmutableArray.Create("user.location.imprecise"), "CoarseLocation"),
            // Fideslang has no parent for these two: a former parent line or declaration stands for both.
            new DeprecatedId("user.professional_information", IdKind.Category, ImmutableArray.Create("user.job_title", "user.workplace"), "ProfessionalInformation"),
            Category("user.professional_information.job_title", "user.job_title"),
            Category("user.professional_information.workplace", "user.workplace"),
            Category("user.social_activity", "user.social"),
            // Storing privacy preferences is local storage; what is stored is fideslang's category user.privacy_preferences.
            new DeprecatedId("functional.storage.privacy_preferences", IdKind.Purpose, ImmutableArray.Create("functional.storage"), "PrivacyPreferences"));

        public static ImmutableDictionary<string, DeprecatedId> ById { get; } = Index(All);

        private static DeprecatedId Category(string id, string replacedBy) => new DeprecatedId(id, IdKind.Category, ImmutableArray.Create(replacedBy));

        private static ImmutableDictionary<string, DeprecatedId> Index(ImmutableArray<DeprecatedId> rows)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, DeprecatedId>(System.StringComparer.Ordinal);
            foreach (var row in rows)
            {
                builder.Add(row.Id, row);
            }

            return builder.ToImmutable();
        }
    }
}
