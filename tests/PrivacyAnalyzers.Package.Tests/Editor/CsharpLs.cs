using Xunit;

namespace PrivacyAnalyzers.Package.Tests.Editor;

/// <summary>
/// csharp-ls (https://github.com/razzmatazz/csharp-language-server), a Roslyn-based C# language
/// server shipped as a dotnet tool: installed once per machine into a cache folder outside the
/// repository with <c>dotnet tool install --tool-path</c>, the way its README installs it.
/// </summary>
internal static class CsharpLs
{
    public const string PackageId = "csharp-ls";

    public const string Version = "0.28.0";

    private static readonly Lazy<(string? Path, string? Problem)> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder the tool is installed into: kept between runs, so only the first one downloads it.</summary>
    public static string ToolDirectory { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "PrivacyAnalyzers.Tools", PackageId + "-" + Version);

    /// <summary>The server's executable, or null with why it could not be installed.</summary>
    public static (string? Path, string? Problem) Executable => Installed.Value;

    private static (string? Path, string? Problem) Install()
    {
        var executable = System.IO.Path.Combine(ToolDirectory, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        if (File.Exists(executable))
        {
            return (executable, null);
        }

        Directory.CreateDirectory(ToolDirectory);
        var install = ChildProcess.DotNetAsync(
            ToolDirectory,
            new[] { "tool", "install", PackageId, "--version", Version, "--tool-path", ToolDirectory },
            timeout: TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
        return install.Succeeded && File.Exists(executable)
            ? (executable, null)
            : (null, $"{PackageId} {Version} could not be installed: " + FirstLines(install.Output, 5));
    }

    private static string FirstLines(string text, int count)
        => string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(count));
}

/// <summary>
/// A test that needs csharp-ls: it installs the tool when the test is discovered (once per machine),
/// and reports itself skipped, with the reason, where that fails (no package feed). With CI=true a
/// missing tool is not skipped: the test runs and fails, so CI cannot pass without the editor path.
/// </summary>
public sealed class CsharpLsFactAttribute : FactAttribute
{
    public CsharpLsFactAttribute()
    {
        var (path, problem) = CsharpLs.Executable;
        if (path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = problem;
        }
    }
}
