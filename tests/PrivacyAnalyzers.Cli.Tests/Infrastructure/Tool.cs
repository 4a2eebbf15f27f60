namespace PrivacyAnalyzers.Cli.Tests.Infrastructure;

/// <summary>One run of the tool: exit code and what it printed.</summary>
public sealed record CliRun(string[] Arguments, int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString()
        => $"> privacy {string.Join(" ", Arguments)}{Environment.NewLine}(exit code {ExitCode}){Environment.NewLine}stdout:{Environment.NewLine}{Truncate(StandardOutput)}{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";

    private static string Truncate(string text) => text.Length > 4000 ? text[..4000] + "…" : text;
}

/// <summary>Runs the tool in-process, exactly as its Main does, with captured writers.</summary>
public static class Tool
{
    /// <summary>A scan in-process takes seconds; this guards against a hang.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<CliRun> RunAsync(params string[] arguments)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        return await RunAsync(cancellation.Token, arguments);
    }

    public static async Task<CliRun> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = await App.RunAsync(arguments, stdout, stderr, errorIsTerminal: false, handleTermination: false, cancellationToken);
        return new CliRun(arguments, exitCode, stdout.ToString(), stderr.ToString());
    }
}
