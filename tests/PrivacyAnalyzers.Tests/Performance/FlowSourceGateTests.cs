using PrivacyAnalyzers.Tests.Rules.Flow;
using Xunit;

namespace PrivacyAnalyzers.Tests.Performance;

/// <summary>
/// The flow pre-check decides whether a member may carry a classification attribute without asking for its
/// attributes: a member of a source type by whether any member declaration of the type (any part, its record
/// parameters included) has an attribute list at all, a lambda's or local function's parameter by its own
/// declaration (an attribute list in a parameter list around its use), a member of a referenced assembly by that assembly. Each place an attribute can come from is
/// tested here as a source, with the same code unclassified beside it as none.
/// </summary>
public sealed class FlowSourceGateTests
{
    private const string Pii = """
        using Microsoft.Extensions.Compliance.Classification;
        sealed class PiiAttribute : DataClassificationAttribute
        {
            public PiiAttribute() : base(new DataClassification("taxonomy", "pii")) { }
        }

        """;

    private const string Logged = "PRIV101 'logger.LogInformation(email)' user.contact.email -> Microsoft.Extensions.Logging";

    [Fact]
    public async Task AMemberClassifiedInAnotherPartOfAPartialTypeIsASource()
    {
        var flows = await FlowHarness.FlowsAsync(Pii + """
            partial class Contact { [Pii] public string Email { get; set; } = ""; }
            partial class Contact { public string Nickname { get; set; } = ""; }
            partial class Plain { public string Email { get; set; } = ""; }
            partial class Plain { public string Nickname { get; set; } = ""; }
            class C
            {
                void Classified(ILogger logger, Contact c) { var email = c.Email; logger.LogInformation(email); }
                void Unclassified(ILogger logger, Plain p) { var email = p.Email; logger.LogInformation(email); }
            }
            """);
        Assert.Equal([Logged], flows);
    }

    [Fact]
    public async Task ARecordParameterClassifiedForItsPropertyIsASource()
    {
        var flows = await FlowHarness.FlowsAsync(Pii + """
            record Contact([property: Pii] string Email);
            record Plain(string Email);
            class C
            {
                void Classified(ILogger logger, Contact c) { var email = c.Email; logger.LogInformation(email); }
                void Unclassified(ILogger logger, Plain p) { var email = p.Email; logger.LogInformation(email); }
            }
            """);
        Assert.Equal([Logged], flows);
    }

    [Fact]
    public async Task AClassificationWrittenThroughAnAliasIsASource()
    {
        // The type check looks for any attribute list, not for the attribute's name: an alias names it otherwise.
        var flows = await FlowHarness.FlowsAsync("using Secret = PiiAttribute;\n" + Pii + """
            class Contact { [Secret] public string Email { get; set; } = ""; }
            class Plain { [Obsolete] public string Email { get; set; } = ""; }
            class C
            {
                void Classified(ILogger logger, Contact c) { var email = c.Email; logger.LogInformation(email); }
                void Unclassified(ILogger logger, Plain p) { var email = p.Email; logger.LogInformation(email); }
            }
            """);
        Assert.Equal([Logged], flows);
    }

    [Fact]
    public async Task AReferencedAssemblysClassifiedMemberIsASourceAndItsPlainMemberIsNot()
    {
        // IdentityUser's Email carries [ProtectedPersonalData] (a [PersonalData]); its ConcurrencyStamp carries nothing.
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void Classified(ILogger logger, IdentityUser u) { var email = u.Email; logger.LogInformation(email); }
                void Unclassified(ILogger logger, IdentityUser u) { var email = u.ConcurrencyStamp; logger.LogInformation(email); }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogInformation(email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }

    [Fact]
    public async Task AClassifiedMemberReadThroughALambdasParameterIsStillASource()
    {
        // The pre-check passes over a lambda's unattributed parameter (`p`), not over the member read through it.
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void Classified(ILogger logger)
                {
                    Func<Person, string> log = p => { logger.LogInformation(p.Email); return ""; };
                    log(new Person());
                }

                void Unclassified(ILogger logger)
                {
                    Func<Person, string> log = p => { logger.LogInformation(p.Id.ToString()); return ""; };
                    log(new Person());
                }
            }
            """);
        Assert.Equal(["PRIV101 'logger.LogInformation(p.Email)' user.contact.email -> Microsoft.Extensions.Logging"], flows);
    }
}
