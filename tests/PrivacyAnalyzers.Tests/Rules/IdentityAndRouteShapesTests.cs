using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// Shapes of real server code (issue 14): the scaffolded ASP.NET Core Identity pages (the signed-in account loaded from its
/// NameIdentifier claim, the external login, one-time sign-in codes) and route values, which name the resource a request
/// acts on rather than data the caller gives about themselves.
/// </summary>
public sealed class IdentityAndRouteShapesTests
{
    [Fact]
    public Task ScaffoldedIdentityPages() => TestBuilder.Create().WithSource("""
        using System.ComponentModel.DataAnnotations;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        public class LoginWith2faModel : PageModel
        {
            private readonly UserManager<IdentityUser> _userManager;
            private readonly SignInManager<IdentityUser> _signInManager;

            public LoginWith2faModel(UserManager<IdentityUser> userManager, SignInManager<IdentityUser> signInManager)
            {
                _userManager = userManager;
                _signInManager = signInManager;
            }

            [BindProperty]
            public InputModel {|#0:Input|} { get; set; } = new();

            // A reset token the app emailed and a flag: nothing the user gives about themselves.
            [BindProperty]
            public ResetModel Reset { get; set; } = new();

            public class InputModel
            {
                [Required]
                [DataType(DataType.Text)]
                public string TwoFactorCode { get; set; } = "";

                public bool RememberMachine { get; set; }
            }

            public class ResetModel
            {
                public string Code { get; set; } = "";

                public bool RememberMe { get; set; }
            }

            public async Task<IActionResult> OnGetAsync()
            {
                // The signed-in account, loaded from the NameIdentifier claim as GetUserId(User) reads it.
                var user = await {|#1:_userManager.GetUserAsync(User)|};
                if (user == null)
                {
                    return NotFound();
                }

                // The provider's id of the user (ProviderKey), from the external login cookie.
                var info = await {|#2:_signInManager.GetExternalLoginInfoAsync()|};

                // Not reads of the user: a status check and a sign-out.
                var enabled = await _userManager.GetTwoFactorEnabledAsync(user);
                await _signInManager.SignOutAsync();
                return enabled && info != null ? Page() : NotFound();
            }

            // The form posts the code (a [BindProperty] binds on POST only).
            public IActionResult OnPostAsync() => Input.TwoFactorCode.Length > 0 ? Page() : NotFound();
        }
        """).ShouldReportSites(
        (0, "user.authorization.credentials"),
        (1, "user.unique_id"),
        (2, "user.unique_id")).ValidateAsync();

    [Fact]
    public Task RecoveryCodeIsACredential() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        public class LoginWithRecoveryCodeModel : PageModel
        {
            [BindProperty]
            public InputModel {|#0:Input|} { get; set; } = new();

            // The scaffold marks the model's member too; only the page's properties bind, so the site is Input alone.
            public class InputModel
            {
                [BindProperty]
                public string RecoveryCode { get; set; } = "";
            }
        }

        // A model that is not a page: its [BindProperty] binds nothing.
        public sealed class Unbound
        {
            [BindProperty]
            public string Email { get; set; } = "";
        }
        """).ShouldReportSites((0, "user.authorization.credentials")).ValidateAsync();

    [Fact]
    public Task RouteValuesNameTheResourceNotTheCaller() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Mvc;

        [ApiController]
        [Route("profiles")]
        public sealed class ProfilesController : ControllerBase
        {
            // Another member's profile, followed or viewed: the route names whose.
            [HttpGet("{username}")]
            public IActionResult Get(string username) => Ok(username);

            [HttpPost("{username:minlength(1)}/follow")]
            public IActionResult Follow(string username) => Ok(username);

            [HttpGet("by-email")]
            public IActionResult Find([FromRoute] string email) => Ok(email);

            // The caller's own data, posted: still a site by its name.
            [HttpPost("me/email")]
            public IActionResult ChangeEmail(string {|#0:email|}) => Ok(email);

            // A route on the class: users/{username}/phone names the account; the phone is posted.
            [HttpPut("{usernames}")]
            public IActionResult NotTheSameName(string {|#1:username|}) => Ok(username);
        }

        [ApiController]
        [Route("users/{username}")]
        public sealed class UserPhoneController : ControllerBase
        {
            [HttpPut("phone")]
            public IActionResult SetPhone(string username, string {|#2:phoneNumber|}) => Ok(username + phoneNumber);
        }
        """).ShouldReportSites(
        (0, "user.contact.email"),
        (1, "user.account.username"),
        (2, "user.contact.phone_number")).ValidateAsync();

    [Fact]
    public Task MinimalApiRouteValues() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/profiles/{username:alpha}", (string username) => Results.Ok(username));
                app.MapGet("/files/{*email}", (string email) => Results.Ok(email));
                app.MapPost("/signup", (string {|#0:username|}) => Results.Ok(username));
            }
        }
        """).ShouldReportSites((0, "user.account.username")).ValidateAsync();

    [Fact]
    public Task LookupsByAValueObtainedElsewhere() => TestBuilder.Create().WithSource("""
        using System.ComponentModel.DataAnnotations;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        public class ForgotPasswordModel : PageModel
        {
            private readonly UserManager<IdentityUser> _userManager;

            public ForgotPasswordModel(UserManager<IdentityUser> userManager) => _userManager = userManager;

            [BindProperty]
            public InputModel {|#0:Input|} { get; set; } = new();

            public class InputModel
            {
                [EmailAddress]
                public string Email { get; set; } = "";
            }

            // The bound Input is the site; the lookup uses what it brought.
            public async Task OnPostAsync() => await _userManager.FindByEmailAsync(Input.Email);

            // A handler's parameter: the link the app sent, bound by the page.
            public async Task OnGetAsync(string email) => await _userManager.FindByEmailAsync(email);
        }

        public static class Seed
        {
            // Seed data: no one's.
            public static async Task Run(UserManager<IdentityUser> users)
            {
                string admin = "admin@example.com";
                await users.FindByNameAsync(admin);
                await users.FindByEmailAsync("demo@example.com");
            }

            public static async Task SeedUser(UserManager<IdentityUser> users, string userName) => await users.FindByNameAsync(userName);
        }

        public sealed class TokenService
        {
            // A local that is assigned again: where the value came from is not known here. The parameter itself is its
            // caller's value (a bound form, a claim), which the lookup only propagates.
            public async Task<IdentityUser?> Token(UserManager<IdentityUser> users, string userName)
            {
                var other = "nobody";
                other = userName.Trim();
                await {|#1:users.FindByNameAsync(other)|};
                return await users.FindByNameAsync(userName);
            }
        }
        """).ShouldReportSites(
        (0, "user.contact.email"),
        (1, "user.account.username")).ValidateAsync();

    [Fact]
    public Task NamesWhoseLastWordsSayWhatTheyHold() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Mvc;

        public sealed class InviteForm
        {
            public string RecipientEmail { get; set; } = "";
            public string SenderPhoneNumber { get; set; } = "";
            public string guardian_date_of_birth { get; set; } = "";

            // Endings that say too little, or say whose they are not: a product's, a culture's, a server's, an archive's.
            public string ProductName { get; set; } = "";
            public string CultureDisplayName { get; set; } = "";
            public string ServerAddress { get; set; } = "";
            public string ExportZip { get; set; } = "";
        }

        public sealed class CatalogForm
        {
            public string ProductName { get; set; } = "";
            public string CultureDisplayName { get; set; } = "";
            public string TeamAvatarUrl { get; set; } = "";
        }

        [ApiController]
        public sealed class InvitesController : ControllerBase
        {
            [HttpPost]
            public IActionResult Invite(InviteForm {|#0:form|}) => Ok();

            [HttpPost]
            public IActionResult Catalog(CatalogForm form, string mailboxName) => Ok();

            [HttpPost]
            public IActionResult Notify(string {|#1:replyToEmailAddress|}) => Ok();
        }
        """).ShouldReportSites(
        (0, "user.contact.email"),
        (0, "user.contact.phone_number"),
        (0, "user.demographic.date_of_birth"),
        (1, "user.contact.email")).ValidateAsync();

    [Fact]
    public Task AnExternalPrincipalsNameIsThePersonsName() => TestBuilder.Create().WithSource("""
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authentication;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;

        public static class ExternalSignIn
        {
            // The provider's principal: its Name claim is the person's name at GitHub or Google.
            public static async Task<string?> Complete(HttpContext context, SignInManager<IdentityUser> signIn)
            {
                var result = await context.AuthenticateAsync("External");
                var principal = result.Principal;
                var name = principal!.Identity?{|#0:.Name|};
                var info = await {|#1:signIn.GetExternalLoginInfoAsync()|};
                return name ?? {|#2:info!.Principal.Identity!.Name|};
            }

            // The app's own signed-in user: the account's user name.
            public static string? Current(HttpContext context) => context.User.Identity?{|#3:.Name|};

            // A principal the local does not keep: reassigned, so no longer the provider's.
            public static async Task<string?> Reassigned(HttpContext context)
            {
                var principal = (await context.AuthenticateAsync("External")).Principal;
                principal = context.User;
                return {|#4:principal.Identity!.Name|};
            }
        }
        """).ShouldReportSites(
        (0, "user.name"), (1, "user.unique_id"), (2, "user.name"),
        (3, "user.account.username"), (4, "user.account.username")).ValidateAsync();
}
