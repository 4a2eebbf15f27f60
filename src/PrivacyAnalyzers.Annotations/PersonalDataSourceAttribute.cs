using System;

namespace PrivacyAnalyzers
{
    /// <summary>
    /// Marks a member of your own as a source of personal data: every caller is a collection site of
    /// <see cref="Category"/> and needs a declaration, while the collection sites inside the member
    /// itself are not reported (its callers are). Works across assemblies.
    /// </summary>
    /// <example>
    /// <code>
    /// [PersonalDataSource(DataCategories.Email)]
    /// public Task&lt;string&gt; GetCustomerEmailAsync(int customerId) { … }
    /// </code>
    /// </example>
    [AttributeUsage(
        AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor
        | AttributeTargets.Field | AttributeTargets.Event,
        AllowMultiple = false,
        Inherited = false)]
    public sealed class PersonalDataSourceAttribute : Attribute
    {
        /// <summary>Marks the member as a source of <paramref name="category"/>.</summary>
        /// <param name="category">A data category id, such as <see cref="DataCategories.Email"/>.</param>
        public PersonalDataSourceAttribute(string category)
        {
            Category = category;
        }

        /// <summary>The data category id the member yields.</summary>
        public string Category { get; }
    }
}
