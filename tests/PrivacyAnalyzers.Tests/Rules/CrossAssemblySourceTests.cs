using Microsoft.CodeAnalysis;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules;

/// <summary>[PersonalDataSource] is read from metadata: a library's sources flag its consumers' calls.</summary>
public sealed class CrossAssemblySourceTests
{
    [Fact]
    public async Task SourcesInAReferencedAssemblyFlagTheirCallers()
    {
        var library = TestBuilder.Create().WithSource("""
            using PrivacyAnalyzers;

            namespace Crm
            {
                public sealed class CustomerDirectory
                {
                    [PersonalDataSource(DataCategories.Email)]
                    public string EmailOf(int customerId) => "someone@example.com";

                    public string RegionOf(int customerId) => "eu";
                }
            }
            """).Compile();
        using var image = new MemoryStream();
        var emitted = library.WithAssemblyName("Crm").Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var diagnostics = await TestBuilder.Create()
            .WithSource("class Mailer { string To(Crm.CustomerDirectory d) => d.EmailOf(1) + d.RegionOf(1); }")
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()))
            .GetDiagnosticsAsync();

        var site = Assert.Single(diagnostics, d => d.Id == RuleIds.UndeclaredCollection);
        Assert.Equal("user.contact.email", site.Properties["category"]);
        Assert.Contains("CustomerDirectory.EmailOf", site.GetMessage(), StringComparison.Ordinal);
    }
}
