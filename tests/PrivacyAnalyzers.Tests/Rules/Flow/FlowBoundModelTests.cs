using Xunit;

using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// Bound request models as flow sources: the members the bound-model site rule finds personal (annotated, or
/// named for what they hold) start a flow wherever they are read, at that rule's confidence; the model's other
/// members, sizes and tests of them, a name that says what it holds only beside personal data, a type no action
/// binds and the option that turns names off do not.
/// </summary>
public sealed class FlowBoundModelTests
{
    private const string Model = """

        public sealed class SignUp
        {
            public string FullName { get; set; } = "";
            [System.ComponentModel.DataAnnotations.EmailAddress] public string Email { get; set; } = "";
            public DateOnly DateOfBirth { get; set; }
            public string Plan { get; set; } = "";
            public int Nights { get; set; }
            public bool WantsNewsletter { get; set; }
            public Contact? Contact { get; set; }
        }
        public sealed class Contact { public string? MobilePhone { get; set; } }
        public sealed class Question
        {
            [System.ComponentModel.DataAnnotations.EmailAddress] public string Email { get; set; } = "";
            public string City { get; set; } = "";
        }
        public sealed class NotBound { public string FullName { get; set; } = ""; }
        public class Member { public int Id { get; set; } public string Name { get; set; } = ""; public DateOnly Born { get; set; } public string Plan { get; set; } = ""; public int Nights { get; set; } public int NameLength { get; set; } public string? Mobile { get; set; } }
        public class Club : Microsoft.EntityFrameworkCore.DbContext
        {
            public Microsoft.EntityFrameworkCore.DbSet<Member> Members => Set<Member>();
        }
        """;

    private const string Controller = """
        [Microsoft.AspNetCore.Mvc.ApiController]
        public sealed class SignUpController(Club db, ILogger<SignUpController> log, Welcome welcome) : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            [Microsoft.AspNetCore.Mvc.HttpPost]
            public void Create([Microsoft.AspNetCore.Mvc.FromBody] SignUp request)
            {
                db.Members.Add(new Member
                {
                    Name = request.FullName,
                    Born = request.DateOfBirth,
                    Plan = request.Plan,
                    Nights = request.Nights,
                    NameLength = request.FullName.Length,
                    Mobile = request.Contact?.MobilePhone,
                });
                log.LogInformation("Plan {Plan} for {Nights} nights, newsletter {News}", request.Plan, request.Nights, request.WantsNewsletter);
                welcome.Send(request);
            }

            [Microsoft.AspNetCore.Mvc.HttpPost("ask")]
            public void Ask([Microsoft.AspNetCore.Mvc.FromBody] Question question) => log.LogInformation("Question about {City}", question.City);

            [Microsoft.AspNetCore.Mvc.HttpPost("forgot")]
            public void Forgot(string email) => log.LogInformation("Reset asked for {Email}", email);
        }

        public sealed class Welcome(ILogger<Welcome> log)
        {
            // Handed the whole request by the action: its members are still the request's.
            public void Send(SignUp request) => log.LogInformation("Welcome {Name}", request.FullName);

            public void Other(NotBound model) => log.LogInformation("Other {Name}", model.FullName);
        }
        """;

    [Fact]
    public async Task BoundMembersNamedForWhatTheyHoldStartAFlowAndTheOthersDoNot()
    {
        var flows = await FlowHarness.FlowsAsync(Controller + Model);
        Assert.Equal(
            [
                "PRIV104 'Name = request.FullName' user.name -> database (EF Core)",
                "PRIV104 'Born = request.DateOfBirth' user.demographic.date_of_birth -> database (EF Core)",
                "PRIV104 'Mobile = request.Contact?.MobilePhone' user.contact.phone_number -> database (EF Core)",
                "PRIV101 'log.LogInformation(\"Reset asked for {Email}\", email)' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'log.LogInformation(\"Welcome {Name}\", request.FullName)' user.name -> Microsoft.Extensions.Logging",
            ],
            flows);
    }

    [Fact]
    public async Task ANameOnlyMemberFlowsAtNameConfidenceAndAnAnnotatedOneAtFull()
    {
        var diagnostics = await FlowHarness.Builder("""
            [Microsoft.AspNetCore.Mvc.ApiController]
            public sealed class C(ILogger<C> log) : Microsoft.AspNetCore.Mvc.ControllerBase
            {
                [Microsoft.AspNetCore.Mvc.HttpPost]
                public void Create([Microsoft.AspNetCore.Mvc.FromBody] SignUp request)
                {
                    log.LogInformation("{Name}", request.FullName);
                    log.LogInformation("{Email}", request.Email);
                }
            }
            """ + Model).GetDiagnosticsAsync();
        var flows = diagnostics.Where(d => d.Id == RuleIds.FlowToLog).ToList();
        Assert.Equal(2, flows.Count);
        Assert.True(SiteCodec.TryReadFlow(flows[0], out var byName));
        Assert.Equal(("user.name", CollectionSite.NameConfidence, SiteKind.RequestBinding), (byName!.Source.Category, byName.Source.Confidence, byName.Source.Kind));
        Assert.True(SiteCodec.TryReadFlow(flows[1], out var annotated));
        Assert.Equal(("user.contact.email", (string?)null), (annotated!.Source.Category, annotated.Source.Confidence));
    }

    [Fact]
    public async Task TheBoundMemberNamesOptionTurnsNameOnlyMembersOff()
    {
        var flows = await FlowHarness.FlowsAsync(FlowHarness.Builder(Controller + Model).WithEditorConfig("privacy_analyzers.bound_member_names = false"));
        Assert.Empty(flows);
    }

    [Fact]
    public async Task AMemberOfATypeNoActionBindsIsNotASource()
    {
        var flows = await FlowHarness.FlowsAsync("""
            public sealed class Job(ILogger<Job> log)
            {
                public void Run(SignUp form, NotBound other)
                {
                    log.LogInformation("{Name}", form.FullName);
                    log.LogInformation("{Name}", other.FullName);
                }
            }
            """ + Model);
        Assert.Empty(flows);
    }
}
