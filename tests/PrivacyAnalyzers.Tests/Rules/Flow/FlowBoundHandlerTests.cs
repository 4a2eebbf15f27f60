using Xunit;

using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// The bound-model flow sources of the site rule's other entry points: a Razor Pages handler that takes posted input
/// (<c>OnPost(string email)</c>, not <c>OnGet</c>, not a look-alike on another class), a minimal-API handler's parameters
/// (a lambda's and a method group's; not its services, its <c>HttpContext</c>, its <c>CancellationToken</c>, a
/// <c>[FromServices]</c> or a route value), and a <c>Name</c> beside a person's other members (an emergency contact's)
/// read through <c>?.</c>, while a <c>City</c> beside an email still starts no flow.
/// </summary>
public sealed class FlowBoundHandlerTests
{
    private const string PageUsings = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        """;

    [Fact]
    public async Task APostingPageHandlersNamedParametersAndModelMembersStartAFlow()
    {
        var flows = await FlowHarness.FlowsAsync(PageUsings + """
            public class RegisterModel(ILogger<RegisterModel> log) : PageModel
            {
                public IActionResult OnPost(string email, RegisterForm input)
                {
                    log.LogInformation("Registering {Email}", email);
                    log.LogInformation("Phone {Phone}", input.Phone);
                    log.LogInformation("Plan {Plan}", input.Plan);
                    return Page();
                }

                public IActionResult OnPutProfileAsync(string phoneNumber)
                {
                    log.LogInformation("New number {Phone}", phoneNumber);
                    return Page();
                }
            }

            public sealed class RegisterForm
            {
                [System.ComponentModel.DataAnnotations.Phone] public string Phone { get; set; } = "";
                public string Plan { get; set; } = "";
            }
            """);
        Assert.Equal(
            [
                "PRIV101 'log.LogInformation(\"Registering {Email}\", email)' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'log.LogInformation(\"Phone {Phone}\", input.Phone)' user.contact.phone_number -> Microsoft.Extensions.Logging",
                "PRIV101 'log.LogInformation(\"New number {Phone}\", phoneNumber)' user.contact.phone_number -> Microsoft.Extensions.Logging",
            ],
            flows);
    }

    [Fact]
    public async Task AGetHandlerAndALookAlikeOutsideAPageBindNothing()
    {
        var flows = await FlowHarness.FlowsAsync(PageUsings + """
            public class ConfirmModel(ILogger<ConfirmModel> log) : PageModel
            {
                // A GET handler's parameters are the link's query (an emailed confirmation link), not a posted form.
                public IActionResult OnGet(string email)
                {
                    log.LogInformation("Confirming {Email}", email);
                    return Page();
                }
            }

            public class Importer(ILogger<Importer> log)
            {
                // Not a page: the same name binds nothing.
                public void OnPost(string email) => log.LogInformation("Imported {Email}", email);
            }
            """);
        Assert.Empty(flows);
    }

    private const string EndpointUsings = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;

        """;

    [Fact]
    public async Task AMinimalApiHandlersBoundParametersStartAFlow()
    {
        var flows = await FlowHarness.FlowsAsync(EndpointUsings + """
            public sealed record Signup(string FullName, string Plan);

            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapPost("/subscribe", (string email, ILogger<Signup> log) => log.LogInformation("Subscribed {Email}", email));
                    app.MapPost("/signup", (Signup form, ILogger<Signup> log) =>
                    {
                        log.LogInformation("Welcome {Name}", form.FullName);
                        log.LogInformation("Plan {Plan}", form.Plan);
                        return Results.Ok();
                    });
                    var group = app.MapGroup("/api");
                    group.MapPut("/phone", Handlers.ChangePhone);
                }
            }

            public static class Handlers
            {
                public static IResult ChangePhone(string phoneNumber, ILogger<Signup> log)
                {
                    log.LogInformation("Phone now {Phone}", phoneNumber);
                    return Results.Ok();
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV101 'log.LogInformation(\"Subscribed {Email}\", email)' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'log.LogInformation(\"Welcome {Name}\", form.FullName)' user.name -> Microsoft.Extensions.Logging",
                "PRIV101 'log.LogInformation(\"Phone now {Phone}\", phoneNumber)' user.contact.phone_number -> Microsoft.Extensions.Logging",
            ],
            flows);
    }

    [Fact]
    public async Task AMinimalApiHandlersServicesRouteValuesAndUnmappedLambdasAreNotSources()
    {
        var flows = await FlowHarness.FlowsAsync(EndpointUsings + """
            public sealed class Mailbox { public string Email { get; set; } = ""; }

            public static class Endpoints
            {
                public static void Map(WebApplication app, List<Action<string>> hooks, ILogger<Mailbox> logger)
                {
                    // A route value names the resource the request acts on; services and the framework's own types are injected.
                    app.MapGet("/users/{email}", (string email, ILogger<Mailbox> log) => log.LogInformation("Profile of {Email}", email));
                    app.MapPost("/ping", (HttpContext context, System.Threading.CancellationToken token, [FromServices] Mailbox email, ILogger<Mailbox> log) =>
                        log.LogInformation("Ping from {Email}", email.Email));

                    // A lambda that is no handler: its parameter is whatever its caller passes.
                    hooks.Add(email => logger.LogInformation("Hook for {Email}", email));
                    Action<string> note = email => logger.LogInformation("Note for {Email}", email);
                    note("someone");
                }
            }

            public static class Other
            {
                // The same shape, never mapped: not a handler.
                public static IResult ChangePhone(string phoneNumber, ILogger<Mailbox> log)
                {
                    log.LogInformation("Phone now {Phone}", phoneNumber);
                    return Results.Ok();
                }
            }
            """);
        Assert.Empty(flows);
    }

    [Fact]
    public async Task AHandlersSourceIsTheBoundModelRulesSiteAtNameConfidence()
    {
        var diagnostics = await FlowHarness.Builder(EndpointUsings + """
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                    => app.MapPost("/subscribe", (string email, ILogger<Mailbox> log) => log.LogInformation("Subscribed {Email}", email));
            }

            public sealed class Mailbox { }
            """).GetDiagnosticsAsync();
        var flow = Assert.Single(diagnostics, d => d.Id == RuleIds.FlowToLog);
        Assert.True(SiteCodec.TryReadFlow(flow, out var read));
        Assert.Equal(("user.contact.email", CollectionSite.NameConfidence, SiteKind.RequestBinding), (read!.Source.Category, read.Source.Confidence, read.Source.Kind));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    private const string Contacts = """
        [Microsoft.AspNetCore.Mvc.ApiController]
        public sealed class MembersController(ILogger<MembersController> log, Journal journal) : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            [Microsoft.AspNetCore.Mvc.HttpPost]
            public void Join([Microsoft.AspNetCore.Mvc.FromBody] Joining request)
            {
                journal.ContactAdded(request.Emergency?.Name);
                log.LogInformation("Club {City}", request.Visit?.City);
                log.LogInformation("Club {Name}", request.Club?.Name);
            }
        }

        public sealed class Journal(ILogger<Journal> log)
        {
            public void ContactAdded(string? name)
            {
                var shown = name ?? "(none)";
                Record(shown);
            }

            private void Record(string subject) => log.LogInformation("Contact {Subject}", subject);
        }

        public sealed class Joining
        {
            [System.ComponentModel.DataAnnotations.EmailAddress] public string Email { get; set; } = "";
            public EmergencyContact? Emergency { get; set; }
            public Visit? Visit { get; set; }
            public Club? Club { get; set; }
        }

        public sealed class EmergencyContact
        {
            public string? Name { get; set; }
            [System.ComponentModel.DataAnnotations.Phone] public string? Phone { get; set; }
        }

        public sealed class Visit
        {
            [System.ComponentModel.DataAnnotations.EmailAddress] public string? Email { get; set; }
            public string? City { get; set; }
        }

        // No personal member beside it: a club's name is no one's.
        public sealed class Club { public string? Name { get; set; } public int Seats { get; set; } }
        """;

    [Fact]
    public async Task ANameBesideAPersonsOtherMembersStartsAFlowThroughNullConditionalsAndHelpers()
    {
        var flows = await FlowHarness.FlowsAsync(Contacts);
        Assert.Equal(["PRIV101 'journal.ContactAdded(request.Emergency?.Name)' user.name -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task ANameBesideAPersonIsOffWithTheBoundMemberNamesOption()
    {
        var flows = await FlowHarness.FlowsAsync(FlowHarness.Builder(Contacts).WithEditorConfig("privacy_analyzers.bound_member_names = false"));
        Assert.Empty(flows);
    }
}
