using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>
/// What makes a bound model request input (issue 14, held-out e-commerce pages): a <c>[BindProperty]</c> binds on a request
/// that posts (not on a display-only page), a Razor Pages POST handler's parameters are bound, an entity's navigation
/// property is not a part of the form, a form that derives from Identity's <c>IdentityUser</c> binds its inherited e-mail,
/// and an account lookup of a configured value is seed data.
/// </summary>
public sealed class BoundInputShapesTests
{
    private const string Models = """
        using System.Collections.Generic;

        public class Order
        {
            public int Id { get; set; }
            public string FirstName { get; set; } = "";
            public string Email { get; set; } = "";
            public Cart? Cart { get; set; }
        }

        public class Cart
        {
            public int Id { get; set; }
            public string UserEmail { get; set; } = "";
            public List<CartItem> CartItem { get; set; } = new();
            public List<Order> Order { get; set; } = new();
        }

        public class CartItem
        {
            public int ProductId { get; set; }
            public int Quantity { get; set; }
            public Cart? Cart { get; set; }
        }
        """;

    [Fact]
    public Task BindPropertyOnAPageThatOnlyDisplaysBindsNothing() => TestBuilder.Create().WithSources(new[]
    {
        Models,
        """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        // Filled from the database on GET, shown, never posted.
        public class OrderDetailsModel : PageModel
        {
            [BindProperty]
            public Order Order { get; set; } = new();

            public void OnGet(int id) => Order = new Order { Id = id };
        }

        // Posted by the checkout form.
        public class CheckoutModel : PageModel
        {
            [BindProperty]
            public Order {|#0:Order|} { get; set; } = new();

            public void OnGet() { }

            public void OnPostAsync() => System.Console.WriteLine(Order);
        }

        // SupportsGet binds the query string on GET too.
        public class SearchModel : PageModel
        {
            [BindProperty(SupportsGet = true)]
            public string {|#1:Email|} { get; set; } = "";

            public void OnGet() { }
        }

        // A named GET handler is still a GET: nothing is posted.
        [BindProperties]
        public class ReceiptModel : PageModel
        {
            public string Email { get; set; } = "";

            public void OnGetPrint() { }
        }
        """,
    }).ShouldReportSites((0, "user.name.first"), (0, "user.contact.email"), (1, "user.contact.email")).ValidateAsync();

    [Fact]
    public Task PostHandlerParametersAreBound() => TestBuilder.Create().WithSource("""
        using System.ComponentModel.DataAnnotations;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        public class RegisterModel : PageModel
        {
            public IActionResult OnPost(RegisterViewModel {|#0:input|}) => Page();

            public IActionResult OnPutProfileAsync(string {|#1:phoneNumber|}) => Page();

            // A GET handler's route id and query are the link's, not a posted form.
            public IActionResult OnGet(int id, string email) => Page();

            // Not a handler: a helper whose name only starts like one.
            public void Onboard(RegisterViewModel input) { }

            public class RegisterViewModel
            {
                [EmailAddress]
                public string Email { get; set; } = "";

                [DataType(DataType.Password)]
                public string Password { get; set; } = "";
            }
        }

        // Not a page: the same method name binds nothing.
        public class Importer
        {
            public void OnPost(RegisterModel.RegisterViewModel input) { }
        }
        """).ShouldReportSites(
        (0, "user.contact.email"), (0, "user.authorization.credentials"),
        (1, "user.contact.phone_number")).ValidateAsync();

    [Fact]
    public Task NavigationPropertiesAreNotPartsOfTheForm() => TestBuilder.Create().WithSources(new[]
    {
        Models,
        """
        using Microsoft.AspNetCore.Mvc;

        public class Address
        {
            public string Street { get; set; } = "";
            public string ZipCode { get; set; } = "";
        }

        public class SignUp
        {
            public string Nickname { get; set; } = "";
            public Address Home { get; set; } = new();
        }

        [ApiController]
        public sealed class CheckoutController : ControllerBase
        {
            // CartItem.Cart is the other end of Cart.CartItem: the database's, not the form's.
            [HttpPost("item")]
            public IActionResult Add(CartItem item) => Ok();

            // The cart posted on its own is a site.
            [HttpPost("cart")]
            public IActionResult Save(Cart {|#0:cart|}) => Ok();

            // A form's own part, which does not know the form, is followed.
            [HttpPost("signup")]
            public IActionResult SignUp(SignUp {|#1:form|}) => Ok();
        }
        """,
    }).ShouldReportSites(
        (0, "user.contact.email"),
        (1, "user.contact.address.street"), (1, "user.contact.address.postal_code")).ValidateAsync();

    [Fact]
    public Task AnIdentityUserFormBindsItsInheritedEmail() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.RazorPages;

        public class AppUser : IdentityUser
        {
            public string FirstName { get; set; } = "";
        }

        public class ProfilePageModel : PageModel
        {
            // Email, UserName and PhoneNumber are IdentityUser's, marked [ProtectedPersonalData]; Id, EmailConfirmed and
            // the password hash are the store's bookkeeping, not bound from a form.
            [BindProperty]
            public AppUser {|#0:Profile|} { get; set; } = new();

            public void OnPost() => System.Console.WriteLine(Profile);
        }

        // A scoped service a minimal API hands its handler: the account it holds was loaded from the store, not posted.
        public class TodoUser : IdentityUser { }

        public sealed class CurrentUser
        {
            public TodoUser? User { get; set; }
        }

        public static class Endpoints
        {
            public static void Map(Microsoft.AspNetCore.Builder.WebApplication app)
                => Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/todos", (CurrentUser owner) => owner.User);
        }
        """).ShouldReportSites(
        (0, "user.name.first"), (0, "user.contact.email"), (0, "user.account.username"), (0, "user.contact.phone_number")).ValidateAsync();

    [Fact]
    public Task LookupsOfAConfiguredAccountAreSeedData() => TestBuilder.Create().WithSource("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.Configuration;

        public static class RoleInitializer
        {
            public static void AddAdmin(UserManager<IdentityUser> users, IConfiguration config)
            {
                if (users.FindByNameAsync(config["AdminEmail"]).Result == null) { }
                _ = users.FindByEmailAsync(config.GetSection("Admin")["Email"]);
                _ = users.FindByEmailAsync(config.GetValue<string>("AdminEmail"));
            }
        }

        public sealed class AccountService
        {
            private readonly UserManager<IdentityUser> users;

            public AccountService(UserManager<IdentityUser> users) => this.users = users;

            // A value the service holds: where it came from is not known here, and the lookup keeps the site.
            public string Pending { get; set; } = "";

            public Task<IdentityUser?> FindPending() => {|#0:users.FindByEmailAsync(Pending)|};

            // A service's parameter: its caller obtained the value (a bound form, a claim); the lookup propagates it.
            public Task<IdentityUser?> Find(string email) => users.FindByEmailAsync(email);
        }
        """).ShouldReportSites((0, "user.contact.email")).ValidateAsync();

    [Fact]
    public Task AnExternalLoginsProviderKeyIsTheUsersId() => TestBuilder.Create().WithSource("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        public sealed class ExternalUserInfo
        {
            public string Username { get; set; } = "";
            public string ProviderKey { get; set; } = "";
        }

        public sealed class ExternalProvider
        {
            public string ProviderName { get; set; } = "";
            public string ProviderDisplayName { get; set; } = "";
        }

        public static class UsersApi
        {
            public static void Map(WebApplication app)
            {
                app.MapPost("/users/token/{provider}", (string provider, ExternalUserInfo {|#0:userInfo|}) => Results.Ok());
                app.MapPost("/providers", (ExternalProvider provider) => Results.Ok());
            }
        }
        """).ShouldReportSites((0, "user.account.username"), (0, "user.unique_id")).ValidateAsync();
}
