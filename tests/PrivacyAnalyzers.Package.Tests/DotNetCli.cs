using System.Diagnostics;
using System.Text;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>What a child <c>dotnet</c> process did: its exit code and its stdout and stderr, interleaved.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The whole run, for assertion messages.</summary>
    public override string ToString() =>
        $"> {CommandLine}{Environment.NewLine}  (in {WorkingDirectory}; exit code {ExitCode}{(TimedOut ? ", timed out" : string.Empty)}){Environment.NewLine}{Output}";
}

/// <summary>Runs the dotnet CLI as a child process, with a timeout and a clean, telemetry-free environment.</summary>
public static class DotNetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Variables that the test host (or an outer MSBuild) may set and that would make the child use
    /// another MSBuild or SDK than the one its own dotnet host resolves.
    /// </summary>
    private static readonly string[] InheritedVariablesToDrop =
    {
        "MSBuildExtensionsPath",
        "MSBuildSDKsPath",
        "MSBUILD_EXE_PATH",
        "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE",
        "DOTNET_HOST_PATH",
    };

    public static async Task<CommandResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(DotNetExecutable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedVariablesToDrop)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true";
        // No build servers left behind holding the temporary folders.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["UseSharedCompilation"] = "false";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                startInfo.Environment[name] = value;
            }
        }

        var commandLine = "dotnet " + string.Join(" ", arguments.Select(Quote));
        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }

            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        // Drains the asynchronous readers.
        process.WaitForExit();

        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return new CommandResult(commandLine, workingDirectory, timedOut ? -1 : process.ExitCode, timedOut, text);
    }

    /// <summary>The dotnet host running these tests when there is one, else the first on PATH.</summary>
    private static string DotNetExecutable()
    {
        var current = Environment.ProcessPath;
        if (current is not null
            && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(char.IsWhiteSpace) ? argument : "\"" + argument + "\"";
}
