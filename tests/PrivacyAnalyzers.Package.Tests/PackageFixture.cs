using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// Packs PrivacyAnalyzers once into a temporary feed and restores throwaway consumer projects
/// against it once, for every test of the class. Everything lives in one folder under the system
/// temp path (outside the repository, so none of its Directory.*.props apply), with its own
/// NUGET_PACKAGES so a stale cached copy of the same version is never used.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public const string PackageId = "PrivacyAnalyzers";

    /// <summary>A project whose compiled file is chosen with <c>-p:ConsumerSource=…</c>.</summary>
    public const string ConsumerProjectName = "Consumer";

    /// <summary>A project that has a PrivacyPolicy.txt next to it, kept apart so the policy cannot change the build tests.</summary>
    public const string PolicyConsumerProjectName = "PolicyConsumer";

    /// <summary>A project that <c>dotnet format analyzers</c> rewrites, kept apart from the build tests.</summary>
    public const string FormatConsumerProjectName = "FormatConsumer";

    public const string UndeclaredSource = "Undeclared.cs";
    public const string DeclaredSource = "Declared.cs";

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkRoot = Path.Combine(Path.GetTempPath(), "PrivacyAnalyzers.Package.Tests-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(WorkRoot, "feed");
        PackagesDirectory = Path.Combine(WorkRoot, "packages");
    }

    public string RepositoryRoot { get; }

    public string WorkRoot { get; }

    /// <summary>The local package source that <c>dotnet pack</c> writes to.</summary>
    public string FeedDirectory { get; }

    /// <summary>NUGET_PACKAGES for the consumers: unique per run.</summary>
    public string PackagesDirectory { get; }

    public ProcessResult? PackResult { get; private set; }

    public string? PackagePath { get; private set; }

    public string? PackageVersion { get; private set; }

    public IReadOnlyList<ProcessResult> RestoreResults { get; private set; } = Array.Empty<ProcessResult>();

    public string ConsumerDirectory => Path.Combine(WorkRoot, ConsumerProjectName);

    public string PolicyConsumerDirectory => Path.Combine(WorkRoot, PolicyConsumerProjectName);

    public string FormatConsumerDirectory => Path.Combine(WorkRoot, FormatConsumerProjectName);

    /// <summary>A repository (it has .git) with the policy at its root and a project two folders down.</summary>
    public string NestedRepositoryDirectory => Path.Combine(WorkRoot, "repo");

    public string NestedConsumerDirectory => Path.Combine(NestedRepositoryDirectory, "src", "Nested");

    public IReadOnlyDictionary<string, string> ConsumerEnvironment =>
        new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkRoot);

        var packageProject = Path.Combine(RepositoryRoot, "src", "PrivacyAnalyzers.Package", "PrivacyAnalyzers.Package.csproj");
        PackResult = await ChildProcess.DotNetAsync(
            RepositoryRoot,
            new[]
            {
                "pack", packageProject,
                "-c", "Release",
                "-o", FeedDirectory,
                // Own bin/obj: never races a build of the repository running at the same time.
                "--artifacts-path", Path.Combine(WorkRoot, "artifacts"),
                "-tl:off",
            },
            // Packing builds every packed project in Release: minutes on a loaded machine.
            timeout: TimeSpan.FromMinutes(15)).ConfigureAwait(false);

        if (!PackResult.Succeeded || !Directory.Exists(FeedDirectory))
        {
            return;
        }

        var packages = Directory.GetFiles(FeedDirectory, PackageId + ".*.nupkg")
            .Where(path => !path.EndsWith(".symbols.nupkg", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (packages.Length != 1)
        {
            return;
        }

        PackagePath = packages[0];
        PackageVersion = Path.GetFileNameWithoutExtension(PackagePath)[(PackageId.Length + 1)..];

        WriteConsumers();
        var restores = new List<ProcessResult>();
        foreach (var directory in new[] { ConsumerDirectory, PolicyConsumerDirectory, FormatConsumerDirectory, NestedConsumerDirectory })
        {
            restores.Add(await ChildProcess.DotNetAsync(directory, new[] { "restore", "-tl:off" }, ConsumerEnvironment).ConfigureAwait(false));
        }

        RestoreResults = restores;
    }

    public Task DisposeAsync()
    {
        TemporaryFolder.Delete(WorkRoot);
        return Task.CompletedTask;
    }

    /// <summary>Fails the calling test with the pack output unless the package was produced.</summary>
    public string RequirePackage()
    {
        Assert.True(PackResult is { Succeeded: true }, "dotnet pack failed:" + Environment.NewLine + PackResult);
        Assert.True(
            PackagePath is not null,
            $"Expected exactly one {PackageId}.<version>.nupkg in {FeedDirectory}, found: "
            + string.Join(", ", Directory.Exists(FeedDirectory) ? Directory.GetFiles(FeedDirectory) : Array.Empty<string>())
            + Environment.NewLine + PackResult);
        return PackagePath!;
    }

    /// <summary>Fails the calling test with the pack or restore output unless the consumers are ready to build.</summary>
    public void RequireConsumers()
    {
        RequirePackage();
        Assert.NotEmpty(RestoreResults);
        foreach (var restore in RestoreResults)
        {
            Assert.True(restore.Succeeded, "dotnet restore of a consumer failed:" + Environment.NewLine + restore);
        }
    }

    /// <summary>Rebuilds the consumer (never incrementally, so the compiler always runs) with one source file.</summary>
    public Task<ProcessResult> BuildConsumerAsync(string source, params string[] extraArguments)
    {
        RequireConsumers();
        var arguments = new List<string>
        {
            "build", ConsumerProjectName + ".csproj",
            "--no-restore",
            "--no-incremental",
            "-tl:off",
            "-p:ConsumerSource=" + source,
        };
        arguments.AddRange(extraArguments);
        return ChildProcess.DotNetAsync(ConsumerDirectory, arguments, ConsumerEnvironment);
    }

    /// <summary>The AdditionalFiles items of the policy consumer, as full paths, from <c>dotnet msbuild -getItem</c>.</summary>
    public Task<(IReadOnlyList<string> Paths, ProcessResult Result)> GetPolicyConsumerAdditionalFilesAsync(params string[] extraArguments)
        => GetAdditionalFilesAsync(PolicyConsumerDirectory, PolicyConsumerProjectName + ".csproj", extraArguments);

    /// <summary>The AdditionalFiles items of a consumer project, as full paths.</summary>
    public async Task<(IReadOnlyList<string> Paths, ProcessResult Result)> GetAdditionalFilesAsync(string directory, string project, params string[] extraArguments)
    {
        RequireConsumers();
        var arguments = new List<string> { "msbuild", project, "-getItem:AdditionalFiles", "-tl:off" };
        arguments.AddRange(extraArguments);
        var result = await ChildProcess.DotNetAsync(directory, arguments, ConsumerEnvironment).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return (Array.Empty<string>(), result);
        }

        // -getItem prints only JSON: { "Items": { "AdditionalFiles": [ { "FullPath": … } ] } }.
        var json = result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..];
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var paths = new List<string>();
        if (document.RootElement.GetProperty("Items").TryGetProperty("AdditionalFiles", out var items))
        {
            foreach (var item in items.EnumerateArray())
            {
                paths.Add(Path.GetFullPath(item.GetProperty("FullPath").GetString()!));
            }
        }

        return (paths, result);
    }

    /// <summary>Entry names of the nupkg.</summary>
    public IReadOnlyList<string> ReadPackageEntries()
    {
        using var archive = ZipFile.OpenRead(RequirePackage());
        return archive.Entries.Select(entry => entry.FullName).ToArray();
    }

    /// <summary>The package's .nuspec.</summary>
    public XDocument ReadNuspec()
    {
        using var archive = ZipFile.OpenRead(RequirePackage());
        var entry = Assert.Single(archive.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private void WriteConsumers()
    {
        // The temp folder's own settings: nothing is inherited from folders above it, and the
        // machine's package sources stay (no <clear/>): the feed is only added.
        Write(WorkRoot, "Directory.Build.props", "<Project />\n");
        Write(WorkRoot, "Directory.Build.targets", "<Project />\n");
        Write(WorkRoot, "Directory.Packages.props", "<Project />\n");
        Write(WorkRoot, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{System.Security.SecurityElement.Escape(FeedDirectory)}" />
              </packageSources>
            </configuration>

            """);

        Write(ConsumerDirectory, ConsumerProjectName + ".csproj", ConsumerProject(
            $"""
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <ConsumerSource Condition="'$(ConsumerSource)' == ''">{UndeclaredSource}</ConsumerSource>
            """,
            """
              <ItemGroup>
                <Compile Include="$(ConsumerSource)" />
              </ItemGroup>
            """));

        Write(ConsumerDirectory, UndeclaredSource, """
            namespace Consumer
            {
                public static class DeviceInfo
                {
                    public static string MacAddress() =>
                        System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();
                }
            }

            """);

        Write(ConsumerDirectory, DeclaredSource, """
            using PrivacyAnalyzers;

            namespace Consumer
            {
                public static class DeviceInfo
                {
                    [CollectsPersonalData(DataCategories.DeviceId, Purposes.EssentialService)]
                    public static string MacAddress() =>
                        System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();
                }
            }

            """);

        Write(PolicyConsumerDirectory, PolicyConsumerProjectName + ".csproj", ConsumerProject());
        Write(FormatConsumerDirectory, FormatConsumerProjectName + ".csproj", ConsumerProject("""
                <Nullable>enable</Nullable>
            """));
        Write(FormatConsumerDirectory, "Device.cs", """
            using System.Net.NetworkInformation;

            namespace Consumer
            {
                public static class Device
                {
                    // The first adapter's MAC address.
                    public static string Mac() => NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();

                    public static string Mac(NetworkInterface nic) => nic.GetPhysicalAddress().ToString();
                }
            }

            """);

        Write(Path.Combine(NestedRepositoryDirectory, ".git"), "HEAD", "ref: refs/heads/main\n");
        Write(NestedRepositoryDirectory, "PrivacyPolicy.txt", "user.device.*: essential.service\n");
        Write(WorkRoot, "PersonalDataSources.txt", "# Outside the repository: never picked up.\n");
        Write(NestedConsumerDirectory, "Nested.csproj", ConsumerProject());

        Write(PolicyConsumerDirectory, "PrivacyPolicy.txt", "user.device.device_id: essential.service\n");
        Write(PolicyConsumerDirectory, "PersonalDataSources.txt", "M:Consumer.Crm.GetEmail;user.contact.email\n");
        Write(Path.Combine(PolicyConsumerDirectory, "other"), "path.txt", "user.device.ip_address: essential.fraud_detection\n");
    }

    /// <summary>
    /// A library that references the package: <paramref name="properties"/> and <paramref name="items"/>
    /// are whole lines (each ending with a line break) added to its property group and after it.
    /// </summary>
    internal string ConsumerProject(string properties = "", string items = "")
        => "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup>\n"
            + "    <TargetFramework>net10.0</TargetFramework>\n"
            + "    <OutputType>Library</OutputType>\n"
            + Lines(properties)
            + "  </PropertyGroup>\n"
            + Lines(items)
            + "  <ItemGroup>\n"
            + $"    <PackageReference Include=\"{PackageId}\" Version=\"{PackageVersion}\" />\n"
            + "  </ItemGroup>\n"
            + "</Project>\n";

    private static string Lines(string text) => text.Length == 0 ? text : text + "\n";

    private static void Write(string directory, string fileName, string contents)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, fileName), contents);
    }

    private static string FindRepositoryRoot()
    {
        // Written at build time by Directory.Build.props; survives builds with --artifacts-path.
        var recorded = typeof(PackageFixture).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded != null && File.Exists(Path.Combine(recorded, "PrivacyAnalyzers.sln")))
        {
            return recorded;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PrivacyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing PrivacyAnalyzers.sln above {AppContext.BaseDirectory}.");
    }
}
