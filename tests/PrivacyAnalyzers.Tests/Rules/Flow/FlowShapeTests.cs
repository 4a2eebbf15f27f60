using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// The expression shapes a value can take on its way to a sink (issue 15's misses): conditional access, <c>??</c>,
/// <c>is</c> patterns, <c>switch</c> expressions, tuples (named and deconstructed), <c>with</c>, and what the walker
/// does not know by kind (a collection expression on Roslyn 4.8). Each shape stores its value on an EF Core entity
/// (PRIV104 at the assignment); each has a must-not-report twin whose value carries no source (a length, a bool, a
/// constant, an id the app made).
/// </summary>
public sealed class FlowShapeTests
{
    private const string Model = """

        public class Visit { public int Id { get; set; } public string? Ip { get; set; } public string? Mail { get; set; } public int Count { get; set; } public bool HasMail { get; set; } }
        public record Contact(string Mail, string Label);
        public class Shop : Microsoft.EntityFrameworkCore.DbContext
        {
            public Microsoft.EntityFrameworkCore.DbSet<Visit> Visits => Set<Visit>();
        }
        """;

    private static Task<List<string>> RunAsync(string statements) => FlowHarness.FlowsAsync($$"""
        using System.Linq;
        class C
        {
            void M(Shop db, HttpContext ctx, Person p, Person? maybe, int kind, object o)
            {
                var visit = new Visit();
                {{statements}}
                db.Visits.Add(visit);
            }
        }
        """ + Model);

    public static TheoryData<string, string> Reported() => new()
    {
        { "visit.Ip = ctx.Connection.RemoteIpAddress?.ToString();", "user.device.ip_address" },
        { "visit.Ip = ctx.Connection.RemoteIpAddress?.MapToIPv4().ToString();", "user.device.ip_address" },
        { "visit.Mail = maybe?.Email;", "user.contact.email" },
        { "visit.Mail = maybe?.Email ?? \"none\";", "user.contact.email" },
        { "visit.Mail = (maybe ?? p).Email;", "user.contact.email" },
        { "visit.Mail = p.Email?.Trim().ToLowerInvariant();", "user.contact.email" },
        { "if (p.Email is string e) { visit.Mail = e; }", "user.contact.email" },
        { "if (p.Email is { Length: > 3 } e) { visit.Mail = e; }", "user.contact.email" },
        { "if (o is Person { Email: var e }) { visit.Mail = e; }", "user.contact.email" },
        { "if (maybe is { } known) { visit.Mail = known.Email; }", "user.contact.email" },
        { "visit.Mail = kind switch { 1 => p.Email, _ => \"none\" };", "user.contact.email" },
        { "visit.Mail = o switch { Person { Email: var e } => e, _ => null };", "user.contact.email" },
        { "visit.Mail = kind > 0 ? p.Email : \"\";", "user.contact.email" },
        { "var t = (p.Email, kind); visit.Mail = t.Item1;", "user.contact.email" },
        { "var t = (Address: p.Email, Count: kind); visit.Mail = t.Address;", "user.contact.email" },
        { "var (mail, n) = (p.Email, kind); visit.Mail = mail;", "user.contact.email" },
        { "(string mail, int n) = (p.Email, 1); visit.Mail = mail;", "user.contact.email" },
        { "var c = new Contact(p.Email, \"a\"); var copy = c with { Label = \"b\" }; visit.Mail = copy.Mail;", "user.contact.email" },
        { "var c = new Contact(\"a\", \"b\"); var copy = c with { Mail = p.Email }; visit.Mail = copy.Mail;", "user.contact.email" },
        { "string[] all = [p.Email, \"x\"]; visit.Mail = all[0];", "user.contact.email" },
        { "List<string> all = [p.Email]; visit.Mail = string.Join(\",\", all);", "user.contact.email" },
        { "var all = new List<string> { p.Email }; visit.Mail = all[0];", "user.contact.email" },
        { "var (mail, label) = new Contact(p.Email, \"a\"); visit.Mail = mail;", "user.contact.email" },
        { "visit = new Visit { Ip = ctx.Connection.RemoteIpAddress?.ToString(), Count = kind };", "user.device.ip_address" },
        { "visit = new Visit { Mail = maybe?.Email ?? \"none\" };", "user.contact.email" },
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public async Task EachShapeKeepsTheTaintToTheEntityProperty(string statements, string category)
    {
        var flows = await RunAsync(statements);
        var flow = Assert.Single(flows);
        Assert.StartsWith("PRIV104 '", flow, StringComparison.Ordinal);
        Assert.EndsWith(" " + category + " -> database (EF Core)", flow, StringComparison.Ordinal);
    }

    public static TheoryData<string> Silent() => new()
    {
        "visit.Count = p.Email.Length;",
        "visit.Count = p.Email?.Length ?? 0;",
        "visit.HasMail = !string.IsNullOrEmpty(p.Email);",
        "visit.HasMail = p.Email is string;",
        "visit.HasMail = p.Email is { Length: > 3 };",
        "visit.HasMail = maybe?.Email != null;",
        "visit.HasMail = o is Person { Email: not null };",
        "visit.Mail = Guid.NewGuid().ToString();",
        "visit.Mail = kind switch { 1 => \"a\", _ => \"b\" };",
        "visit.Count = kind switch { 1 => p.Email.Length, _ => 0 };",
        "var t = (p.Email, kind); visit.Count = t.Item2;",
        "var t = (Address: p.Email, Count: kind); visit.Count = t.Count;",
        "var (mail, n) = (p.Email, kind); visit.Count = n;",
        "var c = new Contact(p.Email, \"a\"); var copy = c with { Mail = \"b\" }; visit.Mail = copy.Mail;",
        "var c = new Contact(p.Email, \"a\"); var copy = c with { Label = \"b\" }; visit.Mail = copy.Label;",
        "string[] all = [\"x\", \"y\"]; visit.Mail = all[0];",
        "visit.Count = new[] { p.Email }.Length;",
        "visit.Mail = maybe?.Id.ToString();",
        "visit.Mail = nameof(p.Email);",
        "var (mail, label) = new Contact(p.Email, \"a\"); visit.Mail = label;",
        "visit.Count = new[] { p }.Count(x => x.Email.Contains('@'));",
        "visit.HasMail = new[] { p }.Any(x => x.Email == \"a\");",
        "visit = new Visit { Ip = ctx.Connection.RemoteIpAddress is null ? \"none\" : \"some\", Count = p.Email.Length };",
    };

    [Theory]
    [MemberData(nameof(Silent))]
    public async Task AValueThatCarriesNoSourceIsNotReported(string statements)
    {
        Assert.Empty(await RunAsync(statements));
    }
}
