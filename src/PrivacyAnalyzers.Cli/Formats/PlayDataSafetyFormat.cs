using System.Text;
using PrivacyAnalyzers.Cli.Model;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Cli.Formats
{
    /// <summary>
    /// Google Play's Data safety form as the CSV Play Console imports and exports (App content → Data
    /// safety → Import from CSV): columns "Question ID (machine readable)", "Response ID (machine
    /// readable)", "Response value", "Answer requirement", "Human-friendly question label". The tool
    /// answers what the code shows: which data types are collected (<c>PSL_DATA_TYPES_*</c>), whether
    /// each is also shared (third-party purposes), and why (<c>DATA_USAGE_COLLECTION_PURPOSE</c>, one
    /// row per type and purpose). What code cannot show (ephemeral processing, whether collection is
    /// optional, encryption, deletion) is left for the team: those rows are present with no value.
    /// </summary>
    internal sealed class PlayDataSafetyFormat : IManifestFormat
    {
        public const string Header = "Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label";

        /// <summary>Every Play data type, in the form's (and export's) order: question, response, labels.</summary>
        private static readonly (string Question, string Type, string Group, string Label)[] Types =
        {
            ("PSL_DATA_TYPES_PERSONAL", "PSL_NAME", "Personal info", "Name"),
            ("PSL_DATA_TYPES_PERSONAL", "PSL_EMAIL", "Personal info", "Email address"),
            ("PSL_DATA_TYPES_PERSONAL", "PSL_USER_ACCOUNT", "Personal info", "User IDs"),
            ("PSL_DATA_TYPES_PERSONAL", "PSL_ADDRESS", "Personal info", "Address"),
            ("PSL_DATA_TYPES_PERSONAL", "PSL_PHONE", "Personal info", "Phone number"),
            ("PSL_DATA_TYPES_PERSONAL", "PSL_RACE_ETHNICITY", "Personal info", "Race and ethnicity"),
            ("PSL_DATA_TYPES_PERSONAL", "PSL_POLITICAL_RELIGIOUS", "Personal info", "Political or religious beliefs"),
            ("PSL_DATA_TYPES_PERSONAL", "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY", "Personal info", "Sexual orientation"),
            ("PSL_DATA_TYPES_PERSONAL", "PSL_OTHER_PERSONAL", "Personal info", "Other info"),
            ("PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER", "Financial info", "User payment info"),
            ("PSL_DATA_TYPES_FINANCIAL", "PSL_PURCHASE_HISTORY", "Financial info", "Purchase history"),
            ("PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_SCORE", "Financial info", "Credit score"),
            ("PSL_DATA_TYPES_FINANCIAL", "PSL_OTHER", "Financial info", "Other financial info"),
            ("PSL_DATA_TYPES_LOCATION", "PSL_APPROX_LOCATION", "Location", "Approximate location"),
            ("PSL_DATA_TYPES_LOCATION", "PSL_PRECISE_LOCATION", "Location", "Precise location"),
            ("PSL_DATA_TYPES_SEARCH_AND_BROWSING", "PSL_WEB_BROWSING_HISTORY", "Web browsing", "Web browsing history"),
            ("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_EMAILS", "Messages", "Emails"),
            ("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_SMS_CALL_LOG", "Messages", "SMS or MMS"),
            ("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_OTHER_MESSAGES", "Messages", "Other in-app messages"),
            ("PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_PHOTOS", "Photos and videos", "Photos"),
            ("PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_VIDEOS", "Photos and videos", "Videos"),
            ("PSL_DATA_TYPES_AUDIO", "PSL_AUDIO", "Audio files", "Voice or sound recordings"),
            ("PSL_DATA_TYPES_AUDIO", "PSL_MUSIC", "Audio files", "Music files"),
            ("PSL_DATA_TYPES_AUDIO", "PSL_OTHER_AUDIO", "Audio files", "Other audio files"),
            ("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_HEALTH", "Health and fitness", "Health info"),
            ("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_FITNESS", "Health and fitness", "Fitness info"),
            ("PSL_DATA_TYPES_CONTACTS", "PSL_CONTACTS", "Contacts", "Contacts"),
            ("PSL_DATA_TYPES_CALENDAR", "PSL_CALENDAR", "Calendar", "Calendar events"),
            ("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_CRASH_LOGS", "App info and performance", "Crash logs"),
            ("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_PERFORMANCE_DIAGNOSTICS", "App info and performance", "Diagnostics"),
            ("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_OTHER_PERFORMANCE", "App info and performance", "Other app performance data"),
            ("PSL_DATA_TYPES_FILES_AND_DOCS", "PSL_FILES_AND_DOCS", "Files and docs", "Files and docs"),
            ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_USER_INTERACTION", "App activity", "App interactions"),
            ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_IN_APP_SEARCH_HISTORY", "App activity", "In-app search history"),
            ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_APPS_ON_DEVICE", "App activity", "Installed apps"),
            ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_USER_GENERATED_CONTENT", "App activity", "Other user-generated content"),
            ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_OTHER_APP_ACTIVITY", "App activity", "Other actions"),
            ("PSL_DATA_TYPES_IDENTIFIERS", "PSL_DEVICE_ID", "Device or other IDs", "Device or other IDs"),
        };

        /// <summary>Play's purposes, in the form's order, with their labels.</summary>
        private static readonly (string Id, string Label)[] Purposes =
        {
            (TaxonomyInfo.GooglePlayPurposes.AppFunctionality, "App functionality"),
            (TaxonomyInfo.GooglePlayPurposes.Analytics, "Analytics"),
            (TaxonomyInfo.GooglePlayPurposes.DeveloperCommunications, "Developer communications"),
            (TaxonomyInfo.GooglePlayPurposes.AdvertisingOrMarketing, "Advertising or marketing"),
            (TaxonomyInfo.GooglePlayPurposes.FraudPreventionSecurityAndCompliance, "Fraud prevention, security, and compliance"),
            (TaxonomyInfo.GooglePlayPurposes.Personalization, "Personalization"),
            (TaxonomyInfo.GooglePlayPurposes.AccountManagement, "Account management"),
        };

        public string Name => "play-data-safety";

        public string Description => "Google Play Data safety CSV (Play Console import format)";

        public string Render(Manifest manifest, FormatContext context)
        {
            var collected = manifest.Categories
                .Where(c => c.GooglePlay is not null)
                .GroupBy(c => c.GooglePlay!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

            var output = new StringBuilder();
            output.Append(Header).Append('\n');
            // CSV has no comments: a partial scan says so in the first row's human-readable label, which import ignores.
            var partial = manifest.Scan.Partial ? " [" + Text.Completeness(manifest.Scan) + "]" : string.Empty;
            Row(output, "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", string.Empty, collected.Count > 0 ? "true" : "false", "REQUIRED", "Does your app collect or share any of the required user data types?" + partial);

            var types = Types.Where(t => collected.ContainsKey(t.Type)).ToList();
            foreach (var type in types)
            {
                Row(output, type.Question, type.Type, "true", "MULTIPLE_CHOICE", $"{type.Group} / {type.Label}");
            }

            foreach (var type in types)
            {
                var categories = collected[type.Type];
                var purposeIds = categories.SelectMany(c => c.Purposes).Select(p => p.Id).Distinct(StringComparer.Ordinal).ToList();
                var shared = purposeIds.Any(Shares);
                var collection = purposeIds.Select(TaxonomyInfo.GooglePlayPurpose).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var sharing = purposeIds.Where(Shares).Select(TaxonomyInfo.GooglePlayPurpose).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var prefix = $"PSL_DATA_USAGE_RESPONSES:{type.Type}:";
                var label = $"Data usage and handling ({type.Label})";

                Row(output, prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", shared ? "PSL_DATA_USAGE_BOTH_COLLECTED_AND_SHARED" : "PSL_DATA_USAGE_ONLY_COLLECTED", "true", "MULTIPLE_CHOICE", $"{label} / {(shared ? "Both collected and shared" : "Collected only")}");
                Row(output, prefix + "PSL_DATA_USAGE_EPHEMERAL", string.Empty, string.Empty, "MAYBE_REQUIRED", $"{label} / Is this data processed ephemerally?");
                Row(output, prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", string.Empty, "SINGLE_CHOICE", $"{label} / Users can choose whether this data is collected");
                Row(output, prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED", string.Empty, "SINGLE_CHOICE", $"{label} / Data collection is required");
                foreach (var purpose in Purposes.Where(p => collection.Contains(p.Id)))
                {
                    Row(output, prefix + "DATA_USAGE_COLLECTION_PURPOSE", purpose.Id, "true", "MULTIPLE_CHOICE", $"{label} / Why is this user data collected? / {purpose.Label}");
                }

                foreach (var purpose in Purposes.Where(p => sharing.Contains(p.Id)))
                {
                    Row(output, prefix + "DATA_USAGE_SHARING_PURPOSE", purpose.Id, "true", "MULTIPLE_CHOICE", $"{label} / Why is this user data shared? / {purpose.Label}");
                }
            }

            return output.ToString();
        }

        /// <summary>Data declared for a third party's use is shared, in Play's terms.</summary>
        private static bool Shares(string purposeId)
            => TaxonomyInfo.IsTracking(purposeId) || TaxonomyInfo.Covers("third_party_sharing", purposeId);

        private static void Row(StringBuilder output, string question, string response, string value, string requirement, string label)
        {
            output.Append(Csv(question)).Append(',')
                .Append(Csv(response)).Append(',')
                .Append(Csv(value)).Append(',')
                .Append(Csv(requirement)).Append(',')
                .Append(Csv(label)).Append('\n');
        }

        private static readonly System.Buffers.SearchValues<char> CsvSpecial = System.Buffers.SearchValues.Create(",\"\n\r");

        /// <summary>RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled.</summary>
        public static string Csv(string field)
            => field.AsSpan().IndexOfAny(CsvSpecial) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
