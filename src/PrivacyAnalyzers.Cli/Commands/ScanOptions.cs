using System.CommandLine;

namespace PrivacyAnalyzers.Cli.Commands
{
    /// <summary>What to scan and how to report progress: the argument and options <c>scan</c> and <c>check</c> share.</summary>
    /// <param name="Platform">The Apple platform a folder scan targets (--platform), which turns the required-reason rules on.</param>
    /// <param name="TrackingDomainList">The domains the app tracks through (--tracking-domain), for NSPrivacyTrackingDomains.</param>
    /// <param name="AppleBaseline">Whether the xcprivacy writes the .NET runtime's own required reasons (off with --no-apple-baseline).</param>
    internal sealed record ScanRequest(string Path, string? Policy, Verbosity Verbosity, string? Platform = null, IReadOnlyList<string>? TrackingDomainList = null, bool AppleBaseline = true)
    {
        public IReadOnlyList<string> TrackingDomains => TrackingDomainList ?? [];
    }

    /// <summary>
    /// The input options of the commands that scan, declared once. A command gets its own instance (a
    /// System.CommandLine symbol belongs to one command), with the same names, aliases and help.
    /// </summary>
    internal sealed class ScanOptions
    {
        private static readonly string[] VerbosityNames = { "quiet", "normal", "detailed" };

        private readonly Argument<string> path = new("path") { Description = "A .sln, .slnx or .csproj file, or a folder (its one solution or project file, else its .cs files)." };

        private readonly Option<string?> policy = new("--policy") { Description = "A privacy policy file to check against, in place of the project's PrivacyPolicy.txt." };

        private readonly Option<string> verbosity = new("--verbosity", "-v") { Description = "quiet, normal or detailed (what stderr shows).", DefaultValueFactory = _ => "normal" };

        private readonly Option<string?> platform = new("--platform") { Description = "Folder scans: the Apple platform the code targets (ios, maccatalyst, macos or tvos), which turns on the required-reason rules (PRIV201-PRIV205). Projects say their own." };

        private readonly Option<string[]> trackingDomains = new("--tracking-domain") { Description = "A domain the app tracks through, for NSPrivacyTrackingDomains (repeatable); required by --format xcprivacy when a declared purpose is tracking.", AllowMultipleArgumentsPerToken = false };

        private readonly Option<bool> noAppleBaseline = new("--no-apple-baseline") { Description = "Do not write the .NET runtime's own required reasons (C617.1, 35F9.1, E174.1) into the xcprivacy." };

        public ScanOptions()
        {
            verbosity.AcceptOnlyFromAmong(VerbosityNames);
            platform.AcceptOnlyFromAmong(PrivacyAnalyzers.Contract.RequiredReasonInfo.ApplePlatforms.ToArray());
        }

        public void AddTo(Command command)
        {
            command.Arguments.Add(path);
            command.Options.Add(policy);
            command.Options.Add(verbosity);
            command.Options.Add(platform);
            command.Options.Add(trackingDomains);
            command.Options.Add(noAppleBaseline);
        }

        public ScanRequest Read(ParseResult result) => new(result.GetValue(path)!, result.GetValue(policy), result.GetValue(verbosity) switch
        {
            "quiet" => Verbosity.Quiet,
            "detailed" => Verbosity.Detailed,
            _ => Verbosity.Normal,
        })
        {
            Platform = result.GetValue(platform),
            TrackingDomainList = result.GetValue(trackingDomains) ?? [],
            AppleBaseline = !result.GetValue(noAppleBaseline),
        };
    }
}
