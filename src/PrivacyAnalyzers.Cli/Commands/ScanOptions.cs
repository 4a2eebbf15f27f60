using System.CommandLine;

namespace PrivacyAnalyzers.Cli.Commands
{
    /// <summary>What to scan and how to report progress: the argument and options <c>scan</c> and <c>check</c> share.</summary>
    /// <param name="Platform">The Apple platform a folder scan targets (--platform), which turns the required-reason rules on.</param>
    /// <param name="TrackingDomainList">The domains the app tracks through (--tracking-domain), for NSPrivacyTrackingDomains.</param>
    /// <param name="AppleBaseline">Whether the xcprivacy writes the .NET runtime's own required reasons (off with --no-apple-baseline).</param>
    /// <param name="Folder">--folder: scan the .cs files as a folder even when a solution or project is there.</param>
    /// <param name="FallbackToFolder">--fallback-to-folder: when no project loads, scan the .cs files as a folder instead of failing.</param>
    /// <param name="AllowPartial">--allow-partial: write a store manifest (xcprivacy, Play, Fides) that declares nothing although some code was not analysed.</param>
    internal sealed record ScanRequest(
        string Path,
        string? Policy,
        Verbosity Verbosity,
        string? Platform = null,
        IReadOnlyList<string>? TrackingDomainList = null,
        bool AppleBaseline = true,
        bool Folder = false,
        bool FallbackToFolder = false,
        bool AllowPartial = false)
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

        private readonly Option<bool> folder = new("--folder") { Description = "Scan the .cs files under the path as a folder (folder mode), even where a .sln or .csproj is: nothing is loaded or restored." };

        private readonly Option<bool> fallbackToFolder = new("--fallback-to-folder") { Description = "When the solution or project does not load, scan its .cs files in folder mode instead of failing." };

        private readonly Option<bool> allowPartial = new("--allow-partial") { Description = "Write a store manifest (xcprivacy, play-data-safety, fides) that declares no collection although some code could not be analysed; the file says it is partial." };

        public void AddTo(Command command)
        {
            command.Arguments.Add(path);
            command.Options.Add(policy);
            command.Options.Add(verbosity);
            command.Options.Add(platform);
            command.Options.Add(trackingDomains);
            command.Options.Add(noAppleBaseline);
            command.Options.Add(folder);
            command.Options.Add(fallbackToFolder);
            command.Options.Add(allowPartial);
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
            Folder = result.GetValue(folder),
            FallbackToFolder = result.GetValue(fallbackToFolder),
            AllowPartial = result.GetValue(allowPartial),
        };
    }
}
