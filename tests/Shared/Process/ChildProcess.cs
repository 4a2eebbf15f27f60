using System.Diagnostics;
using System.Text;

namespace PrivacyAnalyzers.Testing;

/// <summary>What a child process did: its exit code, and what it printed, apart and interleaved.</summary>
public sealed record ProcessResult(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    bool TimedOut,
    string StandardOutput,
    string StandardError,
    string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The whole run, for assertion messages.</summary>
    public override string ToString()
        => $"> {CommandLine}{Environment.NewLine}  (in {WorkingDirectory}; exit code {ExitCode}{(TimedOut ? ", timed out" : string.Empty)}){Environment.NewLine}{Output}";
}

/// <summary>
/// Runs child processes (the dotnet CLI, the tool's executable, headless Chromium) for the CLI and
/// package tests: with a timeout that kills the whole tree, and a clean, telemetry-free environment
/// that leaves no build server behind holding the temporary folders.
/// </summary>
public static class ChildProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Variables the test host (or an outer MSBuild) may set and that would make a child use another
    /// MSBuild or SDK than the one its own dotnet host resolves.
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

    private static readonly (string Name, string Value)[] CleanEnvironment =
    {
        ("DOTNET_CLI_TELEMETRY_OPTOUT", "1"),
        ("DOTNET_NOLOGO", "1"),
        ("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1"),
        ("DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE", "true"),
        ("MSBUILDDISABLENODEREUSE", "1"),
        ("DOTNET_CLI_USE_MSBUILD_SERVER", "0"),
        ("UseSharedCompilation", "false"),
    };

    /// <summary>The dotnet CLI, the host running these tests when there is one.</summary>
    public static Task<ProcessResult> DotNetAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
        => RunAsync(DotNet(), arguments, workingDirectory, timeout, environment);

    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = CreateStartInfo(fileName, arguments, workingDirectory, environment);
        var output = new Capture();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => output.Append(e.Data, error: false);
        process.ErrorDataReceived += (_, e) => output.Append(e.Data, error: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout))
        {
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
        }

        // Drains the asynchronous readers.
        process.WaitForExit();
        var commandLine = Path.GetFileNameWithoutExtension(fileName) + " " + string.Join(" ", startInfo.ArgumentList.Select(Quote));
        return output.Result(commandLine, workingDirectory, timedOut ? -1 : process.ExitCode, timedOut);
    }

    /// <summary>
    /// The start info every child gets: output redirected as UTF-8, the variables that would make it
    /// use another MSBuild dropped, the clean environment and <paramref name="environment"/> set. For a
    /// child that talks over its standard streams while it runs (a language server), which the
    /// caller starts and must end.
    /// </summary>
    public static ProcessStartInfo CreateStartInfo(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
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

        foreach (var (name, value) in CleanEnvironment.Concat(environment?.Select(e => (e.Key, e.Value)) ?? Enumerable.Empty<(string, string)>()))
        {
            startInfo.Environment[name] = value;
        }

        return startInfo;
    }

    /// <summary>The dotnet host running the tests when there is one, else the first on PATH.</summary>
    public static string DotNet()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? current
            : OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
    }

    private static string Quote(string argument)
        => argument.Length > 0 && !argument.Any(char.IsWhiteSpace) ? argument : "\"" + argument + "\"";

    /// <summary>The two streams, each alone and both in the order the lines arrived; the readers call in from two threads.</summary>
    private sealed class Capture
    {
        private readonly StringBuilder standardOutput = new();
        private readonly StringBuilder standardError = new();
        private readonly StringBuilder interleaved = new();

        public void Append(string? line, bool error)
        {
            if (line is null)
            {
                return;
            }

            lock (interleaved)
            {
                (error ? standardError : standardOutput).AppendLine(line);
                interleaved.AppendLine(line);
            }
        }

        public ProcessResult Result(string commandLine, string workingDirectory, int exitCode, bool timedOut)
        {
            lock (interleaved)
            {
                return new ProcessResult(commandLine, workingDirectory, exitCode, timedOut, standardOutput.ToString(), standardError.ToString(), interleaved.ToString());
            }
        }
    }
}
