using System.Diagnostics;
using System.Text;

namespace PrivacyAnalyzers.Cli.Tests.Infrastructure;

/// <summary>What a child process did.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, bool TimedOut, string StandardOutput, string StandardError)
{
    public override string ToString()
        => $"> {CommandLine}{Environment.NewLine}(exit code {ExitCode}{(TimedOut ? ", timed out" : string.Empty)}){Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";
}

/// <summary>Runs child processes (dotnet, chromium) with a timeout, killing the whole tree when it expires.</summary>
public static class ProcessRunner
{
    /// <summary>
    /// Variables an outer `dotnet test` may set that would make a child use another MSBuild than the
    /// one its own dotnet host resolves.
    /// </summary>
    private static readonly string[] InheritedVariablesToDrop =
    {
        "MSBuildExtensionsPath",
        "MSBuildSDKsPath",
        "MSBUILD_EXE_PATH",
        "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE",
    };

    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
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

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
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

        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var cancellation = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
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

                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        process.WaitForExit();
        string stdout;
        string stderr;
        lock (output)
        {
            stdout = output.ToString();
        }

        lock (error)
        {
            stderr = error.ToString();
        }

        var commandLine = fileName + " " + string.Join(" ", startInfo.ArgumentList);
        return new ProcessResult(commandLine, timedOut ? -1 : process.ExitCode, timedOut, stdout, stderr);
    }

    /// <summary>The dotnet host running the tests when there is one, else the first on PATH.</summary>
    public static string DotNet()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? current
            : "dotnet";
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
