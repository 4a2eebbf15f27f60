using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>Data bound from the request into annotated types is collected where it is bound.</summary>
public sealed class RequestBindingTests
{
    private const string Forms = """
        using System.ComponentModel.DataAnnotations;
        using Microsoft.AspNetCore.Identity;

        public sealed class SignUpForm
        {
            [PersonalData] public string FirstName { get; set; } = "";
            [PersonalData] public string LastName { get; set; } = "";
            [EmailAddress] public string Email { get; set; } = "";
            [Phone] public string Phone { get; set; } = "";
            [PersonalData] public string ZipCode { get; set; } = "";
            [PersonalData] public string City { get; set; } = "";
            [PersonalData] public string Country { get; set; } = "";
            [PersonalData] public string JobTitle { get; set; } = "";
            [ProtectedPersonalData] public string Company { get; set; } = "";
            public bool Newsletter { get; set; }
        }

        public sealed record Feedback([property: DataType(DataType.EmailAddress)] string ReplyTo, string Text);

        public sealed class Search { public string Query { get; set; } = ""; }
        """;

    [Fact]
    public Task ControllerActionParameters() => TestBuilder.Create().WithSources(new[]
    {
        Forms,
        """
        using Microsoft.AspNetCore.Mvc;

        [ApiController]
        public sealed class AccountController : ControllerBase
        {
            [HttpPost]
            public IActionResult SignUp(SignUpForm {|#0:form|}) => Ok();

            [HttpGet]
            public IActionResult Find(Search search) => Ok();

            [NonAction]
            public void Helper(SignUpForm form) { }

            [HttpPost]
            public IActionResult Write([FromServices] SignUpForm service, Feedback {|#1:feedback|}) => Ok();
        }
        """,
    }).ShouldReportSites(
    (0, "user.contact.address.city"), (0, "user.contact.address.country"), (0, "user.contact.address.postal_code"),
    (0, "user.contact.email"), (0, "user.contact.phone_number"), (0, "user.name.first"), (0, "user.name.last"),
    (0, "user.job_title"), (0, "user.workplace"),
    (1, "user.contact.email")).ValidateAsync();

    [Fact]
    public Task MinimalApiHandlersAndRazorPages() => TestBuilder.Create().WithSources(new[]
    {
        Forms,
        """
        using System.ComponentModel.DataAnnotations;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;
        using PrivacyAnalyzers;

        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapPost("/feedback", (Feedback {|#0:feedback|}) => Results.Ok());
                app.MapPost("/search", (Search search) => Results.Ok());
                app.MapPost("/contact", ([EmailAddress] string {|#1:email|}) => Results.Ok());
                app.MapPost("/signup", [CollectsPersonalData("user", Purposes.EssentialService)] (SignUpForm form) => Results.Ok());
            }
        }

        public sealed class ContactModel : PageModel
        {
            [BindProperty] public Feedback? {|#2:Message|} { get; set; }
            public Feedback? NotBound { get; set; }
        }
        """,
    }).ShouldReportSites(
    (0, "user.contact.email"), (1, "user.contact.email"), (2, "user.contact.email")).ValidateAsync();
}
