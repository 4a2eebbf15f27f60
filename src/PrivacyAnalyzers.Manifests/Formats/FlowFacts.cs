using System.Globalization;
using PrivacyAnalyzers.Manifests.Model;

namespace PrivacyAnalyzers.Manifests.Formats
{
    /// <summary>
    /// What the formats read from a manifest's flows (the categories' recipients, PRIV105), decided once so
    /// the Play CSV, the xcprivacy, the Fides YAML, the HTML and the Markdown say the same:
    /// <list type="bullet">
    /// <item>Shared (Google Play's sense): a flow to a third party (sink <c>third-party</c>: a processor other than
    /// the app's own server, its network calls or storage) that is not a declared service provider. Play's help
    /// ("Understand app privacy &amp; security practices with Google Play's Data safety section",
    /// https://support.google.com/googleplay/answer/11416267, and the developer guide
    /// https://support.google.com/googleplay/android-developer/answer/10787469) says data transferred to a
    /// developer's service provider, which processes it on the developer's behalf, need not be disclosed as shared.</item>
    /// <item>Linked (Apple's sense): a flow hands the data to the same sink call or object as an account or user
    /// id (Apple data type <c>NSPrivacyCollectedDataTypeUserID</c>), so the receiver can join the two.</item>
    /// <item>Coverage gaps: calls the flow analysis could not follow; never read as "not shared".</item>
    /// </list>
    /// </summary>
    public static class FlowFacts
    {
        /// <summary>Apple's data type for account and user ids: a sink that receives one of these identifies the person.</summary>
        public const string AppleUserId = "NSPrivacyCollectedDataTypeUserID";

        /// <summary>Whether the scan followed flows, so a category without recipients is known not to go anywhere.</summary>
        public static bool Analysed(Manifest manifest) => manifest.Scan.FlowAnalysis == true;

        /// <summary>The recipients Google Play counts as sharing: third parties that are not declared service providers.</summary>
        public static IReadOnlyList<Recipient> SharedWith(CategoryEntry category)
            => category.Recipients is { Count: > 0 } recipients
                ? recipients.Where(r => r.Sink == "third-party" && r.ServiceProvider != true).ToList()
                : [];

        /// <summary>The third parties that receive the data as service providers (not sharing, by Play's exemption).</summary>
        public static IReadOnlyList<Recipient> ServiceProviders(CategoryEntry category)
            => category.Recipients is { Count: > 0 } recipients
                ? recipients.Where(r => r.Sink == "third-party" && r.ServiceProvider == true).ToList()
                : [];

        /// <summary>The recipients off the device (third parties and the network): Fides's egress.</summary>
        public static IReadOnlyList<Recipient> OffDevice(CategoryEntry category)
            => category.Recipients is { Count: > 0 } recipients
                ? recipients.Where(r => r.Sink is "third-party" or "network").ToList()
                : [];

        /// <summary>How many calls with the category's data could not be followed (0 when none).</summary>
        public static int Gaps(CategoryEntry category) => category.CoverageGaps ?? 0;

        /// <summary>"3 calls could not be followed", the sentence every format uses where it lists recipients.</summary>
        public static string GapSentence(int gaps)
            => string.Create(CultureInfo.InvariantCulture, $"{gaps} {(gaps == 1 ? "call" : "calls")} could not be followed");

        /// <summary>How far apart (in lines) two sinks of one type may be and still be one call or one object.</summary>
        public const int SameSinkLines = 2;

        /// <summary>
        /// The categories a flow joins with an account or user id (Apple type <see cref="AppleUserId"/>): both reach
        /// the same sink call or object. The manifest knows a flow's sink by place and API, so "the same" is read
        /// from those: the same file and project, the same sink type (<c>SentryUser</c> of <c>SentryUser.Email</c>
        /// and <c>SentryUser.Id</c>, <c>SentrySdk</c> of <c>SentrySdk.SetUser</c>), and lines that follow one
        /// another at most <see cref="SameSinkLines"/> apart (an object initialiser or a call written over a few
        /// lines). Two calls further apart are two sinks: their data is not joined.
        /// </summary>
        public static IReadOnlySet<string> JoinedWithAccountId(Manifest manifest)
        {
            var userIds = manifest.Categories.Where(c => c.Apple == AppleUserId).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var joined = new HashSet<string>(StringComparer.Ordinal);
            if (userIds.Count == 0)
            {
                return joined;
            }

            var sinks = manifest.Categories
                .SelectMany(c => (c.Recipients ?? []).SelectMany(r => r.Flows).Select(f => (Category: c.Id, Flow: f)))
                .GroupBy(x => (x.Flow.File, x.Flow.Project, Type: SinkType(x.Flow.SinkApi)));
            foreach (var sink in sinks)
            {
                var ordered = sink.OrderBy(x => x.Flow.Line).ToList();
                var start = 0;
                for (var i = 1; i <= ordered.Count; i++)
                {
                    if (i < ordered.Count && ordered[i].Flow.Line - ordered[i - 1].Flow.Line <= SameSinkLines)
                    {
                        continue;
                    }

                    // One run of sinks: one call or one object.
                    var categories = ordered.Skip(start).Take(i - start).Select(x => x.Category).ToHashSet(StringComparer.Ordinal);
                    foreach (var id in categories.Where(id => categories.Any(other => other != id && userIds.Contains(other))))
                    {
                        joined.Add(id);
                    }

                    start = i;
                }
            }

            return joined;
        }

        /// <summary>The type part of a sink API (<c>SentryUser</c> of <c>SentryUser.Email</c>); the API itself when it has none.</summary>
        private static string SinkType(string api)
        {
            var paren = api.IndexOf('(', StringComparison.Ordinal);
            var name = paren < 0 ? api : api[..paren];
            var dot = name.LastIndexOf('.');
            return dot < 0 ? name : name[..dot];
        }
    }
}
