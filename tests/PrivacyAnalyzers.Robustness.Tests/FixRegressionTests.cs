using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PrivacyAnalyzers.Robustness.Tests;

/// <summary>
/// The smallest code that shows each problem the corpus tests found in the fixes (CodeFixTests), one
/// test per problem, so the cause is plain when one fails.
/// </summary>
public sealed class FixRegressionTests
{
    private const string PolicyPath = "/repo/PrivacyPolicy.txt";

    [Theory]
    [InlineData("""
        using System.Security.Claims;
        using PrivacyAnalyzers;

        class Accounts
        {
            [CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)]
            public static string? Kind(ClaimsPrincipal user)
                => user.Identity?.AuthenticationType;
        }
        """, """
        using System.Security.Claims;
        using PrivacyAnalyzers;

        class Accounts
        {
            public static string? Kind(ClaimsPrincipal user)
                => user.Identity?.AuthenticationType;
        }
        """)]
    [InlineData("""
        using System.Security.Claims;
        using PrivacyAnalyzers;

        class Accounts
        {
            [CollectsPersonalData(DataCategories.Email, Purposes.EssentialService)]
            public static string Kind(ClaimsPrincipal user)
            {
                var  kind  =  user.Identity?.AuthenticationType;   // aligned
                return kind ?? "none";
            }
        }
        """, """
        using System.Security.Claims;
        using PrivacyAnalyzers;

        class Accounts
        {
            public static string Kind(ClaimsPrincipal user)
            {
                var  kind  =  user.Identity?.AuthenticationType;   // aligned
                return kind ?? "none";
            }
        }
        """)]
    public async Task RemovingAnUnusedDeclarationLeavesTheMemberAsItWas(string code, string expected)
    {
        var result = await FixFirstAsync(code, null, "UnusedDeclarationFixer", RuleIds.UnusedDeclaration, key: null);
        Assert.Equal(expected, result.Code);
    }

    [Fact]
    public async Task DeclaringOnALocalFunctionKeepsTheLinesAroundIt()
    {
        const string Code = """
            using Microsoft.AspNetCore.Http;

            class Visits
            {
                string Describe(HttpContext context)
                {
                    var prefix = "visit";

                    string Address() => context.Connection.RemoteIpAddress?.ToString() ?? "";

                    return prefix + Address();
                }
            }
            """;
        var result = await FixFirstAsync(Code, null, "UndeclaredCollectionFixer", RuleIds.UndeclaredCollection, "PRIV001|Member|essential.service");
        Assert.Contains("[CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]", result.Code, StringComparison.Ordinal);
        Assert.True(result.Violations.Count == 0, string.Join("\n", result.Violations) + "\n" + result.Code);
    }

    /// <summary>
    /// "Disclose the IP address for P" must not also allow, in the legal text, the purpose of an
    /// unrelated declaration that the policy forbids (PRIV002): no action with that key does that.
    /// </summary>
    [Fact]
    public async Task FixAllOfADiscloseChoiceChangesOnlyWhatThatChoiceChanges()
    {
        const string Code = """
            using System.Security.Claims;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers;

            class Shop
            {
                [CollectsPersonalData(DataCategories.Email, Purposes.Advertising)]
                string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);

                [CollectsPersonalData(DataCategories.IpAddress, Purposes.EssentialService)]
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

                object? Cookie(HttpContext c) => c.Request.Cookies["id"];
            }
            """;
        const string Policy = "user.contact.email: essential.service\n";
        await AssertFixAllMatchesOneByOneAsync(Code, Policy, "PolicyFixer", RuleIds.CategoryNotDisclosed, d => !d.Properties.ContainsKey("purposes"));
    }

    /// <summary>
    /// Fix All for "declare on the member for essential.service.security" must declare where that
    /// action is offered (the IP address, which the policy allows for security), not on the cookie,
    /// for which the fix offers only the policy's and the taxonomy's suggested purposes.
    /// </summary>
    [Fact]
    public async Task FixAllDeclaresAPurposeOnlyWhereTheFixOffersIt()
    {
        const string Code = """
            using Microsoft.AspNetCore.Http;

            class Visits
            {
                object? Ip(HttpContext c) => c.Connection.RemoteIpAddress;

                object? Cookie(HttpContext c) => c.Request.Cookies["id"];
            }
            """;
        const string Policy = "user.device.ip_address: essential.service.security\nuser.device.cookie_id: essential.service\n";
        await AssertFixAllMatchesOneByOneAsync(Code, Policy, "UndeclaredCollectionFixer", RuleIds.UndeclaredCollection, d => d.GetMessage().Contains("IP address", StringComparison.Ordinal));
    }

    private static CorpusProject Project(string code, string? policy)
        => new("regression", ImmutableArray.Create(new SourceFile("/repo/regression/Code.cs", code)), OutputKind.DynamicallyLinkedLibrary, policy is null ? null : PolicyPath, policy, TestReferences.All);

    private static CodeFixProvider Fixer(string name) => Plugins.Fixers().Single(f => f.GetType().Name == name);

    /// <summary>Applies the fixer's action (the first, or the one with <paramref name="key"/>) to the first diagnostic of <paramref name="id"/>.</summary>
    private static async Task<(string Code, IReadOnlyList<string> Violations)> FixFirstAsync(string code, string? policy, string fixerName, string id, string? key)
    {
        var solution = FixHarness.CreateSolution(new[] { Project(code, policy) });
        var project = solution.Projects.Single();
        var diagnostic = (await FixHarness.AnalyzeAsync(project)).First(d => d.Id == id);
        var actions = await FixHarness.ActionsAsync(Fixer(fixerName), project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic);
        var action = key is null ? actions.First() : actions.Single(a => a.EquivalenceKey == key);
        var after = await FixHarness.ApplyAsync(action, solution);
        var step = new FixStep(diagnostic, diagnostic.ToString(), Fixer(fixerName), action, solution, after);
        var text = (await after.Projects.Single().Documents.Single().GetTextAsync()).ToString();
        return (text, await EditCheck.ViolationsAsync(step));
    }

    /// <summary>Fix All (solution scope) for the key of the first action offered on the chosen diagnostic equals applying that key one by one.</summary>
    private static async Task AssertFixAllMatchesOneByOneAsync(string code, string policy, string fixerName, string id, Func<Diagnostic, bool> choose)
    {
        var fixer = Fixer(fixerName);
        var solution = FixHarness.CreateSolution(new[] { Project(code, policy) });
        var project = solution.Projects.Single();
        var diagnostic = (await FixHarness.AnalyzeAsync(project)).First(d => d.Id == id && choose(d));
        var key = (await FixHarness.ActionsAsync(fixer, project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic)).First().EquivalenceKey!;

        var (oneByOne, _) = await FixHarness.FixOneByOneAsync(solution, ImmutableArray.Create(fixer), actions => actions.FirstOrDefault(a => a.EquivalenceKey == key));
        var fixAll = await FixHarness.FixAllAsync(solution, fixer, key);
        var expected = await FixHarness.TextsAsync(oneByOne);
        var actual = await FixHarness.TextsAsync(fixAll);
        foreach (var (path, text) in expected)
        {
            Assert.True(text == actual[path], $"Fix All '{key}' differs from applying '{key}' one by one in {path} (- one by one, + Fix All):\n{EditCheck.Diff(text, actual[path])}");
        }
    }
}
