namespace PrivacyAnalyzers.Cli.Tests.Merge;

/// <summary>
/// A three-project solution in a temporary git repository (an empty <c>.git</c> folder is all the tool looks for),
/// restored and built once with the compiler's SARIF 2.1 log on (<c>-p:PrivacyErrorLog=true</c>: the analyzer and
/// the inventory rules as suggestions, <c>obj/build.sarif</c> per project):
/// <list type="bullet">
/// <item><c>Core</c>: a declared cookie and an undeclared IP address (PRIV001), with a PrivacyPolicy.txt.</item>
/// <item><c>Web</c>: the email from the claims, declared, and the file <c>Shared/Device.cs</c> it shares with Jobs.</item>
/// <item><c>Jobs</c>: the shared file, and an IP address logged (a flow, PRIV101/PRIV105).</item>
/// </list>
/// </summary>
public sealed class MergeFixture : IAsyncLifetime
{
    public static readonly string[] Projects = ["Core", "Web", "Jobs"];

    public MergeFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "privacy-merge-tests-" + Guid.NewGuid().ToString("N")[..10]);
    }

    public string Root { get; }

    public string Solution => Path.Combine(Root, "All.sln");

    public ProcessResult? Build { get; private set; }

    public string Project(string name) => Path.Combine(Root, name, name + ".csproj");

    public string CompilerLog(string name) => Path.Combine(Root, name, "obj", "build.sarif");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        Directory.CreateDirectory(Path.Combine(Root, "lib"));
        File.Copy(typeof(PrivacyAnalyzers.DataCategories).Assembly.Location, Path.Combine(Root, "lib", "PrivacyAnalyzers.Annotations.dll"));
        File.Copy(typeof(PrivacyAnalyzers.RuleIds).Assembly.Location, Path.Combine(Root, "lib", "PrivacyAnalyzers.dll"));

        // Only the build that writes the logs runs the analyzer itself; a scan runs the tool's own.
        Write("Directory.Build.props", """
            <Project>
              <PropertyGroup Condition="'$(PrivacyErrorLog)' == 'true'">
                <ErrorLog>$(MSBuildProjectDirectory)/obj/build.sarif,version=2.1</ErrorLog>
              </PropertyGroup>
              <ItemGroup Condition="'$(PrivacyErrorLog)' == 'true'">
                <Analyzer Include="$(MSBuildThisFileDirectory)lib/PrivacyAnalyzers.dll" />
                <EditorConfigFiles Include="$(MSBuildThisFileDirectory)inventory.globalconfig" />
              </ItemGroup>
            </Project>

            """);
        Write("Directory.Build.targets", "<Project />\n");
        Write("Directory.Packages.props", "<Project />\n");
        Write("inventory.globalconfig", """
            is_global = true
            dotnet_diagnostic.PRIV007.severity = suggestion
            dotnet_diagnostic.PRIV105.severity = suggestion
            dotnet_diagnostic.PRIV205.severity = suggestion

            """);
        Write("All.sln", Sln());

        foreach (var name in Projects)
        {
            Write(Path.Combine(name, name + ".csproj"), $$"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <FrameworkReference Include="Microsoft.AspNetCore.App" />
                    <Reference Include="PrivacyAnalyzers.Annotations" HintPath="../lib/PrivacyAnalyzers.Annotations.dll" />
                  </ItemGroup>{{(name == "Core" ? "\n  <ItemGroup>\n    <AdditionalFiles Include=\"PrivacyPolicy.txt\" />\n  </ItemGroup>" : string.Empty)}}{{(name == "Core" ? string.Empty : "\n  <ItemGroup>\n    <Compile Include=\"../Shared/*.cs\" Link=\"Shared/%(Filename)%(Extension)\" />\n  </ItemGroup>")}}
                </Project>

                """);
        }

        Write(Path.Combine("Core", "PrivacyPolicy.txt"), "user.device.cookie_id: essential.service\n");
        Write(Path.Combine("Core", "Visitors.cs"), """
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            namespace Core
            {
                public static class Visitors
                {
                    [CollectsPersonalData(DataCategories.CookieId, Purposes.EssentialService)]
                    public static string Id(HttpContext context) => context.Request.Cookies["visitor"] ?? "new";

                    // Not declared: PRIV001.
                    public static string? Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
                }
            }

            """);
        Write(Path.Combine("Web", "Signup.cs"), """
            using System.Security.Claims;
            using PrivacyAnalyzers;

            namespace Web
            {
                public static class Signup
                {
                    [CollectsPersonalData(DataCategories.Email, Purposes.MarketingCommunications)]
                    public static string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);
                }
            }

            """);
        Write(Path.Combine("Shared", "Device.cs"), """
            using Microsoft.AspNetCore.Http;

            namespace Shared
            {
                public static class Device
                {
                    // One file in two projects: the first project by name reports it, as a scan does.
                    public static string? Agent(HttpContext context) => context.Request.Headers["User-Agent"];
                }
            }

            """);
        Write(Path.Combine("Jobs", "Audit.cs"), """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            namespace Jobs
            {
                public static class Audit
                {
                    public static void Log(ILogger logger, HttpContext context)
                        => logger.LogInformation("request from {Address}", context.Connection.RemoteIpAddress);
                }
            }

            """);

        Build = await ChildProcess.DotNetAsync(Root, ["build", Solution, "-p:PrivacyErrorLog=true", "-tl:off", "-nologo", "-v:q"], timeout: TimeSpan.FromMinutes(8));
    }

    public Task DisposeAsync()
    {
        TemporaryFolder.Delete(Root);
        return Task.CompletedTask;
    }

    /// <summary>Fails with the build's output unless the solution built (and so restored).</summary>
    public void RequireBuilt()
        => Assert.True(Build is { ExitCode: 0, TimedOut: false }, "dotnet build of the merge solution failed:" + Environment.NewLine + Build);

    /// <summary>A fresh folder under the root, for a test's outputs.</summary>
    public string NewOutputFolder()
    {
        var folder = Path.Combine(Root, "out", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A classic .sln of the three projects (the kind `dotnet sln` writes).</summary>
    private static string Sln()
    {
        var text = new System.Text.StringBuilder("\r\nMicrosoft Visual Studio Solution File, Format Version 12.00\r\n# Visual Studio Version 17\r\n");
        var ids = new List<string>();
        foreach (var name in Projects)
        {
            var id = "{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}";
            ids.Add(id);
            text.Append($"Project(\"{{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}}\") = \"{name}\", \"{name}\\{name}.csproj\", \"{id}\"\r\nEndProject\r\n");
        }

        text.Append("Global\r\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\r\n\t\tDebug|Any CPU = Debug|Any CPU\r\n\tEndGlobalSection\r\n\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\r\n");
        foreach (var id in ids)
        {
            text.Append($"\t\t{id}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\r\n\t\t{id}.Debug|Any CPU.Build.0 = Debug|Any CPU\r\n");
        }

        return text.Append("\tEndGlobalSection\r\nEndGlobal\r\n").ToString();
    }
}

[CollectionDefinition(Name)]
public sealed class MergeCollection : ICollectionFixture<MergeFixture>
{
    public const string Name = "Merge";
}
