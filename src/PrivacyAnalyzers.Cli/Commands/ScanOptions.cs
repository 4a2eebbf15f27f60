using System.CommandLine;

namespace PrivacyAnalyzers.Cli.Commands
{
    /// <summary>What to scan and how to report progress: the argument and options <c>scan</c> and <c>check</c> share.</summary>
    internal sealed record ScanRequest(string Path, string? Policy, Verbosity Verbosity);

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

        public ScanOptions() => verbosity.AcceptOnlyFromAmong(VerbosityNames);

        public void AddTo(Command command)
        {
            command.Arguments.Add(path);
            command.Options.Add(policy);
            command.Options.Add(verbosity);
        }

        public ScanRequest Read(ParseResult result) => new(result.GetValue(path)!, result.GetValue(policy), result.GetValue(verbosity) switch
        {
            "quiet" => Verbosity.Quiet,
            "detailed" => Verbosity.Detailed,
            _ => Verbosity.Normal,
        });
    }
}
