namespace PrivacyAnalyzers.Accuracy.Tests;

public class ScoringTests
{
    private static LabelFile Labels(string text) => LabelFile.Parse(text.Replace("|T|", "\t", StringComparison.Ordinal), "test.tsv");

    private static ReportedSite Report(string path, int line, string category, int column = 1) => new(path, line, column, category, "Api.Member", null);

    [Fact]
    public void A_report_on_a_labelled_line_with_its_category_is_found_and_right()
    {
        var score = Scorer.Score("r", Labels("site|T|a/B.cs|T|10|T|user.device.ip_address"), [Report("a/B.cs", 10, "user.device.ip_address")]);

        Assert.Equal((1, 1, 1, 1), (score.Labelled, score.Reported, score.Found, score.CategoryRight));
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.CategoryAgreement);
        Assert.Empty(score.Misses);
    }

    [Fact]
    public void A_report_with_another_category_is_found_but_wrong()
    {
        var score = Scorer.Score("r", Labels("site|T|B.cs|T|3|T|user.device"), [Report("B.cs", 3, "user.device.cookie_id")]);

        Assert.Equal(1, score.Found);
        Assert.Equal(0, score.CategoryRight);
        Assert.Equal(0.0, score.CategoryAgreement);
        Assert.Equal(Verdict.WrongCategory, Assert.Single(score.Judged).Verdict);
    }

    [Fact]
    public void Alternative_categories_are_each_accepted()
    {
        var score = Scorer.Score("r", Labels("site|T|B.cs|T|3|T|user.device|user.device.device_id"), [Report("B.cs", 3, "user.device.device_id")]);

        Assert.Equal(1, score.CategoryRight);
    }

    [Fact]
    public void A_second_report_of_one_labelled_line_is_a_duplicate_and_costs_precision()
    {
        var score = Scorer.Score("r", Labels("site|T|B.cs|T|3|T|user.device"), [Report("B.cs", 3, "user.device", 5), Report("B.cs", 3, "user.device", 30)]);

        Assert.Equal(1, score.Found);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal([Verdict.Correct, Verdict.Duplicate], score.Judged.Select(j => j.Verdict));
    }

    [Fact]
    public void Two_labels_on_one_line_pair_with_two_reports_by_category_first()
    {
        var labels = Labels("site|T|B.cs|T|3|T|user.device.ip_address\nsite|T|B.cs|T|3|T|user.device");
        var score = Scorer.Score("r", labels, [Report("B.cs", 3, "user.device", 5), Report("B.cs", 3, "user.device.ip_address", 30)]);

        Assert.Equal((2, 2), (score.Found, score.CategoryRight));
    }

    [Fact]
    public void Reports_on_noise_lines_and_unlabelled_lines_count_against_precision_and_say_which()
    {
        var labels = Labels("# comment\nsite|T|B.cs|T|1|T|user.device\nnoise|T|B.cs|T|2|T|a write, not a read");
        var score = Scorer.Score("r", labels, [Report("B.cs", 1, "user.device"), Report("B.cs", 2, "user.device"), Report("C.cs", 9, "user.device")]);

        Assert.Equal(1.0 / 3, score.Precision, 6);
        var noise = Assert.Single(score.Judged, j => j.Verdict == Verdict.Noise);
        Assert.Equal("a write, not a read", noise.Reason);
        Assert.Single(score.Judged, j => j.Verdict == Verdict.Unlabelled);
    }

    [Fact]
    public void A_labelled_site_without_a_report_is_a_miss()
    {
        var score = Scorer.Score("r", Labels("site|T|B.cs|T|1|T|user.device\nsite|T|B.cs|T|7|T|user.name|T|claims"), [Report("B.cs", 1, "user.device")]);

        Assert.Equal(0.5, score.Recall);
        var miss = Assert.Single(score.Misses);
        Assert.Equal((7, "claims"), (miss.Line, miss.Note));
    }

    [Fact]
    public void Paths_compare_with_forward_slashes_and_no_leading_dot()
    {
        var score = Scorer.Score("r", Labels("site|T|./src/B.cs|T|1|T|user.device"), [Report("src\\B.cs", 1, "user.device")]);

        Assert.Equal(1, score.Found);
    }

    [Fact]
    public void Nothing_labelled_and_nothing_reported_scores_one_everywhere()
    {
        var score = Scorer.Score("r", Labels(string.Empty), []);

        Assert.Equal((1.0, 1.0, 1.0), (score.Recall, score.Precision, score.CategoryAgreement));
    }

    [Fact]
    public void Sums_add_counts_not_ratios()
    {
        var a = Scorer.Score("a", Labels("site|T|B.cs|T|1|T|user.device"), [Report("B.cs", 1, "user.device")]);
        var b = Scorer.Score("b", Labels("site|T|B.cs|T|1|T|user.device\nsite|T|B.cs|T|2|T|user.device\nsite|T|B.cs|T|3|T|user.device"), []);

        var total = Score.Sum("all", [a, b]);

        Assert.Equal(0.25, total.Recall);
        Assert.Equal(3, total.Misses.Count);
    }

    [Theory]
    [InlineData("site|T|B.cs|T|x|T|user.device")]
    [InlineData("site|T|B.cs|T|0|T|user.device")]
    [InlineData("site|T|B.cs|T|1")]
    [InlineData("maybe|T|B.cs|T|1|T|user.device")]
    [InlineData("noise|T||T|1|T|why")]
    public void A_malformed_label_line_is_an_error_that_names_its_line(string line)
    {
        var error = Assert.Throws<FormatException>(() => Labels("# ok\n" + line));

        Assert.StartsWith("test.tsv(2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_reader_takes_every_site_with_its_category()
    {
        const string json = """
            {"schemaVersion":1,"categories":[
              {"id":"user.device","sites":[{"file":"A.cs","line":3,"column":9,"api":"IHeaderDictionary.UserAgent","confidence":null}]},
              {"id":"user.device.ip_address","sites":[{"file":"B.cs","line":4,"column":1,"api":"ConnectionInfo.RemoteIpAddress","confidence":"name"}]}]}
            """;

        var sites = ManifestReader.Sites(json);

        Assert.Equal([("A.cs", 3, "user.device", (string?)null), ("B.cs", 4, "user.device.ip_address", "name")], sites.Select(s => (s.Path, s.Line, s.Category, s.Confidence)));
    }

    [Fact]
    public void The_committed_corpus_list_parses_with_pinned_commits_and_a_label_file_each()
    {
        var root = typeof(ScoringTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
        var corpus = CorpusEntry.Parse(File.ReadAllText(Path.Combine(root, "tests", "Accuracy", "corpus.tsv")));

        Assert.True(corpus.Count >= 8, "the issue asks for at least 8 repositories");
        foreach (var entry in corpus)
        {
            Assert.Matches("^[0-9a-f]{40}$", entry.Commit);
            var labels = Path.Combine(root, "tests", "Accuracy", "labels", entry.Name + ".tsv");
            Assert.True(File.Exists(labels), labels);
            _ = LabelFile.Parse(File.ReadAllText(labels), entry.Name + ".tsv");
        }
    }
}
