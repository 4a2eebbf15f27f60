using System.Text;
using PrivacyAnalyzers.Manifests.Model;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>
    /// Google Play's Data safety form as the CSV Play Console exports and imports (App content → Data
    /// safety → Export to CSV / Import from CSV): every row of the current export template, in its order,
    /// with its question and response ids and answer requirement, so the file can be imported as it is
    /// once the team has answered what code cannot tell. The tool answers what the code shows: whether
    /// personal data is collected, which data types (<c>PSL_DATA_TYPES_*</c>), that each is collected
    /// (<c>PSL_DATA_USAGE_ONLY_COLLECTED</c>), and why (<c>DATA_USAGE_COLLECTION_PURPOSE</c>). Sharing
    /// (<c>PSL_DATA_USAGE_ONLY_SHARED</c>) comes from the data flows (<see cref="FlowFacts.SharedWith"/>): a
    /// type is shared when one of its categories flows to a third party that is not a declared service
    /// provider, and the label names the recipients and the calls the analysis could not follow. A manifest
    /// written without flow analysis leaves those rows empty and its label says sharing was not analysed.
    /// Why data is shared is left for the team. Encryption, account creation, deletion, ephemeral
    /// processing and whether collection is optional are left for the team too: present, with no value.
    /// The template is checked against a real export kept in the tests (PlayDataSafetyTemplateTests).
    /// </summary>
    public sealed class PlayDataSafetyFormat : IManifestFormat
    {
        public const string Header = "Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label";

        /// <summary>What the label of a question the tool cannot answer from code yet says, so a reader of the CSV knows.</summary>
        public const string NotYetAnalysed = " [PrivacyAnalyzers: not analysed yet, answer it yourself. The analyzers do not follow data to third parties yet, so every type is marked collected only.]";

        /// <summary>The app-level questions, before the data types, in the template's order: left for the team.</summary>
        private static readonly (string Question, string Response, string Requirement, string Label)[] AppQuestions =
        {
            ("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", "MAYBE_REQUIRED", "Is all of the user data collected by your app encrypted in transit?"),
            ("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_PASSWORD", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username and password"),
            ("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_OTHER_AUTH", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username and other authentication"),
            ("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Username, password, and other authentication"),
            ("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_OAUTH", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / OAuth"),
            ("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_OTHER", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / Other"),
            ("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_NONE", "MULTIPLE_CHOICE", "Which of the following methods of account creation does your app support? Select all that apply / My app does not allow users to create an account"),
            ("PSL_ACM_SPECIFY", "", "MAYBE_REQUIRED", "Describe the method of account creation that your app supports"),
            ("PSL_ACCOUNT_DELETION_URL", "", "MAYBE_REQUIRED", "Add a link that users can use to request that their account and associated data is deleted"),
            ("PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_YES", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / Yes"),
            ("PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / No"),
            ("PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO_AUTO_DELETED", "SINGLE_CHOICE", "Do you provide a way for users to request that their data is deleted? / No, but user data is automatically deleted within 90 days"),
            ("PSL_DATA_DELETION_URL", "", "MAYBE_REQUIRED", "Delete data URL"),
            ("PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY", "", "OPTIONAL", "Only answer this question if you've indicated that your app's target age group includes children, or you've opted into the Designed for Families program. If either of the above is true, you are required to follow the Google Play Families Policy (https://support.google.com/googleplay/android-developer/answer/9893335). Do you want to let users know about this commitment in the Data safety section on your store listing?"),
            ("PSL_INDEPENDENTLY_VALIDATED", "", "OPTIONAL", "Has your app successfully completed an independent security review, according to the Mobile Application Security Assessment (MASA) framework? Only answer \"yes\" if the review is in good standing."),
            ("PSL_UPI_BADGE_OPT_IN", "", "OPTIONAL", "Do you want to show this badge on your store listing?"),
            ("PSL_HAS_OUTSIDE_APP_ACCOUNTS", "", "OPTIONAL", "Can users login to your app with accounts created outside of the app?"),
            ("PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_LOGIN_WITH_OUTSIDE_APP_ID", "MULTIPLE_CHOICE", "How are these accounts created? / Out of app identification (e.g. SIM binding, service subscription)"),
            ("PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT", "MULTIPLE_CHOICE", "How are these accounts created? / Through employment, or enterprise accounts"),
            ("PSL_OUTSIDE_APP_ACCOUNT_TYPES", "PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER", "MULTIPLE_CHOICE", "How are these accounts created? / Other"),
            ("PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY", "", "MAYBE_REQUIRED", "Describe how these accounts are created"),
        };

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

        /// <summary>Play's purposes, in the template's order, with their labels.</summary>
        private static readonly (string Id, string Label)[] Purposes =
        {
            (TaxonomyInfo.GooglePlayPurposes.AppFunctionality, "App functionality"),
            (TaxonomyInfo.GooglePlayPurposes.Analytics, "Analytics"),
            (TaxonomyInfo.GooglePlayPurposes.DeveloperCommunications, "Developer communications"),
            (TaxonomyInfo.GooglePlayPurposes.FraudPreventionSecurityAndCompliance, "Fraud prevention, security, and compliance"),
            (TaxonomyInfo.GooglePlayPurposes.AdvertisingOrMarketing, "Advertising or marketing"),
            (TaxonomyInfo.GooglePlayPurposes.Personalization, "Personalization"),
            (TaxonomyInfo.GooglePlayPurposes.AccountManagement, "Account management"),
        };

        public string Name => "play-data-safety";

        public string Description => "Google Play Data safety CSV (the Play Console export template, answered from the code)";

        /// <summary>What the label of the shared row says when the flows show no third party (<paramref name="detail"/> says what they show).</summary>
        public static string NotShared(string detail) => $" [PrivacyAnalyzers: collected only, from the data flows: {detail}.]";

        public string Render(Manifest manifest, FormatContext context)
        {
            var flows = FlowFacts.Analysed(manifest);
            var collected = manifest.Categories
                .Where(c => c.GooglePlay is not null)
                .GroupBy(c => c.GooglePlay!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

            var output = new StringBuilder();
            output.Append(Header).Append('\n');
            // CSV has no comments: the first row's human-readable label, which import ignores, says what the
            // tool answered and how complete the scan was.
            var partial = manifest.Scan.Partial ? " [" + Text.Completeness(manifest.Scan) + "]" : string.Empty;
            Row(output, "PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", string.Empty, collected.Count > 0 ? "true" : "false", "REQUIRED",
                "Does your app collect or share any of the required user data types? [PrivacyAnalyzers answered the data types, that each is collected, "
                + (flows ? "whether it is shared, " : string.Empty) + "and why, from the code; every empty answer is yours to give.]" + partial);
            foreach (var question in AppQuestions)
            {
                Row(output, question.Question, question.Response, string.Empty, question.Requirement, question.Label);
            }

            foreach (var type in Types)
            {
                Row(output, type.Question, type.Type, collected.ContainsKey(type.Type) ? "true" : string.Empty, "MULTIPLE_CHOICE", $"{type.Group} / {type.Label}");
            }

            foreach (var type in Types)
            {
                var isCollected = collected.TryGetValue(type.Type, out var categories);
                var purposes = isCollected
                    ? categories!.SelectMany(c => c.Purposes).Select(p => TaxonomyInfo.GooglePlayPurpose(p.Id)).OfType<string>().ToHashSet(StringComparer.Ordinal)
                    : new HashSet<string>(StringComparer.Ordinal);
                var prefix = $"PSL_DATA_USAGE_RESPONSES:{type.Type}:";
                var label = $"Data usage and handling ({type.Label})";
                var collectedOrShared = label + " / Is this data collected, shared, or both?";
                var control = label + " / Is this data required for your app, or can users choose whether it's collected?";

                Row(output, prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED", isCollected ? "true" : string.Empty, "MULTIPLE_CHOICE", collectedOrShared + " / Collected");
                var (shared, note) = isCollected ? Sharing(categories!, flows) : (false, string.Empty);
                Row(output, prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED", shared ? "true" : string.Empty, "MULTIPLE_CHOICE", collectedOrShared + " / Shared" + note);
                Row(output, prefix + "PSL_DATA_USAGE_EPHEMERAL", string.Empty, string.Empty, "MAYBE_REQUIRED", label + " / Is this data processed ephemerally?");
                Row(output, prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", string.Empty, "SINGLE_CHOICE", control + " / Users can choose whether this data is collected");
                Row(output, prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED", string.Empty, "SINGLE_CHOICE", control + " / Data collection is required (users can't turn off this data collection)");
                foreach (var purpose in Purposes)
                {
                    Row(output, prefix + "DATA_USAGE_COLLECTION_PURPOSE", purpose.Id, purposes.Contains(purpose.Id) ? "true" : string.Empty, "MULTIPLE_CHOICE", label + " / Why is this user data collected? Select all that apply. / " + purpose.Label);
                }

                foreach (var purpose in Purposes)
                {
                    Row(output, prefix + "DATA_USAGE_SHARING_PURPOSE", purpose.Id, string.Empty, "MULTIPLE_CHOICE", label + " / Why is this user data shared? Select all that apply. / " + purpose.Label);
                }
            }

            return output.ToString();
        }

        /// <summary>Whether a Play type is shared, from its categories' flows, and the label's note that says why.</summary>
        private static (bool Shared, string Note) Sharing(List<CategoryEntry> categories, bool flows)
        {
            if (!flows)
            {
                return (false, NotYetAnalysed);
            }

            var shared = categories.SelectMany(FlowFacts.SharedWith).Select(r => r.Processor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var providers = categories.SelectMany(FlowFacts.ServiceProviders).Select(r => r.Processor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var gaps = categories.Sum(FlowFacts.Gaps);
            var parts = new List<string>();
            if (providers.Count > 0)
            {
                parts.Add($"sent to {string.Join(", ", providers)}, declared service provider{(providers.Count == 1 ? string.Empty : "s")} (not sharing)");
            }

            if (gaps > 0)
            {
                parts.Add(FlowFacts.GapSentence(gaps) + ": check where they lead");
            }

            if (shared.Count > 0)
            {
                return (true, $" [PrivacyAnalyzers: shared with {string.Join(", ", shared)}, from the data flows{(parts.Count > 0 ? "; " + string.Join("; ", parts) : string.Empty)}. Why it is shared is yours to answer.]");
            }

            parts.Insert(0, "no flow to a third party");
            return (false, NotShared(string.Join("; ", parts)));
        }

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
