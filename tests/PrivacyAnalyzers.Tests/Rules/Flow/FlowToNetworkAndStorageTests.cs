using Microsoft.CodeAnalysis;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>PRIV103 (network: HTTP, SMTP, gRPC) and PRIV104 (preferences, files, EF Core).</summary>
public sealed class FlowToNetworkAndStorageTests
{
    [Fact]
    public async Task HttpQueryIsInfoAndPlainHttpIsAWarning()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                async Task M(HttpClient http, Person p)
                {
                    await http.GetAsync($"https://api.example.com/users?email={p.Email}");
                    await http.GetAsync($"http://api.example.com/users?email={p.Email}");
                    await http.GetAsync("https://api.example.com/status");
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/users");
                    request.Content = new StringContent(p.Email);
                    await http.SendAsync(request);
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV103 Info 'http.GetAsync($\"https://api.example.com/users?email={p.Email}\")' user.contact.email -> HTTP endpoint",
                "PRIV103 Warning 'http.GetAsync($\"http://api.example.com/users?email={p.Email}\")' user.contact.email -> HTTP endpoint",
                "PRIV103 Info 'http.SendAsync(request)' user.contact.email -> HTTP endpoint",
            ],
            flows);
    }

    [Fact]
    public async Task SmtpAndGrpc()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class Client : Grpc.Core.ClientBase<Client>
            {
                protected override Client NewInstance(ClientBaseConfiguration configuration) => this;
                public string Lookup(string email) => email;
            }
            class C
            {
                void M(System.Net.Mail.SmtpClient smtp, Client grpc, Person p)
                {
                    smtp.Send(new System.Net.Mail.MailMessage("shop@example.com", "ops@example.com", "new user", "email: " + p.Email));
                    grpc.Lookup(p.Email);
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV103 Info 'smtp.Send(new System.Net.Mail.MailMessage(\"shop@example.com\", \"ops@example.com\", \"new user\", \"email: \" + p.Email))' user.contact.email -> SMTP server",
                "PRIV103 Info 'grpc.Lookup(p.Email)' user.contact.email -> gRPC service",
            ],
            flows);
    }

    [Fact]
    public async Task PreferencesFilesAndEfCore()
    {
        var flows = await FlowHarness.FlowsAsync("""
            using Microsoft.EntityFrameworkCore;
            class Customer { public int Id { get; set; } public string Mail { get; set; } = ""; }
            class Shop : DbContext { public DbSet<Customer> Customers => Set<Customer>(); }
            class C
            {
                async Task M(Shop db, Person p)
                {
                    Microsoft.Maui.Storage.Preferences.Set("email", p.Email);
                    await Microsoft.Maui.Storage.SecureStorage.SetAsync("email", p.Email);
                    System.IO.File.WriteAllText("user.txt", p.Email);
                    db.Customers.Add(new Customer { Mail = p.Email });
                    db.Customers.Add(new Customer { Id = p.Id });
                    Microsoft.Maui.Storage.Preferences.Set("theme", "dark");
                }
            }
            """);
        Assert.Equal(
            [
                "PRIV104 'Microsoft.Maui.Storage.Preferences.Set(\"email\", p.Email)' user.contact.email -> device storage",
                "PRIV104 'Microsoft.Maui.Storage.SecureStorage.SetAsync(\"email\", p.Email)' user.contact.email -> device storage",
                "PRIV104 'System.IO.File.WriteAllText(\"user.txt\", p.Email)' user.contact.email -> file system",
                "PRIV104 'Mail = p.Email' user.contact.email -> database (EF Core)",
            ],
            flows);
    }

    [Fact]
    public async Task NullConditionalCoalescingAwaitAndTuples()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                async Task M(Person? p, ILogger logger)
                {
                    var email = p?.Email ?? "none";
                    var task = Task.FromResult(email);
                    var (who, count) = (await task, 1);
                    System.IO.File.WriteAllText("a", who);
                    System.IO.File.WriteAllText("b", count.ToString());
                }
            }
            """);
        Assert.Equal(["PRIV104 'System.IO.File.WriteAllText(\"a\", who)' user.contact.email -> file system"], flows);
    }
}
