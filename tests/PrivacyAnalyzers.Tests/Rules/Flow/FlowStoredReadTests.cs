using Xunit;

using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Flow.Data;
using PrivacyAnalyzers.Taxonomy;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// An account store's read of a member Identity classifies personal (<c>UserManager.GetEmailAsync(user)</c>, the
/// value of <c>IdentityUser.Email</c>) starts a flow, though it is no collection site (PRIV001 stays silent there);
/// the store's other calls (a truth value, an id), and a method of the same name on another type, do not.
/// </summary>
public sealed class FlowStoredReadTests
{
    [Fact]
    public async Task AnAccountStoresReadOfAClassifiedMemberStartsAFlow()
    {
        var diagnostics = await FlowHarness.Builder("""
            class C
            {
                async Task M(UserManager<IdentityUser> users, ILogger logger, string name)
                {
                    var user = await users.FindByIdAsync(name);
                    var email = await users.GetEmailAsync(user!);
                    logger.LogWarning("Password reset requested for " + email);
                    Console.WriteLine($"[reset] token issued for {email}");
                    var phone = await users.GetPhoneNumberAsync(user!);
                    logger.LogInformation("Texting {Phone}", phone);
                }
            }
            """).GetDiagnosticsAsync();
        Assert.Equal(
            [
                "PRIV101 'logger.LogWarning(\"Password reset requested for \" + email)' user.contact.email -> Microsoft.Extensions.Logging",
                "PRIV101 'Console.WriteLine($\"[reset] token issued for {email}\")' user.contact.email -> console",
                "PRIV101 'logger.LogInformation(\"Texting {Phone}\", phone)' user.contact.phone_number -> Microsoft.Extensions.Logging",
            ],
            diagnostics.Where(d => d.Id.StartsWith("PRIV1", StringComparison.Ordinal)).Select(FlowHarness.Describe));
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
    }

    [Fact]
    public async Task TheStoresOtherCallsAndALookAlikeElsewhereStartNoFlow()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                async Task M(UserManager<IdentityUser> users, Directory directory, ILogger logger, IdentityUser user)
                {
                    var confirmed = await users.IsEmailConfirmedAsync(user);
                    var id = await users.GetUserIdAsync(user);
                    logger.LogInformation("Confirmed {Confirmed} for {Id}", confirmed, id);
                    logger.LogInformation("Directory {Email}", await directory.GetEmailAsync(id));
                }
            }

            public sealed class Directory
            {
                public Task<string> GetEmailAsync(string id) => Task.FromResult("desk-" + id);
            }
            """);
        Assert.Empty(flows);
    }

    [Fact]
    public void TheTablesCategoriesAreKnownIds()
        => Assert.All(StoredReads.Categories, c => Assert.True(TaxonomyIndex.IsKnown(c, IdKind.Category), c));
}
