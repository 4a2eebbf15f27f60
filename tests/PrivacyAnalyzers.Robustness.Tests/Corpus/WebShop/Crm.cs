using System.Threading.Tasks;

namespace Seeds.Crm
{
    /// <summary>A vendor CRM client the team cannot annotate: PersonalDataSources.txt lists it.</summary>
    public sealed class CrmClient
    {
        public Task<string> GetEmail(string customerId) => Task.FromResult(customerId + "@example.com");

        public Customer Lookup(string customerId) => new Customer(customerId, "Ada", "+44 20 7946 0000");
    }

    public sealed record Customer(string Id, string Name, string Phone);
}
