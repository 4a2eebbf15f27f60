using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// Issue 14 on server code, the shapes of hand-made cookie logins and Razor Pages CRUD sites (held-out repos4 dev data):
/// a cookie the app sets and reads back is one site, where it is read; a cookie's name says what it holds; a
/// <c>[BindProperty]</c> a page never uses when it is posted (a delete or confirmation page) binds nothing, nor do the
/// members the page sets itself; a Web Push subscription is a push token; an age beside a person's data is theirs.
/// </summary>
public sealed class ServerCookieAndPageShapesTests
{
    [Fact]
    public Task ACookieTheAppReadsBackIsASiteWhereItIsReadNotWhereItIsSet() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Http;

        static class Names
        {
            public const string Basket = "basket-owner";
        }

        class LogIn
        {
            void SignIn(HttpContext context, string id, string firstName, string anonymous)
            {
                // Written here, read back below: the reads are the sites.
                context.Response.Cookies.Append("customerCookie", id);
                context.Response.Cookies.Append(Names.Basket, anonymous);
                string key = "AnonymousUser";
                context.Response.Cookies.Append(key, anonymous);

                // Never read back by the app (a script's tracking id): where it reaches the device is the site.
                {|#0:context.Response.Cookies|}.Append("tracker", id);
            }

            void Read(HttpContext context)
            {
                var customer = {|#1:context.Request.Cookies|}["customerCookie"];
                var basket = {|#2:context.Request.Cookies|}.ContainsKey(Names.Basket);
                var visitor = {|#3:context.Request.Cookies|}["AnonymousUser"];
            }
        }
        """).ShouldReportSites(
        (0, "user.device.cookie_id"), (1, "user.unique_id"), (2, "user.device.cookie_id"), (3, "user.device.cookie_id")).ValidateAsync();

    [Fact]
    public Task ACookieNameSaysWhatItHolds() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Http;

        class Pages
        {
            void Read(HttpContext context)
            {
                var first = {|#0:context.Request.Cookies|}["userFirstName"];
                var email = {|#1:context.Request.Cookies|}["user-email"];
                var admin = {|#2:context.Request.Cookies|}["adminCookie"];
                var guest = {|#3:context.Request.Cookies|}["guest_user"];
                var session = {|#4:context.Request.Cookies|}["sid"];

                // App state: a status message shown once after a redirect, MVC's TempData.
                var status = context.Request.Cookies["Identity.StatusMessage"];
                context.Response.Cookies.Append("Identity.StatusMessage", "Saved");
                var temp = context.Request.Cookies[".AspNetCore.Mvc.CookieTempDataProvider"];
            }
        }
        """).ShouldReportSites(
        (0, "user.name.first"), (1, "user.contact.email"), (2, "user.unique_id"), (3, "user.device.cookie_id"), (4, "user.device.cookie_id")).ValidateAsync();

    private const string UserModel = """
        using System.ComponentModel.DataAnnotations;

        public class TheUser
        {
            public int TheUserId { get; set; }
            public string FirstName { get; set; } = "";
            [EmailAddress]
            public string Email { get; set; } = "";
            public string Password { get; set; } = "";
        }

        public class Booking
        {
            public int BookingId { get; set; }
            public TheUser? TheUser { get; set; }
            public System.DateTime StartDate { get; set; }
            public string? Note { get; set; }
            public string? ContactEmail { get; set; }
        }

        public interface IUsers
        {
            System.Threading.Tasks.Task<TheUser> Get(int? id);
            System.Threading.Tasks.Task Delete(int? id);
            System.Threading.Tasks.Task Save(TheUser user);
            System.Threading.Tasks.Task Save(Booking booking);
        }
        """;

    [Fact]
    public Task ABoundPropertyAPagePostsButNeverUsesBindsNothing() => TestBuilder.Create().WithSources(new[]
    {
        UserModel,
        """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        // A delete page: shown from the database, the POST deletes by the route id.
        public class DeleteUserModel : PageModel
        {
            private readonly IUsers users = null!;

            [BindProperty]
            public TheUser TheUser { get; set; } = default!;

            public async Task OnGetAsync(int? id) => TheUser = await users.Get(id);

            public async Task<IActionResult> OnPostAsync(int? id)
            {
                await users.Delete(id);
                return RedirectToPage("/Users");
            }
        }

        // A confirmation page: the POST only checks that something was posted.
        public class ConfirmationModel : PageModel
        {
            [BindProperty]
            public TheUser Confirmed { get; set; } = default!;

            public IActionResult OnPost()
            {
                if (Confirmed == null || this.Confirmed is null)
                {
                    return NotFound();
                }

                return RedirectToPage("/Done");
            }
        }

        // An edit page: the POST saves what was posted.
        public class EditUserModel : PageModel
        {
            private readonly IUsers users = null!;

            [BindProperty]
            public TheUser {|#0:TheUser|} { get; set; } = default!;

            public async Task OnGetAsync(int? id) => TheUser = await users.Get(id);

            public async Task OnPostAsync() => await users.Save(TheUser);
        }

        // A create page whose handler hands the work to a helper of its own.
        public class CreateUserModel : PageModel
        {
            private readonly IUsers users = null!;

            [BindProperty]
            public TheUser {|#1:NewUser|} { get; set; } = default!;

            public Task OnPostAsync() => SaveAsync();

            private Task SaveAsync() => users.Save(NewUser);
        }
        """,
    }).ShouldReportSites(
        (0, "user.name.first"), (0, "user.contact.email"), (0, "user.authorization.credentials"),
        (1, "user.name.first"), (1, "user.contact.email"), (1, "user.authorization.credentials")).ValidateAsync();

    [Fact]
    public Task MembersAPageSetsItselfAreNotTheFormsInput() => TestBuilder.Create().WithSources(new[]
    {
        UserModel,
        """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        // The booking form posts dates and a contact e-mail; the signed-in user is attached by the page, from the database.
        public class CreateBookingModel : PageModel
        {
            private readonly IUsers users = null!;

            [BindProperty]
            public Booking {|#0:Booking|} { get; set; } = default!;

            public async Task OnPostAsync(int userId)
            {
                Booking.TheUser = await users.Get(userId);
                await users.Save(Booking);
            }
        }

        // The same booking, with the user posted by the form itself: its members are the form's.
        public class AdminBookingModel : PageModel
        {
            private readonly IUsers users = null!;

            [BindProperty]
            public Booking {|#1:Booking|} { get; set; } = default!;

            public Task OnPostAsync() => users.Save(Booking);
        }
        """,
    }).ShouldReportSites(
        (0, "user.contact.email"),
        (1, "user.contact.email"), (1, "user.name.first"), (1, "user.authorization.credentials")).ValidateAsync();

    [Fact]
    public Task AWebPushSubscriptionIsAPushTokenAndAnAgeBesidePersonalDataIsTheirs() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;

        public class NotificationSubscription
        {
            public string? UserId { get; set; }
            public string? Url { get; set; }
            public string? P256dh { get; set; }
            public string? Auth { get; set; }
        }

        // An API key pair: "Auth" alone says nothing.
        public class ApiCredentials
        {
            public string? Url { get; set; }
            public string? Auth { get; set; }
        }

        public class RegisterForm
        {
            public string Email { get; set; } = "";
            public int? Age { get; set; }
        }

        // A wine's age, beside nothing personal.
        public class Wine
        {
            public string Label { get; set; } = "";
            public int Age { get; set; }
        }

        public static class Api
        {
            public static void Map(WebApplication app)
            {
                app.MapPut("/notifications/subscribe", (NotificationSubscription {|#0:subscription|}) => Results.Ok());
                app.MapPut("/keys", (ApiCredentials credentials) => Results.Ok());
                app.MapPost("/register", (RegisterForm {|#1:form|}) => Results.Ok());
                app.MapPost("/wines", (Wine wine) => Results.Ok());
            }
        }
        """).ShouldReportSites(
        (0, "user.device.device_id"), (1, "user.contact.email"), (1, "user.demographic.age_range")).ValidateAsync();

    [Fact]
    public Task AnUploadedFileNamedAsItsPersonsPictureIsTheirImage() => TestBuilder.Create().WithSource("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;

        public class UsersController : Controller
        {
            public Task<IActionResult> UploadAvatar(IFormFile {|#0:file|}) => Task.FromResult<IActionResult>(Ok(file.Length));

            [HttpPost]
            public IActionResult Profile(IFormFile {|#1:profilePhoto|}) => Ok(profilePhoto.Length);

            // An invoice, a product's image: nothing says whose.
            public IActionResult UploadInvoice(IFormFile file) => Ok(file.Length);

            public IActionResult ProductImage(IFormFile image) => Ok(image.Length);
        }
        """).ShouldReportSites((0, "user.content.self_image"), (1, "user.content.self_image")).ValidateAsync();

    [Fact]
    public Task APageThatReadsOnlySomeMembersTakesInThoseMembers() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        public class AppUser : IdentityUser
        {
            public string FirstName { get; set; } = "";
            public string City { get; set; } = "";
        }

        // The profile form posts a first name and an e-mail, copied one by one; the inherited UserName and PhoneNumber are
        // never read, so nothing of them is taken in. City is the form type's own: its form posts it, read or not.
        public class ProfileModel : PageModel
        {
            [BindProperty]
            public AppUser {|#0:Profile|} { get; set; } = new();

            private readonly AppUser stored = new();

            public void OnPost()
            {
                stored.FirstName = Profile.FirstName;
                stored.Email = Profile?.Email;
            }
        }

        // A property named as its type: UserManager<AppUser> names the type, not the property.
        public class AccountModel : PageModel
        {
            private readonly UserManager<AppUser> users = null!;

            [BindProperty]
            public AppUser {|#2:AppUser|} { get; set; } = new();

            public void OnPost() => System.Console.WriteLine(AppUser.FirstName + users.GetHashCode());
        }

        // Handed on whole: every member is the form's.
        public class RegisterModel : PageModel
        {
            [BindProperty]
            public AppUser {|#1:Account|} { get; set; } = new();

            private readonly UserManager<AppUser> users = null!;

            public void OnPost() => users.CreateAsync(Account);
        }
        """).ShouldReportSites(
        (0, "user.name.first"), (0, "user.contact.email"), (0, "user.contact.address.city"),
        (1, "user.name.first"), (1, "user.contact.email"), (1, "user.account.username"), (1, "user.contact.phone_number"),
        (1, "user.contact.address.city"),
        (2, "user.name.first"), (2, "user.contact.address.city")).ValidateAsync();
}
