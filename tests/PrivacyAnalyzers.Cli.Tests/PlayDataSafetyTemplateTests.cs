using System.Reflection;
using System.Text;
using PrivacyAnalyzers.Manifests.Formats;

namespace PrivacyAnalyzers.Cli.Tests;

/// <summary>
/// Issue 13 §5: the Play Data safety CSV has the rows and ids of the current Play Console export
/// template, compared with a real export kept under Templates/ (see its README for where it comes from).
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class PlayDataSafetyTemplateTests(SamplesFixture samples)
{
    private static readonly string TemplatePath = Path.Combine(RepositoryRoot(), "tests", "PrivacyAnalyzers.Cli.Tests", "Templates", "play-data-safety-export.csv");

    [Fact]
    public async Task EveryRowOfTheExportTemplateInItsOrderWithItsIdsRequirementsAndLabels()
    {
        var template = Csv.Parse(await File.ReadAllTextAsync(TemplatePath));
        Assert.True(template.Count > 700, $"the template has only {template.Count} rows");
        foreach (var output in new[] { await samples.ScanOutputAsync(samples.WebAppProject, "--format", "play-data-safety"), await samples.ScanOutputAsync(samples.LooseFolder, "--format", "play-data-safety") })
        {
            var ours = Csv.Parse(output);
            Assert.Equal(template[0], ours[0]);
            Assert.Equal(PlayDataSafetyFormat.Header, string.Join(",", ours[0]));
            Assert.Equal(template.Count, ours.Count);
            for (var i = 1; i < template.Count; i++)
            {
                var (expected, actual) = (template[i], ours[i]);
                Assert.True(actual.Length == 5, $"row {i + 1} has {actual.Length} fields");
                Assert.True(
                    (expected[0], expected[1], expected[3]) == (actual[0], actual[1], actual[3]),
                    $"row {i + 1}: expected {string.Join(",", expected[0], expected[1], expected[3])}, wrote {string.Join(",", actual[0], actual[1], actual[3])}");
                Assert.Equal(expected[4].Trim(), WithoutOurNotes(actual[4]));
                Assert.Contains(actual[2], new[] { string.Empty, "true", "false" });
            }
        }
    }

    [Fact]
    public async Task CollectedTypesAreCollectedOnlyWhenNoFlowReachesAThirdParty()
    {
        var rows = Csv.Parse(await samples.ScanOutputAsync(samples.WebAppProject, "--format", "play-data-safety")).Skip(1).ToList();
        string Value(string question, string response) => Assert.Single(rows, r => r[0] == question && r[1] == response)[2];

        Assert.Equal("true", Value("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", string.Empty));
        var collected = rows.Where(r => r[0].StartsWith("PSL_DATA_TYPES_", StringComparison.Ordinal) && r[2] == "true").Select(r => r[1]).ToList();
        Assert.Equal(new[] { "PSL_EMAIL", "PSL_DEVICE_ID" }, collected);
        foreach (var type in collected)
        {
            var usage = $"PSL_DATA_USAGE_RESPONSES:{type}:";
            Assert.Equal("true", Value(usage + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED"));
            var shared = Assert.Single(rows, r => r[0] == usage + "PSL_DATA_USAGE_COLLECTION_AND_SHARING" && r[1] == "PSL_DATA_USAGE_ONLY_SHARED");
            Assert.Equal(string.Empty, shared[2]);
            Assert.Contains("collected only, from the data flows: no flow to a third party", shared[4], StringComparison.Ordinal);
            Assert.All(rows.Where(r => r[0] == usage + "DATA_USAGE_SHARING_PURPOSE"), r => Assert.Equal(string.Empty, r[2]));
        }

        // Declared purposes, in Play's terms: the email for the newsletter and the service, the IP address for fraud detection.
        Assert.Equal("true", Value("PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE", "PSL_ADVERTISING"));
        Assert.Equal("true", Value("PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE", "PSL_APP_FUNCTIONALITY"));
        Assert.Equal("true", Value("PSL_DATA_USAGE_RESPONSES:PSL_DEVICE_ID:DATA_USAGE_COLLECTION_PURPOSE", "PSL_FRAUD_PREVENTION_SECURITY"));
        Assert.Equal(string.Empty, Value("PSL_DATA_USAGE_RESPONSES:PSL_EMAIL:DATA_USAGE_COLLECTION_PURPOSE", "PSL_ANALYTICS"));

        // What code cannot tell is left for the team: account creation, deletion, encryption.
        Assert.All(rows.Where(r => r[0] is "PSL_SUPPORTED_ACCOUNT_CREATION_METHODS" or "PSL_SUPPORT_DATA_DELETION_BY_USER" or "PSL_ACCOUNT_DELETION_URL" or "PSL_DATA_DELETION_URL" or "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT"), r => Assert.Equal(string.Empty, r[2]));
        Assert.Equal(6, rows.Count(r => r[0] == "PSL_SUPPORTED_ACCOUNT_CREATION_METHODS"));
        Assert.Equal(3, rows.Count(r => r[0] == "PSL_SUPPORT_DATA_DELETION_BY_USER"));
    }

    [Fact]
    public void TheKeptExportIsTheCitedOne()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(TemplatePath)!, "README.md"));
        Assert.Contains("alionour/dr_copilot", readme, StringComparison.Ordinal);
        Assert.Contains("3665e4319a0a1999fe1b553aad938541a3b3e389", readme, StringComparison.Ordinal);
        Assert.Contains("MIT", readme, StringComparison.Ordinal);
        Assert.StartsWith(PlayDataSafetyFormat.Header + "\n", File.ReadAllText(TemplatePath).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Our labels are the template's, plus a bracketed note where the tool says what it did not answer.</summary>
    private static string WithoutOurNotes(string label)
    {
        var note = label.IndexOf(" [", StringComparison.Ordinal);
        return (note < 0 ? label : label[..note]).Trim();
    }

    private static string RepositoryRoot()
        => typeof(PlayDataSafetyTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c is '\n' or '\r')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row.ToArray());
                    row.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add(row.ToArray());
            }

            return rows;
        }
    }
}
