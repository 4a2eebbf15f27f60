using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrivacyAnalyzers.Package.Tests.Editor;
using Xunit;

namespace PrivacyAnalyzers.Package.Tests;

/// <summary>
/// Issue 13 §9, the editor path: warnings reach a real language-server client. csharp-ls runs the
/// package's analyzers once <c>csharp.analyzersEnabled</c> is true (its README, "Settings"), and
/// pushes them with <c>textDocument/publishDiagnostics</c> to a client that does not announce pull
/// diagnostics. The consumer is this test's own, under the fixture's folder so its feed applies.
/// </summary>
public sealed partial class PackageTests
{
    /// <summary>Loading a project runs a design-time build: minutes on a loaded two-core machine.</summary>
    private static readonly TimeSpan ServerLoadTimeout = TimeSpan.FromMinutes(8);

    /// <summary>About a second on an idle machine (issue 13); generous for a loaded one.</summary>
    private static readonly TimeSpan DiagnosticTimeout = TimeSpan.FromMinutes(3);

    private const string EditorSource = """
        namespace Consumer
        {
            public static class Device
            {
                public static int Answer() => 42;

            }
        }

        """;

    /// <summary>The 0-based line the edit inserts the collection site at: the blank line in the class.</summary>
    private const int SiteLine = 5;

    private const string SiteText = "        public static string Mac() => System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();\n";

    [CsharpLsFact]
    public async Task CsharpLsShowsPriv001OnTheLineAnEditAdds()
    {
        fixture.RequireConsumers();
        var directory = Path.Combine(fixture.WorkRoot, "EditorConsumer");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "EditorConsumer.csproj"), fixture.ConsumerProject("    <Nullable>enable</Nullable>"));
        var file = Path.Combine(directory, "Device.cs");
        File.WriteAllText(file, EditorSource);
        var restore = await ChildProcess.DotNetAsync(directory, new[] { "restore", "-tl:off" }, fixture.ConsumerEnvironment);
        Assert.True(restore.Succeeded, restore.ToString());

        var (executable, problem) = CsharpLs.Executable;
        Assert.True(executable is not null, problem);

        var environment = new Dictionary<string, string>(fixture.ConsumerEnvironment);
        if (Path.IsPathRooted(ChildProcess.DotNet()))
        {
            // The tool's apphost finds the runtime the tests run on.
            environment["DOTNET_ROOT"] = Path.GetDirectoryName(ChildProcess.DotNet())!;
        }

        var root = new Uri(directory + Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/');
        var uri = new Uri(file).AbsoluteUri;
        await using var client = LspClient.Start(
            ChildProcess.CreateStartInfo(executable!, Array.Empty<string>(), directory, environment),
            AnswerServerRequest);

        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "EditorConsumer" }),
            ["capabilities"] = new JsonObject
            {
                // The settings come through workspace/configuration; no pull diagnostics, so the server pushes.
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject() },
            },
        }, ServerLoadTimeout);
        await client.NotifyAsync("initialized", new JsonObject());
        await client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = EditorSource },
        });

        // The file as opened: the project is loaded and analysed, and nothing collects data yet.
        var initial = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => IsFor(p, uri), ServerLoadTimeout);
        Assert.True(initial is not null, "csharp-ls published no diagnostics for the opened file:\n" + client.Transcript);
        Assert.Empty(Priv001(initial!.Value));

        var edited = Stopwatch.StartNew();
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["line"] = SiteLine, ["character"] = 0 },
                    ["end"] = new JsonObject { ["line"] = SiteLine, ["character"] = 0 },
                },
                ["text"] = SiteText,
            }),
        });

        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => IsFor(p, uri) && Priv001(p).Count > 0, DiagnosticTimeout);
        Assert.True(published is not null, $"no PRIV001 within {DiagnosticTimeout} of the edit:\n" + client.Transcript);
        var diagnostic = Assert.Single(Priv001(published!.Value));
        Assert.True(
            diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() == SiteLine,
            $"PRIV001 {edited.Elapsed.TotalSeconds:0.0} s after the edit, not on line {SiteLine + 1}: {diagnostic}");
        Assert.Equal(2, diagnostic.GetProperty("severity").GetInt32()); // Warning
        Assert.Contains("user.device.device_id", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The server's requests: the <c>csharp</c> section turns the analyzers on; anything else is answered null.</summary>
    private static JsonNode? AnswerServerRequest(string method, JsonElement parameters)
    {
        if (method != "workspace/configuration")
        {
            return null;
        }

        var answers = new JsonArray();
        foreach (var item in parameters.GetProperty("items").EnumerateArray())
        {
            var section = item.TryGetProperty("section", out var s) ? s.GetString() : null;
            answers.Add(section == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null);
        }

        return answers;
    }

    private static bool IsFor(JsonElement parameters, string uri)
        => parameters.TryGetProperty("uri", out var u) && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var published)
            && Uri.Compare(published, new Uri(uri), UriComponents.Path, UriFormat.Unescaped, StringComparison.Ordinal) == 0;

    private static IReadOnlyList<JsonElement> Priv001(JsonElement parameters)
        => parameters.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() == "PRIV001")
            .ToList();
}
