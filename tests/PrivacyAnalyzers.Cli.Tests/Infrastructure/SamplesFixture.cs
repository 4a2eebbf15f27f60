using System.Collections.Concurrent;
using Xunit;

namespace PrivacyAnalyzers.Cli.Tests.Infrastructure;

/// <summary>
/// Writes small sample projects into one temporary folder and restores them once for every test
/// in the <see cref="SamplesCollection"/>:
/// <list type="bullet">
/// <item><c>WebApp</c>: an ASP.NET Core app that collects the caller's IP address (declared), the
/// user's email from the claims (declared) and a visitor cookie (not declared), with a PrivacyPolicy.txt.</item>
/// <item><c>FullyDeclared</c>: a library whose one collection site is declared and allowed.</item>
/// <item><c>Loose</c>: a folder of .cs files with no project, one referencing a library it cannot resolve.</item>
/// <item><c>Broken</c>: a .csproj that is not XML; <c>Erroneous</c>: a project that does not compile.</item>
/// <item><c>Samples.slnx</c>: a solution with the two projects; <c>Mixed.slnx</c>: the web app and the broken project.</item>
/// </list>
/// The folder is outside the repository with empty Directory.*.props, so none of the repository's
/// settings apply. Scans with the same arguments are cached: most tests only read their output.
/// </summary>
public sealed class SamplesFixture : IAsyncLifetime
{
    public const string WebApp = "WebApp";
    public const string FullyDeclared = "FullyDeclared";
    public const string Loose = "Loose";
    public const string Broken = "Broken";
    public const string Erroneous = "Erroneous";
    public const string Warned = "Warned";

    private readonly ConcurrentDictionary<string, Task<CliRun>> scans = new(StringComparer.Ordinal);

    public SamplesFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "privacy-cli-tests-" + Guid.NewGuid().ToString("N")[..10]);
    }

    public string Root { get; }

    public string WebAppProject => Path.Combine(Root, WebApp, WebApp + ".csproj");

    public string FullyDeclaredProject => Path.Combine(Root, FullyDeclared, FullyDeclared + ".csproj");

    public string LooseFolder => Path.Combine(Root, Loose);

    public string BrokenProject => Path.Combine(Root, Broken, Broken + ".csproj");

    public string ErroneousProject => Path.Combine(Root, Erroneous, Erroneous + ".csproj");

    /// <summary>A project whose every build warns NU1603, as a restore that resolved a near version makes it do.</summary>
    public string WarnedProject => Path.Combine(Root, Warned, Warned + ".csproj");

    public string Solution => Path.Combine(Root, "Samples.slnx");

    /// <summary>The web app and the broken project: one loads, one does not.</summary>
    public string MixedSolution => Path.Combine(Root, "Mixed.slnx");

    public ProcessResult? Restore { get; private set; }

    public async Task InitializeAsync()
    {
        Write("Directory.Build.props", "<Project />\n");
        Write("Directory.Build.targets", "<Project />\n");
        Write("Directory.Packages.props", "<Project />\n");
        Directory.CreateDirectory(Path.Combine(Root, "lib"));
        File.Copy(typeof(PrivacyAnalyzers.DataCategories).Assembly.Location, Path.Combine(Root, "lib", "PrivacyAnalyzers.Annotations.dll"));

        Write("Samples.slnx", """
            <Solution>
              <Project Path="WebApp/WebApp.csproj" />
              <Project Path="FullyDeclared/FullyDeclared.csproj" />
            </Solution>

            """);

        Write("Mixed.slnx", """
            <Solution>
              <Project Path="WebApp/WebApp.csproj" />
              <Project Path="Broken/Broken.csproj" />
            </Solution>

            """);

        Write(Path.Combine(WebApp, WebApp + ".csproj"), """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="PrivacyAnalyzers.Annotations" HintPath="../lib/PrivacyAnalyzers.Annotations.dll" />
                <AdditionalFiles Include="PrivacyPolicy.txt" />
              </ItemGroup>
            </Project>

            """);
        Write(Path.Combine(WebApp, "Program.cs"), WebAppProgram);
        Write(Path.Combine(WebApp, "PrivacyPolicy.txt"), """
            # What our privacy policy promises: one line per category, then its purposes.
            user.device.ip_address: essential.fraud_detection
            user.contact.email: marketing.communications, essential.service

            """);

        Write(Path.Combine(FullyDeclared, FullyDeclared + ".csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <Reference Include="PrivacyAnalyzers.Annotations" HintPath="../lib/PrivacyAnalyzers.Annotations.dll" />
                <AdditionalFiles Include="PrivacyPolicy.txt" />
              </ItemGroup>
            </Project>

            """);
        Write(Path.Combine(FullyDeclared, "Visitors.cs"), """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            namespace FullyDeclared
            {
                public static class Visitors
                {
                    // Declared, and allowed by the policy: nothing to report.
                    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService)]
                    public static string Id(HttpContext context) => context.Request.Cookies["visitor"] ?? "new";
                }
            }

            """);
        Write(Path.Combine(FullyDeclared, "PrivacyPolicy.txt"), "user.device.cookie_id: essential.service\n");

        Write(Path.Combine(Loose, "Program.cs"), WebAppProgram);
        Write(Path.Combine(Loose, "Analytics.cs"), """
            using Contoso.Telemetry;

            internal static class Analytics
            {
                // Contoso.Telemetry is a package the folder does not carry: its names cannot resolve.
                public static void Track(TelemetryClient client, string name) => client.TrackEvent(name, SessionContext.Current);
            }

            """);
        Write(Path.Combine(Broken, Broken + ".csproj"), "this is not a project file <Project>\n");

        WriteDeviceLibrary(Erroneous, target: string.Empty, member: "\n        public static int Broken() => \"not a number\";\n");

        // ResolvePackageAssets replays a restore's warnings (NU1603) on every build, the design-time build
        // MSBuildWorkspace runs included; this target does the same without a package feed.
        WriteDeviceLibrary(
            Warned,
            target: "  <Target Name=\"WarnLikeARestore\" BeforeTargets=\"CoreCompile\">\n"
                + "    <Warning Code=\"NU1603\" Text=\"Warned depends on Contoso.Telemetry (&gt;= 1.0.0) but Contoso.Telemetry 1.0.0 was not found. Contoso.Telemetry 1.0.1 was resolved instead.\" />\n"
                + "  </Target>\n",
            member: string.Empty);

        // Restores every project that can be restored, in one command.
        Write("Restore.slnx", """
            <Solution>
              <Project Path="WebApp/WebApp.csproj" />
              <Project Path="FullyDeclared/FullyDeclared.csproj" />
              <Project Path="Erroneous/Erroneous.csproj" />
              <Project Path="Warned/Warned.csproj" />
            </Solution>

            """);

        Restore = await ChildProcess.DotNetAsync(Root, new[] { "restore", Path.Combine(Root, "Restore.slnx"), "-tl:off", "-nologo" }, timeout: TimeSpan.FromMinutes(4));
    }

    public Task DisposeAsync()
    {
        TemporaryFolder.Delete(Root);
        return Task.CompletedTask;
    }

    /// <summary>Fails with the restore output unless the samples restored.</summary>
    public void RequireRestored()
        => Assert.True(Restore is { ExitCode: 0, TimedOut: false }, "dotnet restore of the samples failed:" + Environment.NewLine + Restore);

    /// <summary>Runs the tool once per distinct argument list; later calls get the same run.</summary>
    public Task<CliRun> CachedAsync(params string[] arguments)
    {
        RequireRestored();
        return scans.GetOrAdd(string.Join('\u0001', arguments), _ => Tool.RunAsync(arguments));
    }

    /// <summary>What <c>privacy scan</c> with these arguments writes (cached); the scan must succeed.</summary>
    public async Task<string> ScanOutputAsync(params string[] arguments)
    {
        var run = await CachedAsync(arguments.Prepend("scan").ToArray());
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.StandardOutput;
    }

    /// <summary>A fresh folder under the samples root, for a test's outputs.</summary>
    public string NewOutputFolder()
    {
        var folder = Path.Combine(Root, "out-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A one-class library that reads the machine name, with an extra MSBuild target or member.</summary>
    private void WriteDeviceLibrary(string name, string target, string member)
    {
        Write(Path.Combine(name, name + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n" + target + "</Project>\n");
        Write(Path.Combine(name, "Device.cs"), "namespace " + name + "\n{\n    public static class Device\n    {\n        public static string Name() => System.Environment.MachineName;\n" + member + "    }\n}\n");
    }

    private void Write(string relativePath, string contents)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private const string WebAppProgram = """
        using System.Net;
        using System.Security.Claims;
        using PrivacyAnalyzers;

        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();

        app.MapGet("/signup", (HttpContext context) => Signup.Record(context));
        app.MapGet("/visitor", (HttpContext context) => Visitors.Id(context));
        app.Run();

        internal static class Signup
        {
            // Declared: the caller's IP address is kept to detect fraudulent sign-ups.
            [CollectsPersonalData(DataCategories.IpAddress, Purposes.FraudDetection)]
            public static IPAddress? Caller(HttpContext context) => context.Connection.RemoteIpAddress;

            // Declared: the email address from the sign-in claims, for the newsletter the user asked for.
            [CollectsPersonalData(DataCategories.Email, Purposes.MarketingCommunications, Purposes.EssentialService)]
            public static string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);

            public static string Record(HttpContext context) => $"{Caller(context)} {Email(context.User)}";
        }

        internal static class Visitors
        {
            // Not declared: PRIV001.
            public static string Id(HttpContext context) => context.Request.Cookies["visitor"] ?? "new";
        }

        """;
}

/// <summary>The tests that share the restored samples (run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class SamplesCollection : ICollectionFixture<SamplesFixture>
{
    public const string Name = "Samples";
}
