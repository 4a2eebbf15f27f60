using Xunit;

namespace PrivacyAnalyzers.Tests.Rules.Flow;

/// <summary>
/// PRIV104 for EF Core entities a model configures without a <c>DbSet&lt;T&gt;</c>: <c>modelBuilder.Entity&lt;T&gt;()</c>
/// in <c>OnModelCreating</c> and <c>IEntityTypeConfiguration&lt;T&gt;</c>. Each member initialiser that stores a source
/// is a site at its own line, once per value (the <c>Add</c> of the same object is not a second report); a type the
/// model does not configure is not an entity, and a value with no source is not reported.
/// </summary>
public sealed class FlowEntityConfigurationTests
{
    private const string Model = """

        public class Patient { public int Id { get; set; } public string FullName { get; set; } = ""; public string DateOfBirth { get; set; } = ""; public int Visits { get; set; } }
        public class Invoice { public int Id { get; set; } public string BillTo { get; set; } = ""; }
        public class Draft { public string FullName { get; set; } = ""; }
        public class InvoiceConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<Invoice>
        {
            public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Invoice> builder) => builder.HasKey(i => i.Id);
        }
        public class Clinic : Microsoft.EntityFrameworkCore.DbContext
        {
            protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder)
            {
                modelBuilder.Entity<Patient>(b => b.HasKey(p => p.Id));
                modelBuilder.ApplyConfiguration(new InvoiceConfiguration());
            }
        }
        public class Input { [PersonalData] public string FullName { get; set; } = ""; [PersonalData] public string Dob { get; set; } = ""; public int Count { get; set; } }
        """;

    [Fact]
    public async Task EachInitialiserOfAModelBuilderEntityIsASiteAndTheAddIsNot()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(Clinic db, Input input)
                {
                    db.Add(new Patient
                    {
                        FullName = input.FullName,
                        DateOfBirth = input.Dob,
                        Visits = input.Count,
                    });
                    db.SaveChanges();
                }
            }
            """ + Model);
        // The category comes from each member's name ([PersonalData] infers it); the sites are what this test is about.
        Assert.Collection(
            flows,
            f => Assert.Matches(@"^PRIV104 'FullName = input\.FullName' user\.[a-z_.]+ -> database \(EF Core\)$", f),
            f => Assert.Matches(@"^PRIV104 'DateOfBirth = input\.Dob' user\.[a-z_.]+ -> database \(EF Core\)$", f));
    }

    [Fact]
    public async Task AnEntityTypeConfigurationMakesAnEntityAndAnUnconfiguredTypeIsNot()
    {
        var flows = await FlowHarness.FlowsAsync("""
            class C
            {
                void M(Clinic db, Input input)
                {
                    var invoice = new Invoice { BillTo = input.FullName };
                    db.Set<Invoice>().Add(invoice);
                    var draft = new Draft { FullName = input.FullName };
                    var patient = new Patient { FullName = "anonymous", Visits = input.FullName.Length };
                    db.Add(patient);
                }
            }
            """ + Model);
        Assert.Single(flows);
        Assert.StartsWith("PRIV104 'BillTo = input.FullName' ", flows[0], StringComparison.Ordinal);
    }
}
