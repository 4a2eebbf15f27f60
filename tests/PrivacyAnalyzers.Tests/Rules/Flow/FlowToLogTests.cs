using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>PRIV101: the log sinks, each with a failing and a passing case.</summary>
public sealed class FlowToLogTests
{
    [Fact]
    public async Task ClassifiedMemberToILoggerIsReportedAtTheCall()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger, Person p) => logger.LogInformation("Signed in {Email}", p.Email);
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogInformation(\"Signed in {Email}\", p.Email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task CataloguedSiteThroughLocalsAndInterpolationIsReported()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger, HttpContext context)
                {
                    var ip = context.Connection.RemoteIpAddress;
                    var text = $"caller {ip}";
                    logger.LogWarning(text);
                }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogWarning(text)' user.device.ip_address -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task NonPersonalValuesAreSilent()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger, Person p)
                {
                    logger.LogInformation("Signed in {Id}", p.Id);
                    var email = p.Email;
                    email = "nobody";
                    logger.LogInformation(email);
                }
            }
            """);
        Assert.Empty(flows);
    }

    [Fact]
    public async Task ThroughAHelperMethodIsReportedAtTheCall()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                private readonly ILogger logger = null!;
                void Audit(string what) => logger.LogInformation("audit: " + what);
                void M(Person p) => Audit(p.Email);
                void Safe() => Audit("started");
            }
            """);
        Assert.Equal(["PRIV101 'Audit(p.Email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task ThroughTwoHelpersAndAReturnValue()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                private readonly ILogger logger = null!;
                static string Describe(string email) => "user " + email.Trim();
                void Write(string text) => Audit(text);
                void Audit(string what) => logger.LogInformation(what);
                void M(Person p) => Write(Describe(p.Email));
            }
            """);
        Assert.Equal(["PRIV101 'Write(Describe(p.Email))' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task FieldsOneLevelDeepAreTrackedByMember()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class Dto { public string Mail { get; set; } = ""; public int Id { get; set; } }
            record Contact(string Mail, int Id);
            class C
            {
                void M(ILogger logger, Person p)
                {
                    var dto = new Dto { Mail = p.Email, Id = 1 };
                    logger.LogInformation("{Id}", dto.Id);
                    logger.LogInformation("{Mail}", dto.Mail);
                    var contact = new Contact(p.Email, 2);
                    logger.LogInformation("{Id}", contact.Id);
                    logger.LogInformation("{Contact}", contact);
                    var anonymous = new { p.Email, Count = 1 };
                    logger.LogInformation("{Count}", anonymous.Count);
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV101 'logger.LogInformation(\"{Mail}\", dto.Mail)' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'logger.LogInformation(\"{Contact}\", contact)' user.contact.email -> Microsoft.Extensions.Logging",
            ],
            flows);
    }

    [Fact]
    public async Task RedactorHashAndUserSanitizerAreSilent()
    {
        var flows = await FlowHarness.FlowsAsync("""
            using Microsoft.Extensions.Compliance.Redaction;
            class C
            {
                [PersonalDataSanitizer]
                static string Mask(string value) => "***";
                void M(ILogger logger, Redactor redactor, Person p)
                {
                    logger.LogInformation("{E}", redactor.Redact(p.Email));
                    logger.LogInformation("{E}", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p.Email))));
                    logger.LogInformation("{E}", Mask(p.Email));
                }
            }
            """);
        Assert.Empty(flows);
    }

    [Fact]
    public async Task HashedFlowsStayInTheInventoryMarkedPseudonymised()
    {
        var builder = FlowHarness.Builder("""
            class C
            {
                void M(ILogger logger, Person p) => logger.LogInformation("{E}", SHA256.HashData(Encoding.UTF8.GetBytes(p.Email)));
            }
            """).WithRuleEnabled(RuleIds.FlowInventory);
        var diagnostics = (await builder.GetDiagnosticsAsync()).Where(d => d.Id == RuleIds.FlowInventory).ToList();
        var inventory = Assert.Single(diagnostics);
        Assert.True(PrivacyAnalyzers.Contract.SiteCodec.TryReadFlow(inventory, out var flow));
        Assert.True(flow!.Pseudonymised);
        Assert.Equal("user.contact.email", inventory.Properties["category"]);
        Assert.Equal("log", inventory.Properties["sink"]);
    }

    [Fact]
    public async Task SerilogNLogLog4NetConsoleDebugAndTrace()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(Serilog.ILogger serilog, NLog.Logger nlog, log4net.ILog log4, Person p)
                {
                    Serilog.Log.Information("{E}", p.Email);
                    serilog.Warning("{E}", p.Email);
                    nlog.Info("{E}", p.Email);
                    log4.InfoFormat("{0}", p.Email);
                    Console.WriteLine(p.Email);
                    System.Diagnostics.Debug.WriteLine(p.Email);
                    System.Diagnostics.Trace.TraceInformation(p.Email);
                    Console.WriteLine("no personal data");
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV101 'Serilog.Log.Information(\"{E}\", p.Email)' user.contact.email -> Serilog",
                "PRIV101 'serilog.Warning(\"{E}\", p.Email)' user.contact.email -> Serilog",
                "PRIV101 'nlog.Info(\"{E}\", p.Email)' user.contact.email -> NLog",
                "PRIV101 'log4.InfoFormat(\"{0}\", p.Email)' user.contact.email -> log4net",
                "PRIV101 'Console.WriteLine(p.Email)' user.contact.email -> console",
                "PRIV101 'System.Diagnostics.Debug.WriteLine(p.Email)' user.contact.email -> debug output",
                "PRIV101 'System.Diagnostics.Trace.TraceInformation(p.Email)' user.contact.email -> trace listeners",
            ],
            flows);
    }

    [Fact]
    public async Task ExceptionMessagesThatReachALoggerAndScopes()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger, Person p)
                {
                    var error = new InvalidOperationException("no account for " + p.Email);
                    logger.LogError(error, "sign-in failed");
                    using var scope = logger.BeginScope(new Dictionary<string, object> { ["user"] = p.Email });
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV101 'logger.LogError(error, \"sign-in failed\")' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'logger.BeginScope(new Dictionary<string, object> { [\"user\"] = p.Email })' user.contact.email -> Microsoft.Extensions.Logging",
            ],
            flows);
    }

    [Fact]
    public async Task LoggerMessageMethodsRedactClassifiedParameters()
    {
        var flows = await FlowHarness.FlowsAsync("""
            using Microsoft.Extensions.Compliance.Classification;
            sealed class PiiAttribute : DataClassificationAttribute
            {
                public PiiAttribute() : base(new DataClassification("taxonomy", "pii")) { }
            }
            static partial class Log
            {
                [LoggerMessage(1, LogLevel.Information, "Signed in {email}")]
                internal static partial void SignedIn(ILogger logger, string email);
                [LoggerMessage(2, LogLevel.Information, "Signed in {email}")]
                internal static partial void SignedInRedacted(ILogger logger, [Pii] string email);
                internal static partial void SignedIn(ILogger logger, string email) { }
                internal static partial void SignedInRedacted(ILogger logger, string email) { }
            }
            class C
            {
                void M(ILogger logger, Person p)
                {
                    Log.SignedIn(logger, p.Email);
                    Log.SignedInRedacted(logger, p.Email);
                }
            }
            """);
        Assert.Equal(["PRIV101 'Log.SignedIn(logger, p.Email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task ALoggerMessageMethodsGeneratedBodyIsNotASinkOfItsOwnClassifiedParameter()
    {
        // The body is what the generator writes: the classified parameter reaches ILogger.Log there, and the
        // redaction the classification asks for happens at run time. The call is the sink, decided at the call.
        var flows = await FlowHarness.FlowsAsync("""
            using Microsoft.Extensions.Compliance.Classification;
            sealed class PiiAttribute : DataClassificationAttribute
            {
                public PiiAttribute() : base(new DataClassification("taxonomy", "pii")) { }
            }
            static partial class Log
            {
                [LoggerMessage(2, LogLevel.Information, "Signed in {email}")]
                internal static partial void SignedInRedacted(ILogger logger, [Pii] string email);
                internal static partial void SignedInRedacted(ILogger logger, string email) => logger.LogInformation(email);
            }
            class C
            {
                void M(ILogger logger, Person p) => Log.SignedInRedacted(logger, p.Email);
            }
            """);
        Assert.Empty(flows);
    }

    [Fact]
    public async Task AValueTurnedIntoTextByItsOwnTypeIsStillTheData()
    {
        // NSUuid.AsString is no table's row: a library method that makes text of a personal value keeps its category.
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(ILogger logger)
                {
                    var id = UIKit.UIDevice.CurrentDevice.IdentifierForVendor?.AsString() ?? "none";
                    logger.LogInformation(id);
                }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogInformation(id)' user.device.device_id -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task TheMessageNamesCategorySinkAndProcessorAndThePathIsInTheAdditionalLocations()
    {
        var diagnostics = await FlowHarness.Builder("""
            class C
            {
                void M(ILogger logger, Person p)
                {
                    var email = p.Email;
                    logger.LogInformation(email);
                }
            }
            """).GetDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics, d => d.Id == RuleIds.FlowToLog);
        Assert.Equal("user.contact.email is written to a log by LoggerExtensions.LogInformation (Microsoft.Extensions.Logging) without redaction", diagnostic.GetMessage());
        Assert.Equal(3, diagnostic.AdditionalLocations.Count);
        Assert.Equal(["p.Email", "email = p.Email", "logger.LogInformation(email)"], diagnostic.AdditionalLocations.Select(l => l.SourceTree!.GetText().ToString(l.SourceSpan)));
        Assert.Equal("log", diagnostic.Properties["sink"]);
        Assert.Equal("Microsoft.Extensions.Logging", diagnostic.Properties["processor"]);
    }
}
