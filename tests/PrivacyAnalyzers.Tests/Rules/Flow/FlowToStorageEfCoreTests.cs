using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// PRIV104 and EF Core (the real Microsoft.EntityFrameworkCore): a source stored in an entity of the
/// compilation is reported at the property assignment, once per value, not again at the entity's Add.
/// </summary>
public sealed class FlowToStorageEfCoreTests
{
    private const string Model = """

        public class Customer { public int Id { get; set; } public string Mail { get; set; } = ""; public string Note = ""; }
        public class AuditedEntity { public string CreatedBy { get; set; } = ""; }
        public class Order : AuditedEntity { public string ShipTo { get; set; } = ""; }
        public class Draft { public string Mail { get; set; } = ""; }
        public class Shop : Microsoft.EntityFrameworkCore.DbContext
        {
            public Microsoft.EntityFrameworkCore.DbSet<Customer> Customers => Set<Customer>();
            public Microsoft.EntityFrameworkCore.DbSet<Order> Orders { get; set; } = null!;
        }
        """;

    [Fact]
    public async Task AnAssignmentToAnEntityPropertyIsReportedOnceAtTheAssignment()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(Shop db, Person p)
                {
                    var customer = new Customer();
                    customer.Mail = p.Email;
                    db.Customers.Add(customer);
                    db.SaveChanges();
                }
            }
            """ + Model);
        Assert.Equal(["PRIV104 'customer.Mail = p.Email' user.contact.email -> database (EF Core)"], flows);
    }

    [Fact]
    public async Task AnObjectInitialiserAndABaseClassPropertyAreReportedAtTheirAssignments()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(Shop db, Person p, string user)
                {
                    db.Customers.Add(new Customer { Mail = p.Email, Id = p.Id });
                    var order = new Order { ShipTo = "depot" };
                    order.CreatedBy = p.Email;
                    db.Update(order);
                }
            }
            """ + Model);
        Assert.Equal(
            [
                "PRIV104 'Mail = p.Email' user.contact.email -> database (EF Core)",
                "PRIV104 'order.CreatedBy = p.Email' user.contact.email -> database (EF Core)",
            ],
            flows);
    }

    [Fact]
    public async Task TheChangeTrackerIsAStoreAndNonEntitiesOrFieldsAreNot()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(Shop db, Customer customer, Person p)
                {
                    db.Entry(customer).Property(c => c.Mail).CurrentValue = p.Email;
                    var draft = new Draft { Mail = p.Email };
                    draft.Mail = p.Email;
                    customer.Mail = "nobody";
                }
            }
            """ + Model);
        Assert.Equal(["PRIV104 'db.Entry(customer).Property(c => c.Mail).CurrentValue = p.Email' user.contact.email -> database (EF Core)"], flows);
    }

    [Fact]
    public async Task AnEntityKnownOnlyByItsAddIsReportedAtTheAdd()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(Shop db, Person p)
                {
                    var draft = new Draft { Mail = p.Email };
                    db.Add(draft);
                }
            }
            """ + Model);
        Assert.Equal(["PRIV104 'db.Add(draft)' user.contact.email -> database (EF Core)"], flows);
    }
}
