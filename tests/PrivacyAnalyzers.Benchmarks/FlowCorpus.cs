using System.Globalization;
using System.Text;
using PrivacyAnalyzers.TestCorpus;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// The dense-flow corpus (issue 15): code where most members hold a source and pass it on, so the flow
/// analysis runs in nearly every member and its summaries are asked for on every call. Per module: a
/// profile type (fields one level deep), a helper (log, format and forward: parameter → sink and
/// parameter → return summaries, three calls deep), and a collector whose members read catalogued sources
/// (the remote address, the User-Agent header, claims, the process account) and pass them through the
/// helper, fields, interpolation and concatenation to ILogger, Console, HttpClient and a file; beside them
/// members with no source, which the pre-check must turn away cheaply. One module also has a long member
/// (<see cref="LongMemberStatements"/> statements) for the worst case of a single member. Deterministic:
/// the same size gives the same text.
/// </summary>
internal static class FlowCorpus
{
    /// <summary>Source reads in the one long member (each followed by an interpolation and a sink: three statements).</summary>
    public const int LongMemberStatements = 400;

    /// <summary>The name of the long member, for the worst-case report.</summary>
    public const string LongMemberName = "CaptureEverything";

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Security.Claims;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Logging;

        """;

    public static Corpus Generate(int targetLines)
    {
        var files = new List<CorpusFile>();
        var lines = 0;
        var methods = 0;
        var siteMethods = 0;
        for (var module = 0; lines < targetLines; module++)
        {
            var text = Module(module, out var moduleMethods, out var moduleSites);
            var count = text.Count(c => c == '\n') + 1;
            files.Add(new CorpusFile($"Flow/Module{module.ToString(CultureInfo.InvariantCulture)}.cs", text, count));
            lines += count;
            methods += moduleMethods;
            siteMethods += moduleSites;
        }

        return new Corpus(files, lines, methods, siteMethods, DeclaredSiteMethods: 0);
    }

    private static string Module(int n, out int methods, out int siteMethods)
    {
        var b = new StringBuilder(Usings);
        var ns = "Contoso.Flow" + n.ToString(CultureInfo.InvariantCulture);
        b.Append(CultureInfo.InvariantCulture, $$"""
            namespace {{ns}}
            {
                public sealed class Visitor
                {
                    public string? Email { get; set; }
                    public string? Agent { get; set; }
                    public string? Address { get; set; }
                    public int Visits { get; set; }
                }

                public sealed class Audit
                {
                    private readonly ILogger<Audit> logger;

                    public Audit(ILogger<Audit> logger) => this.logger = logger;

                    public void Record(string what, string? value) => logger.LogInformation("{What}: {Value}", what, value);

                    public string Describe(string? value) => "[" + (value ?? string.Empty).Trim() + "]";

                    public string Join(string? a, string? b) => $"{a}/{b}";

                    public void Forward(string what, string? value) => Record(what, Describe(value));

                    public void Deep(string? value) => Forward("deep", Join(value, "x"));

                    public int Length(string? value) => value?.Length ?? 0;
                }

                public sealed class Collector
                {
                    private readonly HttpClient http;
                    private readonly Audit audit;
                    private readonly ILogger<Collector> logger;
                    private readonly Visitor visitor = new Visitor();
                    private string? lastEmail;

                    public Collector(HttpClient http, Audit audit, ILogger<Collector> logger)
                    {
                        this.http = http;
                        this.audit = audit;
                        this.logger = logger;
                    }

            """);
        methods = 7;
        siteMethods = 0;
        for (var k = 0; k < 4; k++)
        {
            var s = k.ToString(CultureInfo.InvariantCulture);
            b.Append(CultureInfo.InvariantCulture, $$"""
                        public void Capture{{s}}(HttpContext context)
                        {
                            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                            var agent = context.Request.Headers["User-Agent"].ToString();
                            var email = context.User.FindFirst(ClaimTypes.Email)?.Value;
                            lastEmail = email;
                            visitor.Email = email;
                            visitor.Agent = agent;
                            visitor.Visits++;
                            var line = $"visit {{s}} from {address} with {agent}";
                            audit.Record("visit", audit.Describe(line));
                            logger.LogInformation("User {Email} at {Address}", email, address);
                            Console.WriteLine("agent " + agent);
                        }

                        public async Task<int> Send{{s}}Async(HttpContext context, CancellationToken cancellationToken)
                        {
                            var email = context.User.FindFirstValue(ClaimTypes.Email) ?? string.Empty;
                            var payload = audit.Join(email, Environment.UserName);
                            using var content = new StringContent(payload);
                            var response = await http.PostAsync("https://api.example.com/track?u=" + Uri.EscapeDataString(email), content, cancellationToken);
                            logger.LogDebug("sent {Status}", response.StatusCode);
                            return (int)response.StatusCode;
                        }

                        public void Forward{{s}}()
                        {
                            if (lastEmail is { } known)
                            {
                                audit.Deep(known);
                            }

                            logger.LogWarning("visitor {Email} {Agent}", visitor.Email, visitor.Agent);
                            File.AppendAllText("visitors-{{s}}.log", visitor.Email + Environment.NewLine);
                        }

                        public string Summary{{s}}(HttpContext context)
                        {
                            var user = context.User;
                            var name = user.FindFirst(ClaimTypes.GivenName)?.Value;
                            var parts = new List<string> { name ?? "?", audit.Join(name, user.FindFirst(ClaimTypes.Surname)?.Value) };
                            var text = string.Join(", ", parts);
                            logger.LogInformation("summary {Text} ({Length})", text, audit.Length(text));
                            return text;
                        }

                        public int Total{{s}}(IReadOnlyList<int> values)
                        {
                            var total = 0;
                            foreach (var value in values)
                            {
                                total += value * {{k + 2}};
                            }

                            logger.LogInformation("total {Total} of {Count}", total, values.Count);
                            audit.Record("total", total.ToString());
                            return total;
                        }

                        public string Label{{s}}(string code, int page) => $"{code.ToUpperInvariant()}-{page}-{audit.Describe(code)}";


                """);
            methods += 6;
            siteMethods += 4;
        }

        if (n == 0)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"            public void {LongMemberName}(HttpContext context)");
            b.AppendLine("            {");
            for (var i = 0; i < LongMemberStatements; i++)
            {
                var s = i.ToString(CultureInfo.InvariantCulture);
                var source = (i % 4) switch
                {
                    0 => "context.Connection.RemoteIpAddress?.ToString()",
                    1 => "context.Request.Headers[\"User-Agent\"].ToString()",
                    2 => "context.User.FindFirst(ClaimTypes.Email)?.Value",
                    _ => "Environment.UserName",
                };
                b.AppendLine(CultureInfo.InvariantCulture, $"                var v{s} = {source};");
                // Each step's text holds its own source only: a long member, not a chain whose every value carries all
                // the earlier ones (that quadratic case is a robustness test, not a member anyone writes).
                b.AppendLine(CultureInfo.InvariantCulture, $"                var t{s} = $\"{s}: {{v{s}}} {{v{s}?.Length}}\";");
                var sink = i % 3 == 0 ? "logger.LogInformation(\"step {Text}\", t" : "audit.Record(\"step\", t";
                b.AppendLine(CultureInfo.InvariantCulture, $"                {sink}{s});");
            }

            b.AppendLine("            }");
            methods++;
            siteMethods++;
        }

        b.Append("""
                }
            }

            """);
        return b.ToString();
    }
}
